using A11yArticles.Checks;
using A11yArticles.Rendering;
using AngleSharp.Dom;

namespace A11yArticles.Components.Tests.RenderedPage;

/// <summary>
/// The accessibility contract of the page rendered from the seed: the checker's rules for what they
/// judge (skip link, landmarks), and the page's own specifics read with AngleSharp.
/// </summary>
public sealed class RenderedSeedPageTests : IAsyncLifetime
{
    private string _html = "";

    private IDocument Document { get; set; } = null!;

    public async Task InitializeAsync()
    {
        _html = await ArticleRenderer.RenderPageAsync(TestArticles.Seed);
        Document = HtmlChecker.Parse(_html);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public void Page_is_a_complete_document_with_title_and_viewport()
    {
        Assert.StartsWith("<!DOCTYPE html>", _html, StringComparison.Ordinal);
        Assert.Equal("AMLO welcomes US Vice President Kamala Harris – A11yArticles", Document.Title);
        Assert.Equal("width=device-width, initial-scale=1", Document.QuerySelector("meta[name=viewport]")?.GetAttribute("content"));
        Assert.Equal("utf-8", Document.CharacterSet, ignoreCase: true);
    }

    [Fact]
    public void Html_has_lang_and_dir()
    {
        Assert.Equal("en", Document.DocumentElement.GetAttribute("lang"));
        Assert.Equal("ltr", Document.DocumentElement.GetAttribute("dir"));
    }

    [Fact]
    public void Skip_link_is_the_first_focusable_element_and_targets_main()
    {
        AssertNoFinding("A11Y-SKIP-001");

        var skipLink = Document.QuerySelector("[data-a11y-skip-link]")!;
        Assert.Equal("a", skipLink.LocalName);
        Assert.Contains("skip", skipLink.TextContent, StringComparison.OrdinalIgnoreCase);
        var href = skipLink.GetAttribute("href")!;
        Assert.StartsWith("#", href, StringComparison.Ordinal);
        var target = Document.GetElementById(href[1..]);
        Assert.NotNull(target);
        Assert.Equal("main", target.LocalName);
        Assert.Single(Document.QuerySelectorAll($"[id='{href[1..]}']"));
    }

    [Fact]
    public void Page_has_exactly_one_main_and_one_h1()
    {
        AssertNoFinding("A11Y-MAIN-001", "A11Y-H1-001");

        Assert.Single(Document.QuerySelectorAll("main"));
        var h1 = Assert.Single(Document.QuerySelectorAll("h1"));
        Assert.Equal("AMLO welcomes US Vice President Kamala Harris", h1.TextContent);
        Assert.Same(h1, Document.QuerySelector("main")!.QuerySelector("h1, h2, h3, h4, h5, h6"));
    }

    [Fact]
    public void Banner_main_and_contentinfo_landmarks_are_present()
    {
        AssertNoFinding("A11Y-LAND-*");

        // The body's header and footer are the banner and contentinfo; no other landmark on this page.
        Assert.Equal(["header", "main", "footer"], Document.Body!.Children.Select(e => e.LocalName).Where(name => name is "header" or "main" or "footer"));
        Assert.Empty(Document.QuerySelectorAll("nav, aside, search, [role=banner], [role=main], [role=contentinfo], [role=navigation], [role=complementary], [role=region], [role=search], section[aria-label], section[aria-labelledby]"));
    }

    [Fact]
    public void Every_text_of_the_body_is_inside_a_landmark_except_the_skip_link()
    {
        AssertNoFinding("A11Y-LAND-001");

        var skipLink = Document.QuerySelector("[data-a11y-skip-link]")!;
        Assert.Null(skipLink.Closest("header, main, footer, nav, aside"));
    }

    [Fact]
    public void The_five_quotations_are_q_elements_in_the_article()
    {
        var quotations = Document.QuerySelectorAll("main article q");

        Assert.Equal(5, quotations.Length);
        Assert.All(quotations, q => Assert.False(string.IsNullOrWhiteSpace(q.TextContent)));
        Assert.DoesNotContain(quotations, q => q.TextContent.Contains('“') || q.TextContent.Contains('”'));
    }

    [Fact]
    public void Ids_are_unique()
    {
        var ids = Document.QuerySelectorAll("[id]").Select(e => e.Id).ToList();

        Assert.Equal(ids.Distinct().Count(), ids.Count);
    }

    [Fact]
    public async Task Markup_in_article_text_comes_out_as_text()
    {
        var html = await ArticleRenderer.RenderPageAsync(TestArticles.FromText(TestArticles.Hostile));
        var document = HtmlChecker.Parse(html);

        // The only script is the library's own; no element or handler came from the article's text.
        Assert.Equal(["a11y-articles.js"], document.Scripts.Where(s => s.Type != "application/ld+json").Select(s => Path.GetFileName(s.Source!)));
        Assert.Empty(document.QuerySelectorAll("article img, article b, article a, [onerror], [onclick]"));
        Assert.Contains("<script>alert('headline')</script>", document.Title, StringComparison.Ordinal);
        Assert.Contains("<img src=x onerror=alert(1)>", document.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
    }

    private void AssertNoFinding(params string[] rules)
    {
        var report = HtmlChecker.ForRules(rules).Check(_html, "seed page");
        Assert.True(report.Findings.Count == 0, string.Join(Environment.NewLine, report.Findings.Select(f => $"{f.Rule.Id} {f.Selector}: {f.Message}")));
    }
}
