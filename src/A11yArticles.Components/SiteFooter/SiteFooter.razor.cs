using Microsoft.AspNetCore.Components;

namespace A11yArticles.Components.SiteFooter;

/// <summary>The site's footer: a top-level <c>&lt;footer&gt;</c> (the contentinfo landmark) with the site's name or the host's content.</summary>
public partial class SiteFooter
{
    /// <summary>The site's name, shown when there is no <see cref="ChildContent"/>.</summary>
    [Parameter]
    public string SiteName { get; set; } = "A11yArticles";

    /// <summary>Replaces the default content.</summary>
    [Parameter]
    public RenderFragment? ChildContent { get; set; }
}
