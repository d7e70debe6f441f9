using System.Globalization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;

namespace A11yArticles.Components;

/// <summary>
/// A table of contents for an article with at least <see cref="MinimumHeadings"/> (3) headings: a
/// <c>nav</c> labelled by its own heading ("Table of contents", one level below the headline), with a
/// numbered list of links to the headings, nested as the headings are. Renders nothing for shorter
/// articles, which need none.
/// </summary>
public partial class TableOfContents
{
    /// <summary>The fewest headings that make a table of contents worth having.</summary>
    [Parameter]
    public int MinimumHeadings { get; set; } = 3;

    /// <summary>Replaces the title ("Table of contents" in the article's language).</summary>
    [Parameter]
    public string? Title { get; set; }

    /// <summary>The id of the table's heading.</summary>
    public string HeadingId => IdPrefix + "toc-heading";

    private List<(int Level, string Text, string Id)> Entries { get; set; } = [];

    /// <inheritdoc />
    protected override void OnParametersSet()
    {
        Entries = Context is null
            ? []
            : Context.Headings.Select(h => (Math.Clamp(h.Heading.Level, 2, 6), h.Heading.PlainText, h.Id)).ToList();
        if (MinimumHeadings < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(MinimumHeadings), MinimumHeadings, "A table of contents needs at least one heading.");
        }
    }

    private void RenderTitle(RenderTreeBuilder builder)
    {
        var level = Context?.HeadingLevel(2) ?? 2;
        builder.OpenElement(0, "h" + level.ToString(CultureInfo.InvariantCulture));
        builder.AddAttribute(1, "id", HeadingId);
        builder.AddAttribute(2, "class", "a11y-toc__title");
        builder.AddContent(3, Title ?? Strings.TableOfContents);
        builder.CloseElement();
    }

    /// <summary>Entries [start, end) as a list at <paramref name="level"/>; deeper entries nest in the item before them.</summary>
    private RenderFragment RenderList(int start, int end, int level) => builder =>
    {
        builder.OpenElement(0, "ol");
        var i = start;
        while (i < end)
        {
            var (_, text, id) = Entries[i];
            var next = i + 1;
            while (next < end && Entries[next].Level > Math.Max(level, Entries[i].Level))
            {
                next++;
            }

            builder.OpenElement(1, "li");
            builder.OpenElement(2, "a");
            builder.AddAttribute(3, "href", Context?.FragmentHref(id) ?? "#" + id);
            builder.AddContent(4, text);
            builder.CloseElement();
            if (next > i + 1)
            {
                builder.AddContent(5, RenderList(i + 1, next, Entries[i + 1].Level));
            }

            builder.CloseElement();
            i = next;
        }

        builder.CloseElement();
    };
}
