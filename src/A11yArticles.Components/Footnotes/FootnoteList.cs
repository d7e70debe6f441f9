using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;

namespace A11yArticles.Components.Footnotes;

/// <summary>
/// The article's footnotes: a labelled section with a numbered list; each note links back to where
/// it is referenced. Renders nothing when the article has no footnotes.
/// </summary>
public sealed class FootnoteList : ComponentBase
{
    /// <summary>The article being rendered; cascaded by <c>ArticleView</c>.</summary>
    [CascadingParameter]
    public ArticleContext? Context { get; set; }

    /// <summary>The section's heading.</summary>
    [Parameter]
    public string Heading { get; set; } = "Footnotes";

    /// <summary>The accessible name of each "back to reference" link; <c>{0}</c> is the note's number.</summary>
    [Parameter]
    public string BackLinkLabel { get; set; } = "Back to reference {0}";

    /// <inheritdoc />
    protected override void BuildRenderTree(RenderTreeBuilder builder)
    {
        if (Context is null || Context.Article.Footnotes.IsDefaultOrEmpty)
        {
            return;
        }

        var headingId = Context.IdPrefix + "footnotes-heading";
        builder.OpenElement(0, "section");
        builder.AddAttribute(1, "class", "a11y-footnotes");
        builder.AddAttribute(2, "aria-labelledby", headingId);
        builder.OpenElement(3, "h2");
        builder.AddAttribute(4, "id", headingId);
        builder.AddContent(5, Heading);
        builder.CloseElement();
        builder.OpenElement(6, "ol");
        var number = 0;
        foreach (var note in Context.Article.Footnotes)
        {
            number++;
            builder.OpenElement(7, "li");
            builder.AddAttribute(8, "id", Context.FootnoteId(note.Label));
            builder.SetKey(note.Label);
            builder.OpenComponent<BlockContent.BlockContent>(9);
            builder.AddComponentParameter(10, nameof(BlockContent.BlockContent.Blocks), note.Blocks);
            builder.CloseComponent();
            builder.OpenElement(11, "a");
            builder.AddAttribute(12, "href", "#" + Context.FootnoteReferenceId(note.Label));
            builder.AddAttribute(13, "class", "a11y-footnotes__back");
            builder.AddAttribute(14, "aria-label", string.Format(System.Globalization.CultureInfo.InvariantCulture, BackLinkLabel, number));
            builder.AddContent(15, "↩");
            builder.CloseElement();
            builder.CloseElement();
        }

        builder.CloseElement();
        builder.CloseElement();
    }
}
