using System.Globalization;
using A11yArticles.Model;
using Microsoft.AspNetCore.Components;

namespace A11yArticles.Components;

/// <summary>
/// Content from another site in a frame (a social post, a map, a player), with a way past it: a skip
/// link before the frame ("Skip YouTube content", numbered when the article has several from one
/// provider, as BBC News does) leads to a point right after it ("End of YouTube content", visually
/// hidden), so a keyboard user does not have to Tab through the player's controls. The frame has
/// its title as its name and loads lazily; a plain link to the original follows it for readers
/// without JavaScript or without consent to the other site. A frame address that is not http(s)
/// or relative is not rendered (the link to the original still is).
/// </summary>
public partial class Embed
{
    /// <summary>The embed.</summary>
    [Parameter, EditorRequired]
    public EmbedBlock Block { get; set; } = default!;

    private (int Number, int Count, string EndId) Position { get; set; }

    private bool HasSafeFrame { get; set; }

    private string SkipText => Position.Count > 1
        ? string.Format(CultureInfo.InvariantCulture, Strings.SkipEmbedNumbered, Block.ProviderName, Position.Number)
        : ArticleStrings.Format(Strings.SkipEmbed, Block.ProviderName);

    private string EndText => Position.Count > 1
        ? string.Format(CultureInfo.InvariantCulture, Strings.EmbedEndNumbered, Block.ProviderName, Position.Number)
        : ArticleStrings.Format(Strings.EmbedEnd, Block.ProviderName);

    /// <inheritdoc />
    protected override void OnParametersSet()
    {
        ArgumentNullException.ThrowIfNull(Block);
        if (string.IsNullOrWhiteSpace(Block.Title))
        {
            throw new InvalidOperationException($"An embed needs a title, its frame's accessible name (source: {Block.Source}).");
        }

        Position = Context?.EmbedPosition(Block) ?? (1, 1, IdPrefix + "embed-end");
        HasSafeFrame = IsFrameAddress(Block.Source);
    }

    /// <summary>
    /// The frame's sandbox. A frame from another site keeps its own origin (players and posts need
    /// their cookies and storage). A relative address is this site's own origin, where scripts with
    /// <c>allow-same-origin</c> could reach the page around the frame, so such a frame runs in an
    /// opaque origin.
    /// </summary>
    private string Sandbox => Uri.TryCreate(Block.Source.Trim(), UriKind.Absolute, out var absolute) && absolute.Scheme is "http" or "https"
        ? "allow-scripts allow-same-origin allow-popups allow-presentation"
        : "allow-scripts allow-popups allow-presentation";

    /// <summary>Relative, http or https: a frame never loads javascript:, data: or other schemes.</summary>
    internal static bool IsFrameAddress(string? source)
    {
        if (!UrlPolicy.IsSafe(source))
        {
            return false;
        }

        var trimmed = source!.Trim();
        return !(trimmed.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase) || trimmed.StartsWith("tel:", StringComparison.OrdinalIgnoreCase));
    }
}
