using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;

namespace A11yArticles.Components;

/// <summary>
/// An abbreviation: <c>&lt;abbr title&gt;</c>. On its first use in an article the expansion is
/// written out in the text, <c>Expansion (ABBR)</c>, because screen readers and touch users do not
/// get the <c>title</c>; later uses are the abbreviation alone.
/// </summary>
public partial class Abbreviation
{
    /// <summary>The abbreviation as written.</summary>
    [Parameter, EditorRequired]
    public string Text { get; set; } = "";

    /// <summary>What it stands for.</summary>
    [Parameter, EditorRequired]
    public string Expansion { get; set; } = "";

    /// <summary>Write the expansion out in the text (the first use in the article).</summary>
    [Parameter]
    public bool Expand { get; set; }

    /// <summary>Writes the abbreviation (what this component renders; <see cref="InlineContent"/> calls it directly).</summary>
    /// <param name="builder">The render tree builder.</param>
    /// <param name="text">The abbreviation.</param>
    /// <param name="expansion">What it stands for.</param>
    /// <param name="expand">Write the expansion out first.</param>
    /// <param name="attributes">Extra attributes for the <c>abbr</c>, applied last.</param>
    internal static void Render(RenderTreeBuilder builder, string text, string expansion, bool expand, IReadOnlyDictionary<string, object>? attributes)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.OpenRegion(0);
        if (expand)
        {
            builder.AddContent(0, expansion + " (");
        }

        builder.OpenElement(1, "abbr");
        builder.AddAttribute(2, "title", expansion);
        builder.AddMultipleAttributes(3, attributes);
        builder.AddContent(4, text);
        builder.CloseElement();
        if (expand)
        {
            builder.AddContent(5, ")");
        }

        builder.CloseRegion();
    }

    private void RenderSelf(RenderTreeBuilder builder) => Render(builder, Text, Expansion, Expand, AdditionalAttributes);
}
