using System.Globalization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;

namespace A11yArticles.Components;

/// <summary>
/// The article's footnotes: a section labelled by its heading ("Footnotes", one level below the
/// headline) with a numbered list. The body's references (<c>[1]</c>) link to their note; each note
/// links back to every reference to it ("Back to reference 1", and "1a", "1b", ... when several
/// references point to one note). Renders nothing when the article has no footnotes.
/// </summary>
public partial class Footnotes
{
    /// <summary>Replaces the section's heading ("Footnotes" in the article's language).</summary>
    [Parameter]
    public string? Heading { get; set; }

    /// <summary>Replaces the accessible name of each "back to reference" link; <c>{0}</c> is the note's number.</summary>
    [Parameter]
    public string? BackLinkLabel { get; set; }

    /// <summary>The id of the section's heading.</summary>
    public string HeadingId => IdPrefix + "footnotes-heading";

    private void RenderTitle(RenderTreeBuilder builder)
    {
        var level = Context?.HeadingLevel(2) ?? 2;
        builder.OpenElement(0, "h" + level.ToString(CultureInfo.InvariantCulture));
        builder.AddAttribute(1, "id", HeadingId);
        builder.AddContent(2, Heading ?? Strings.Footnotes);
        builder.CloseElement();
    }

    private RenderFragment BackLinks(string label, int number) => builder =>
    {
        if (Context is null)
        {
            return;
        }

        var count = Math.Max(1, Context.FootnoteReferenceCount(label));
        for (var occurrence = 1; occurrence <= count; occurrence++)
        {
            var suffix = count == 1 ? "" : ((char)('a' + Math.Min(occurrence - 1, 25))).ToString();
            builder.AddContent(0, " ");
            builder.OpenElement(1, "a");
            builder.AddAttribute(2, "href", Context.FragmentHref(Context.FootnoteReferenceId(label, occurrence)));
            builder.AddAttribute(3, "class", "a11y-footnotes__back");

            // The arrow is for the eye; the words are for everyone else (no aria-label, so the
            // visible text never contradicts the accessible name).
            builder.OpenElement(4, "span");
            builder.AddAttribute(5, "aria-hidden", "true");
            builder.AddContent(6, "↩" + suffix);
            builder.CloseElement();
            builder.OpenElement(7, "span");
            builder.AddAttribute(8, "class", "visually-hidden");
            builder.AddContent(9, ArticleStrings.Format(BackLinkLabel ?? Strings.BackToReference, number + suffix));
            builder.CloseElement();
            builder.CloseElement();
        }

        // The visually hidden words end the note: a break after them keeps a text read without
        // layout (a reader view's textContent) from running them into the next note's first word.
        builder.AddMarkupContent(10, "\n");
    };
}
