using A11yArticles.Components.Localization;
using A11yArticles.Components.SiteNavigation;
using A11yArticles.Model;
using Microsoft.AspNetCore.Components;

namespace A11yArticles.Components.ArticlePage;

/// <summary>
/// A complete HTML document for one article, for hosts that have no layout of their own: doctype,
/// <c>html</c> with the article's <c>lang</c> and <c>dir</c>, title, viewport, the stylesheet and
/// script, a skip link as the first focusable element, then banner (<c>header</c>), <c>main</c>
/// holding an <see cref="ArticleView.ArticleView"/> and a "Back to top" link (so that a keyboard user
/// who reaches the end of a long article can return in one step), and contentinfo (<c>footer</c>).
/// </summary>
public partial class ArticlePage
{
    /// <summary>The article to render.</summary>
    [Parameter, EditorRequired]
    public Article Article { get; set; } = default!;

    /// <summary>
    /// The site's name: shown in the banner and footer, and after the headline in the title. Defaults
    /// to the article's <see cref="Model.Article.SiteName"/>, then <c>A11yArticles</c>.
    /// </summary>
    [Parameter]
    public string? SiteName { get; set; }

    /// <summary>The stylesheet's URL. Defaults to the static web asset path of this library.</summary>
    [Parameter]
    public string StylesheetHref { get; set; } = ArticleAssets.StylesheetPath;

    /// <summary>The script's URL. Defaults to the static web asset path of this library.</summary>
    [Parameter]
    public string ScriptHref { get; set; } = ArticleAssets.ScriptPath;

    /// <summary>The skip link's text; defaults to "Skip to main content" in the article's language.</summary>
    [Parameter]
    public string? SkipLinkText { get; set; }

    /// <summary>The text of the link at the end of <c>main</c> that returns to the top of the page; defaults to "Back to top" in the article's language.</summary>
    [Parameter]
    public string? BackToTopText { get; set; }

    /// <summary>The UI strings; defaults to the built-in table of the article's language.</summary>
    [Parameter]
    public ArticleStrings? Strings { get; set; }

    /// <summary>Links of the site navigation in the banner (with a "Skip to navigation" link); none by default.</summary>
    [Parameter]
    public IReadOnlyList<NavigationLink>? NavigationItems { get; set; }

    /// <summary>The navigation's accessible name.</summary>
    [Parameter]
    public string? NavigationLabel { get; set; }

    /// <summary>The address of the current page in <see cref="NavigationItems"/> (marked <c>aria-current="page"</c>).</summary>
    [Parameter]
    public string? CurrentHref { get; set; }

    /// <summary>The address of the home page; the site name in the banner links there when set.</summary>
    [Parameter]
    public string? HomeHref { get; set; }

    /// <summary>The page's own path, for hosts with a <c>&lt;base href&gt;</c> (see <see cref="SkipLink.SkipLink.PagePath"/>).</summary>
    [Parameter]
    public string? PagePath { get; set; }

    /// <summary>Prefix for every id on the page (the <c>main</c> element's and the article's).</summary>
    [Parameter]
    public string IdPrefix { get; set; } = "article-";

    /// <summary>Replaces the banner's default content (the site name).</summary>
    [Parameter]
    public RenderFragment? HeaderContent { get; set; }

    /// <summary>Replaces the footer's default content (the site name).</summary>
    [Parameter]
    public RenderFragment? FooterContent { get; set; }

    /// <summary>Extra attributes for the <c>html</c> element; applied last, so the host's values win.</summary>
    [Parameter(CaptureUnmatchedValues = true)]
    public IReadOnlyDictionary<string, object>? AdditionalAttributes { get; set; }

    /// <summary>The id of the <c>main</c> element, which the skip link targets.</summary>
    public string MainId => IdPrefix + "main";

    /// <summary>The id of the site navigation, which the second skip link targets.</summary>
    public string NavigationId => IdPrefix + "site-nav";

    private ArticleStrings UiStrings => Strings ?? ArticleStrings.For(Article.Language);

    private string SiteNameValue => SiteName ?? Article.SiteName ?? "A11yArticles";

    private string Title => string.IsNullOrWhiteSpace(SiteNameValue) ? Article.Headline : $"{Article.Headline} – {SiteNameValue}";

    private string DirValue => Article.Direction == TextDirection.RightToLeft ? "rtl" : "ltr";

    /// <inheritdoc />
    protected override void OnParametersSet()
    {
        if (Article is null)
        {
            throw new InvalidOperationException($"{nameof(ArticlePage)} needs its {nameof(Article)} parameter.");
        }
    }
}
