using A11yArticles.Rendering;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace A11yArticles.Components.Tests.RenderedPage;

/// <summary>The accessibility contract of the page rendered from the seed, read statically with AngleSharp.</summary>
public sealed class RenderedSeedPageTests : IAsyncLifetime
{
    private string _html = "";

    private IHtmlDocument Document { get; set; } = null!;

    public async Task InitializeAsync()
    {
        _html = await ArticleRenderer.RenderPageAsync(TestArticles.Seed);
        Document = StaticPageFacts.Parse(_html);
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
        var first = StaticPageFacts.FocusableElements(Document).First();

        Assert.Equal("a", first.LocalName);
        Assert.Contains("skip", first.TextContent, StringComparison.OrdinalIgnoreCase);
        var href = first.GetAttribute("href")!;
        Assert.StartsWith("#", href, StringComparison.Ordinal);
        var target = Document.GetElementById(href[1..]);
        Assert.NotNull(target);
        Assert.Equal("main", target.LocalName);
        Assert.Single(Document.QuerySelectorAll($"[id='{href[1..]}']"));
    }

    [Fact]
    public void Page_has_exactly_one_main_and_one_h1()
    {
        Assert.Single(Document.QuerySelectorAll("main"));
        var h1 = Assert.Single(Document.QuerySelectorAll("h1"));
        Assert.Equal("AMLO welcomes US Vice President Kamala Harris", h1.TextContent);
        Assert.Same(h1, Document.QuerySelector("main")!.QuerySelector("h1, h2, h3, h4, h5, h6"));
    }

    [Fact]
    public void Banner_main_and_contentinfo_landmarks_are_present()
    {
        var roles = Document.Body!.Descendants<IElement>().Select(StaticPageFacts.LandmarkRole).OfType<string>().ToList();

        Assert.Equal(["banner", "main", "contentinfo"], roles);
    }

    [Fact]
    public void Every_text_of_the_body_is_inside_a_landmark_except_the_skip_link()
    {
        var outside = StaticPageFacts.TextOutsideLandmarks(Document).ToList();

        var skipLinkText = Assert.Single(outside);
        Assert.Equal("a", skipLinkText.ParentElement!.LocalName);
        Assert.True(skipLinkText.ParentElement.HasAttribute("data-a11y-skip-link"));
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
        var document = StaticPageFacts.Parse(html);

        // The only script is the library's own; no element or handler came from the article's text.
        Assert.Equal(["a11y-articles.js"], document.Scripts.Where(s => s.Type != "application/ld+json").Select(s => Path.GetFileName(s.Source!)));
        Assert.Empty(document.QuerySelectorAll("article img, article b, article a, [onerror], [onclick]"));
        Assert.Contains("<script>alert('headline')</script>", document.Title, StringComparison.Ordinal);
        Assert.Contains("<img src=x onerror=alert(1)>", document.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
    }
}
