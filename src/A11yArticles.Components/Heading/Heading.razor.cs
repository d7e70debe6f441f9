using A11yArticles.Model;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;

namespace A11yArticles.Components;

/// <summary>
/// A section heading of the article: <c>h2</c>…<c>h6</c> at the block's level plus the article's
/// heading-level offset (so an article embedded under a host's <c>h1</c> moves down one level), with
/// an id unique in the article (prefixed) that the table of contents links to.
/// </summary>
public partial class Heading
{
    /// <summary>The heading.</summary>
    [Parameter, EditorRequired]
    public HeadingBlock Block { get; set; } = default!;

    /// <summary>The element's level after the offset (2 to 6 inside an article without offset).</summary>
    public int Level => Context?.HeadingLevel(Math.Clamp(Block.Level, 2, 6)) ?? Math.Clamp(Block.Level, 2, 6);

    /// <summary>The element's id.</summary>
    public string Id => Context?.HeadingId(Block) ?? IdPrefix + ArticleContext.IdSafe(Block.PlainText).ToLowerInvariant();

    private void RenderHeading(RenderTreeBuilder builder)
    {
        builder.OpenElement(0, "h" + Level.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.AddAttribute(1, "id", Id);
        builder.AddAttribute(2, "class", "a11y-heading");
        builder.AddMultipleAttributes(3, AdditionalAttributes);
        builder.AddContent(4, InlineContent.Fragment(Block.Inlines, Context));
        builder.CloseElement();
    }
}
