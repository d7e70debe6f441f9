using Microsoft.AspNetCore.Components;

namespace A11yArticles.Components;

/// <summary>
/// The site's main navigation: a <c>nav</c> with an accessible name (<see cref="Label"/>; several
/// navigation landmarks need distinct names) and a list of links; the link to the current page has
/// <c>aria-current="page"</c>, so a screen reader says "current page".
/// </summary>
public partial class SiteNavigation
{
    /// <summary>The links, in order.</summary>
    [Parameter]
    public IReadOnlyList<NavigationLink> Items { get; set; } = [];

    /// <summary>The address of the current page; the item with this exact <see cref="NavigationLink.Href"/> is marked current.</summary>
    [Parameter]
    public string? CurrentHref { get; set; }

    /// <summary>The navigation's accessible name; defaults to "Site" in the article's language.</summary>
    [Parameter]
    public string? Label { get; set; }

    /// <summary>The element's id (the target of a "skip to navigation" link).</summary>
    [Parameter]
    public string? Id { get; set; }

    /// <summary>Content after the list (a search form).</summary>
    [Parameter]
    public RenderFragment? ChildContent { get; set; }

    private bool IsCurrent(NavigationLink item) =>
        CurrentHref is not null && string.Equals(item.Href.TrimEnd('/'), CurrentHref.TrimEnd('/'), StringComparison.Ordinal);
}

/// <summary>A link of a <see cref="SiteNavigation"/>.</summary>
/// <param name="Text">The link's text.</param>
/// <param name="Href">Its address.</param>
public sealed record NavigationLink(string Text, string Href);
