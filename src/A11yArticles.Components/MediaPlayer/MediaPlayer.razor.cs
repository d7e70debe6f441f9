using System.Globalization;
using A11yArticles.Model;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;

namespace A11yArticles.Components;

/// <summary>
/// A video or sound recording in a <c>figure</c>: the browser's own player with its controls (never
/// autoplaying, loading only its metadata until played), a <c>track</c> per captions or subtitles file
/// (the first captions track in the article's language is the default), the title as the figure's
/// caption, and the transcript (in a "Transcript" disclosure, or a link to it) that the player points
/// at with <c>aria-describedby</c>. A browser that cannot play the file shows a download link instead.
/// Addresses that are not http(s) or relative are not rendered.
/// </summary>
public partial class MediaPlayer
{
    /// <summary>The video or recording.</summary>
    [Parameter, EditorRequired]
    public MediaBlock Block { get; set; } = default!;

    private string KindClass => Block.Kind == MediaKind.Video ? "video" : "audio";

    private string? SafeSource => Embed.IsFrameAddress(Block.Source) ? Block.Source : null;

    private string? SafePoster => Embed.IsFrameAddress(Block.Poster) ? Block.Poster : null;

    private string BaseId { get; set; } = "";

    private string CaptionId => BaseId + "-title";

    private string? TranscriptId =>
        !Block.Transcript.IsDefaultOrEmpty || UrlPolicy.IsSafe(Block.TranscriptUrl) ? BaseId + "-transcript" : null;

    /// <inheritdoc />
    protected override void OnParametersSet()
    {
        ArgumentNullException.ThrowIfNull(Block);
        // Outside an article, an id from the source: the same on the server and in the browser.
        BaseId = Context?.MediaId(Block) ?? IdPrefix + "media-" + StableHash(Block.Source).ToString("x8", CultureInfo.InvariantCulture);
    }

    private void RenderTracks(RenderTreeBuilder builder)
    {
        if (Block.Tracks.IsDefaultOrEmpty)
        {
            return;
        }

        var language = Context?.Article.Language;
        var defaultTrack = Block.Tracks.FirstOrDefault(track => track.Kind == MediaTrackKind.Captions && SameLanguage(track.Language, language))
            ?? Block.Tracks.FirstOrDefault(track => track.Kind == MediaTrackKind.Captions);
        foreach (var track in Block.Tracks.Where(track => Embed.IsFrameAddress(track.Source)))
        {
            builder.OpenElement(0, "track");
            builder.AddAttribute(1, "kind", track.Kind == MediaTrackKind.Captions ? "captions" : "subtitles");
            builder.AddAttribute(2, "src", track.Source);
            builder.AddAttribute(3, "srclang", track.Language);
            builder.AddAttribute(4, "label", track.Label);
            builder.AddAttribute(5, "default", ReferenceEquals(track, defaultTrack));
            builder.CloseElement();
        }
    }

    private void Fallback(RenderTreeBuilder builder)
    {
        if (SafeSource is null)
        {
            return;
        }

        // Spaces around the link: text extractors (reader views) read the fallback's words, and must
        // not run them into the caption that follows.
        builder.AddContent(0, " ");
        builder.OpenElement(1, "a");
        builder.AddAttribute(2, "href", SafeSource);
        builder.AddContent(3, ArticleStrings.Format(Strings.DownloadMedia, Block.Title));
        builder.CloseElement();
        builder.AddContent(4, " ");
    }

    private static uint StableHash(string text)
    {
        var hash = 2166136261u;
        foreach (var c in text)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return hash;
    }

    private static bool SameLanguage(string a, string? b) =>
        b is not null && string.Equals(a.Split('-')[0], b.Split('-')[0], StringComparison.OrdinalIgnoreCase);
}
