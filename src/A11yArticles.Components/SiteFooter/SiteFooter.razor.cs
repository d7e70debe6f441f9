using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;

namespace A11yArticles.Components;

/// <summary>The site's footer: a top-level <c>&lt;footer&gt;</c> (the contentinfo landmark) with the site's name or the host's content.</summary>
public partial class SiteFooter
{
    /// <summary>The site's name, shown when there is no <see cref="ChildContent"/>.</summary>
    [Parameter]
    public string SiteName { get; set; } = "A11yArticles";

    /// <summary>Replaces the default content.</summary>
    [Parameter]
    public RenderFragment? ChildContent { get; set; }

    private void RenderSelf(RenderTreeBuilder builder) => Render(builder, SiteName, ChildContent, AdditionalAttributes);

    /// <summary>
    /// Writes the footer (what this component renders), so that <see cref="ArticlePage"/>
    /// writes it without a component. In a region.
    /// </summary>
    internal static void Render(RenderTreeBuilder builder, string siteName, RenderFragment? childContent, IReadOnlyDictionary<string, object>? attributes)
    {
        builder.OpenRegion(0);
        builder.OpenElement(0, "footer");
        builder.AddAttribute(1, "class", "a11y-page__footer");
        builder.AddMultipleAttributes(2, attributes);
        if (childContent is not null)
        {
            builder.AddContent(3, childContent);
        }
        else
        {
            builder.OpenElement(4, "p");
            builder.AddContent(5, siteName);
            builder.CloseElement();
        }

        builder.CloseElement();
        builder.CloseRegion();
    }
}
