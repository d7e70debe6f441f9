using Microsoft.AspNetCore.Components;

namespace A11yArticles.Components;

/// <summary>
/// The article's topics: a label ("Topics" in the article's language) and a list that it names
/// (<c>aria-labelledby</c>), each topic a link when <see cref="TagHref"/> gives it an address.
/// Renders nothing without tags.
/// </summary>
public partial class Tags
{
    /// <summary>The topics; defaults to the cascaded article's tags.</summary>
    [Parameter]
    public IReadOnlyList<string>? Items { get; set; }

    /// <summary>The address of a topic's page, or null for no link.</summary>
    [Parameter]
    public Func<string, string?>? TagHref { get; set; }

    /// <summary>Replaces the label.</summary>
    [Parameter]
    public string? Label { get; set; }

    /// <summary>The id of the label.</summary>
    public string LabelId => IdPrefix + "tags-label";

    private IReadOnlyList<string> Values => Items ?? (IReadOnlyList<string>?)Context?.Article.Tags ?? [];
}
