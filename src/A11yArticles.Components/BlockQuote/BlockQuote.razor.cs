using A11yArticles.Model;
using Microsoft.AspNetCore.Components;

namespace A11yArticles.Components;

/// <summary>
/// A quotation that stands alone or runs over several paragraphs: one <c>&lt;blockquote&gt;</c>
/// however many paragraphs it has. With a speaker it is a <c>&lt;figure&gt;</c> whose
/// <c>&lt;figcaption&gt;</c> names them (isolated with <c>&lt;bdi&gt;</c>, so a name in another
/// script never reorders the dash), so a screen-reader user hears who said it, once.
/// </summary>
public partial class BlockQuote
{
    /// <summary>The quotation.</summary>
    [Parameter, EditorRequired]
    public QuoteBlock Block { get; set; } = default!;

    /// <summary>Replaces the caption's content (the speaker); giving it also makes the quote a figure.</summary>
    [Parameter]
    public RenderFragment? CaptionContent { get; set; }

    private bool HasCaption => CaptionContent is not null || !string.IsNullOrWhiteSpace(Block.Speaker);

    private string? CiteValue => UrlPolicy.IsSafe(Block.CiteUrl) ? Block.CiteUrl : null;
}
