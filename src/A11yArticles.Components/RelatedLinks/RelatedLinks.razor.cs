using System.Globalization;
using A11yArticles.Model;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;

namespace A11yArticles.Components;

/// <summary>
/// Links to related articles: a <c>nav</c> (or, with <see cref="AsAside"/>, an <c>aside</c>)
/// labelled by its heading ("Related", one level below the headline) around a list of links. Links
/// with an unsafe address are left out. Renders nothing without links.
/// </summary>
public partial class RelatedLinks
{
    /// <summary>The links; defaults to the cascaded article's <see cref="Article.RelatedLinks"/>.</summary>
    [Parameter]
    public IReadOnlyList<RelatedLink>? Items { get; set; }

    /// <summary>Render an <c>aside</c> (complementary) instead of a <c>nav</c>.</summary>
    [Parameter]
    public bool AsAside { get; set; }

    /// <summary>Replaces the heading ("Related" in the article's language).</summary>
    [Parameter]
    public string? Title { get; set; }

    /// <summary>The id of the heading.</summary>
    public string HeadingId => IdPrefix + "related-heading";

    private List<RelatedLink> Links { get; set; } = [];

    /// <inheritdoc />
    protected override void OnParametersSet() =>
        Links = (Items ?? (IReadOnlyList<RelatedLink>?)Context?.Article.RelatedLinks ?? []).Where(link => UrlPolicy.IsSafe(link.Url)).ToList();

    private void RenderOpen(RenderTreeBuilder builder)
    {
        builder.OpenElement(0, AsAside ? "aside" : "nav");
        builder.AddAttribute(1, "class", "a11y-related");
        builder.AddAttribute(2, "aria-labelledby", HeadingId);
        builder.AddMultipleAttributes(3, AdditionalAttributes);
        builder.OpenElement(4, "h" + (Context?.HeadingLevel(2) ?? 2).ToString(CultureInfo.InvariantCulture));
        builder.AddAttribute(5, "id", HeadingId);
        builder.AddContent(6, Title ?? Strings.Related);
        builder.CloseElement();
        builder.OpenElement(7, "ul");
        foreach (var link in Links)
        {
            builder.OpenElement(8, "li");
            builder.OpenElement(9, "a");
            builder.AddAttribute(10, "href", link.Url);
            builder.AddContent(11, link.Title);
            builder.CloseElement();
            builder.CloseElement();
        }

        builder.CloseElement();
        builder.CloseElement();
    }
}
