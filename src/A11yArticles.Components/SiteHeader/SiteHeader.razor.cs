using Microsoft.AspNetCore.Components;

namespace A11yArticles.Components.SiteHeader;

/// <summary>
/// The site's banner: a top-level <c>&lt;header&gt;</c> (the banner landmark) with the site's name
/// (a link home when <see cref="HomeHref"/> is set) or the host's <see cref="ChildContent"/>, then
/// the optional <see cref="Navigation"/> slot. Use it once per page, outside <c>main</c>.
/// </summary>
public partial class SiteHeader
{
    /// <summary>The site's name.</summary>
    [Parameter]
    public string SiteName { get; set; } = "A11yArticles";

    /// <summary>The address of the home page; the name links there when set.</summary>
    [Parameter]
    public string? HomeHref { get; set; }

    /// <summary>Replaces the site name.</summary>
    [Parameter]
    public RenderFragment? ChildContent { get; set; }

    /// <summary>Navigation inside the banner (for example a <see cref="SiteNavigation.SiteNavigation"/>).</summary>
    [Parameter]
    public RenderFragment? Navigation { get; set; }
}
