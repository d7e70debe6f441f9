using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;

namespace A11yArticles.Components;

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

    /// <summary>Navigation inside the banner (for example a <see cref="SiteNavigation"/>).</summary>
    [Parameter]
    public RenderFragment? Navigation { get; set; }

    private void RenderSelf(RenderTreeBuilder builder) => Render(builder, SiteName, HomeHref, ChildContent, Navigation, AdditionalAttributes);

    /// <summary>
    /// Writes the banner (what this component renders), so that <see cref="ArticlePage"/>
    /// writes it without a component. In a region.
    /// </summary>
    internal static void Render(RenderTreeBuilder builder, string siteName, string? homeHref, RenderFragment? childContent, RenderFragment? navigation, IReadOnlyDictionary<string, object>? attributes)
    {
        builder.OpenRegion(0);
        builder.OpenElement(0, "header");
        builder.AddAttribute(1, "class", "a11y-page__header");
        builder.AddMultipleAttributes(2, attributes);
        if (childContent is not null)
        {
            builder.AddContent(3, childContent);
        }
        else
        {
            builder.OpenElement(4, "p");
            builder.AddAttribute(5, "class", "a11y-page__site-name");
            if (homeHref is not null)
            {
                builder.OpenElement(6, "a");
                builder.AddAttribute(7, "href", homeHref);
                builder.AddContent(8, siteName);
                builder.CloseElement();
            }
            else
            {
                builder.AddContent(9, siteName);
            }

            builder.CloseElement();
        }

        builder.AddContent(10, navigation);
        builder.CloseElement();
        builder.CloseRegion();
    }
}
