using A11yArticles.Model;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;

namespace A11yArticles.Components;

/// <summary>
/// A complete HTML document for one article, for hosts that have no layout of their own: doctype,
/// <c>html</c> with the article's <c>lang</c> and <c>dir</c>, title, viewport, the stylesheet and
/// script, a skip link as the first focusable element, then banner (<c>header</c>), <c>main</c>
/// holding an <see cref="ArticleView"/> and a "Back to top" link (so that a keyboard user
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

    /// <summary>
    /// How the article is rendered, the same settings as <see cref="ArticleView.Options"/> (id prefix,
    /// heading offset, UI strings, replacement components, table of contents, structured data, page
    /// path, tag links). The page's own ids (<see cref="MainId"/>, <see cref="NavigationId"/>) use its
    /// <see cref="ArticleOptions.IdPrefix"/> too. Null for <see cref="ArticleOptions.Default"/>.
    /// </summary>
    [Parameter]
    public ArticleOptions? Options { get; set; }

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
    public string MainId => OptionsOrDefault.IdPrefix + "main";

    /// <summary>The id of the site navigation, which the second skip link targets.</summary>
    public string NavigationId => OptionsOrDefault.IdPrefix + "site-nav";

    private readonly RenderFragment _renderSelf;
    private readonly RenderFragment _renderNavigation;
    private readonly ArticleWriter _article = new();

    /// <summary>Creates the component (its render delegates are made once, not on every render).</summary>
    public ArticlePage()
    {
        _renderSelf = RenderSelf;
        _renderNavigation = RenderNavigation;
    }

    private ArticleOptions OptionsOrDefault => Options ?? ArticleOptions.Default;

    private string? PagePath => OptionsOrDefault.PagePath;

    private ArticleStrings UiStrings => _article.Context?.Strings ?? OptionsOrDefault.Strings ?? ArticleStrings.For(Article.Language);

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

        var options = OptionsOrDefault;
        options.Validate();

        // The article is written as ArticleView writes it (same code), without a component for it.
        if (_article.Context is not { } context || !ReferenceEquals(context.Article, Article) || !Equals(context.Options, options))
        {
            _article.Context = new ArticleContext(Article, options);
        }
    }

    private bool HasNavigation => NavigationItems is { Count: > 0 };

    // The page's shell (skip links, banner, footer) is written by the static methods that SkipLinks,
    // SkipLink, SiteHeader and SiteFooter call themselves, and the article by ArticleView's writer:
    // one component for the whole page instead of six (plus the article's own parts that need one).
    // The fixed part of the head is one block of markup.
    private void RenderSelf(RenderTreeBuilder builder)
    {
        var strings = UiStrings;
        var siteName = SiteNameValue;
        builder.AddMarkupContent(0, "<!DOCTYPE html>");
        builder.OpenElement(1, "html");
        builder.AddAttribute(2, "lang", Article.Language);
        builder.AddAttribute(3, "dir", DirValue);
        builder.AddMultipleAttributes(4, AdditionalAttributes);

        builder.OpenElement(5, "head");
        builder.AddMarkupContent(6, "<meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        builder.OpenElement(7, "title");
        builder.AddContent(8, Title);
        builder.CloseElement();
        builder.OpenElement(9, "link");
        builder.AddAttribute(10, "rel", "stylesheet");
        builder.AddAttribute(11, "href", StylesheetHref);
        builder.CloseElement();
        builder.OpenElement(12, "script");
        builder.AddAttribute(13, "src", ScriptHref);
        builder.AddAttribute(14, "defer", true);
        builder.CloseElement();
        builder.CloseElement();

        builder.OpenElement(15, "body");
        builder.AddAttribute(16, "class", "a11y-page");
        SkipLinks.Render(builder, null, (Page: this, Strings: strings), static (builder, state) =>
        {
            var page = state.Page;
            SkipLink.Render(builder, page.MainId, page.PagePath, page.SkipLinkText ?? state.Strings.SkipToContent, null, null);
            if (page.HasNavigation)
            {
                SkipLink.Render(builder, page.NavigationId, page.PagePath, state.Strings.SkipToNavigation, null, null);
            }
        });
        SiteHeader.Render(builder, siteName, HomeHref, HeaderContent, HasNavigation ? _renderNavigation : null, null);

        builder.OpenElement(17, "main");
        builder.AddAttribute(18, "id", MainId);
        builder.AddAttribute(19, "class", "a11y-page__main");
        builder.OpenRegion(20);
        _article.Render(builder);
        builder.CloseRegion();

        // "#top" needs no target: HTML scrolls to the start of the document for it.
        builder.OpenElement(25, "p");
        builder.AddAttribute(26, "class", "a11y-page__back-to-top");
        builder.OpenElement(27, "a");
        builder.AddAttribute(28, "href", PagePath is null ? "#top" : PagePath + "#top");
        builder.AddContent(29, BackToTopText ?? strings.BackToTop);
        builder.CloseElement();
        builder.CloseElement();
        builder.CloseElement();

        SiteFooter.Render(builder, siteName, FooterContent, null);
        builder.CloseElement();
        builder.CloseElement();
    }

    private void RenderNavigation(RenderTreeBuilder builder)
    {
        builder.OpenComponent<SiteNavigation>(0);
        builder.AddComponentParameter(1, nameof(SiteNavigation.Id), NavigationId);
        builder.AddComponentParameter(2, nameof(SiteNavigation.Items), NavigationItems);
        builder.AddComponentParameter(3, nameof(SiteNavigation.CurrentHref), CurrentHref);
        builder.AddComponentParameter(4, nameof(SiteNavigation.Label), NavigationLabel);
        builder.CloseComponent();
    }
}
