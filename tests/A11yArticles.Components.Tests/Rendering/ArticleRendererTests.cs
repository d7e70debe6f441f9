using A11yArticles.Rendering;

namespace A11yArticles.Components.Tests.Rendering;

/// <summary>
/// <see cref="ArticleRenderer"/> reuses pooled renderers for pages and articles: many renders, in
/// sequence and at once, each return exactly the HTML of their own article.
/// </summary>
public sealed class ArticleRendererTests
{
    [Fact]
    public async Task Renders_in_a_row_and_at_once_each_return_their_own_article()
    {
        var articles = SeedPages.Names.Select(SeedPages.Article).ToList();
        var pages = new List<string>();
        var views = new List<string>();
        foreach (var article in articles)
        {
            pages.Add(await ArticleRenderer.RenderPageAsync(article));
            views.Add(await ArticleRenderer.RenderArticleAsync(article));
        }

        // More renders than one renderer is kept for, from more callers than the pool holds.
        var work = Enumerable.Range(0, 96).Select(i => Task.Run(async () =>
        {
            var n = i % articles.Count;
            return (n, Page: await ArticleRenderer.RenderPageAsync(articles[n]), View: await ArticleRenderer.RenderArticleAsync(articles[n]));
        }));
        foreach (var (n, page, view) in await Task.WhenAll(work))
        {
            Assert.Equal(pages[n], page);
            Assert.Equal(views[n], view);
        }
    }

    [Fact]
    public async Task A_render_that_fails_does_not_spoil_the_next()
    {
        var broken = new Model.Article("Broken", [new UnknownBlock()]);

        await Assert.ThrowsAsync<NotSupportedException>(() => ArticleRenderer.RenderPageAsync(broken));
        Assert.Contains("AMLO welcomes", await ArticleRenderer.RenderPageAsync(TestArticles.Seed), StringComparison.Ordinal);
    }

    private sealed record UnknownBlock : Model.Block;
}
