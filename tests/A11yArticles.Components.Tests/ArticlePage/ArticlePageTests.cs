using A11yArticles.Components;
using Bunit;

namespace A11yArticles.Components.Tests.ArticlePages;


/// <summary>
/// The page shell's parts and slots. (bUnit parses markup in body context, so the document-level
/// parts, html and head, are tested on the rendered string in <c>RenderedPage/</c>.)
/// </summary>
public sealed class ArticlePageTests : BunitContext
{
    [Fact]
    public void Skip_link_comes_first_and_targets_main()
    {
        var cut = Render<ArticlePage>(p => p.Add(x => x.Article, TestArticles.Seed));

        var link = cut.Find("a");
        Assert.Equal("Skip to main content", link.TextContent);
        Assert.Equal("#" + cut.Find("main").Id, link.GetAttribute("href"));
        Assert.True(link.HasAttribute("data-a11y-skip-link"));
    }

    [Fact]
    public void Banner_main_and_contentinfo_hold_the_site_name_and_the_article()
    {
        var cut = Render<ArticlePage>(p => p
            .Add(x => x.Article, TestArticles.Seed)
            .Add(x => x.SiteName, "Daily Example"));

        Assert.Equal("Daily Example", cut.Find("body > header").TextContent.Trim());
        Assert.NotNull(cut.Find("main > article"));
        Assert.Equal("Daily Example", cut.Find("body > footer").TextContent.Trim());
    }

    [Fact]
    public void Header_and_footer_slots_replace_the_defaults()
    {
        var cut = Render<ArticlePage>(p => p
            .Add(x => x.Article, TestArticles.Seed)
            .Add(x => x.HeaderContent, "<a href=\"/\">Home</a>")
            .Add(x => x.FooterContent, "<p>© Example</p>"));

        cut.Find("body > header").MarkupMatches("<header class=\"a11y-page__header\"><a href=\"/\">Home</a></header>");
        cut.Find("body > footer").MarkupMatches("<footer class=\"a11y-page__footer\"><p>© Example</p></footer>");
    }

    [Fact]
    public void Skip_link_text_and_id_prefix_are_settable()
    {
        var cut = Render<ArticlePage>(p => p
            .Add(x => x.Article, TestArticles.Seed)
            .Add(x => x.SkipLinkText, "Saltar al contenido")
            .Add(x => x.Options, new ArticleOptions { IdPrefix = "story-" }));

        Assert.Equal("Saltar al contenido", cut.Find("a").TextContent);
        Assert.Equal("#story-main", cut.Find("a").GetAttribute("href"));
        Assert.Equal("story-main", cut.Find("main").Id);
        Assert.Equal("story-headline", cut.Find("h1").Id);
    }
}
