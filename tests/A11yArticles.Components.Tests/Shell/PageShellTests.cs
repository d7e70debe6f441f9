using A11yArticles.Components;
using A11yArticles.TestSupport;
using Bunit;

namespace A11yArticles.Components.Tests.Shell;

using SiteNavigationView = A11yArticles.Components.SiteNavigation;

/// <summary>The page shell: skip links, banner, navigation, footer.</summary>
public sealed class PageShellTests : BunitContext
{
    [Fact]
    public void SkipLink_targets_a_fragment_and_opts_out_of_enhanced_navigation()
    {
        var cut = Render<SkipLink>(p => p.Add(x => x.Target, "main"));

        cut.MarkupMatches("<a href=\"#main\" class=\"a11y-skip-link\" data-a11y-skip-link data-enhance-nav=\"false\">Skip to main content</a>");
    }

    [Fact]
    public void SkipLink_with_the_page_path_stays_on_the_page_whatever_the_base_href()
    {
        var cut = Render<SkipLink>(p => p
            .Add(x => x.Target, "main")
            .Add(x => x.PagePath, "/articles/story?x=1#old")
            .Add(x => x.Text, "Skip")
            .AddUnmatched("class", "host-skip"));

        Assert.Equal("/articles/story?x=1#main", cut.Find("a").GetAttribute("href"));
        Assert.Equal("host-skip", cut.Find("a").ClassName);
        Assert.Equal("Skip", cut.Find("a").TextContent);
    }

    [Fact]
    public void SkipLink_content_slot_and_missing_target()
    {
        Assert.Equal("Go", Render<SkipLink>(p => p.Add(x => x.Target, "t").AddChildContent("Go")).Find("a").TextContent);
        Assert.Throws<InvalidOperationException>(() => Render<SkipLink>());
    }

    [Fact]
    public void SkipLinks_groups_its_links_and_takes_attributes()
    {
        var cut = Render<SkipLinks>(p => p
            .AddChildContent<SkipLink>(l => l.Add(x => x.Target, "main"))
            .AddChildContent<SkipLink>(l => l.Add(x => x.Target, "nav").Add(x => x.Text, "Skip to navigation"))
            .AddUnmatched("class", "host"));

        Assert.Equal("host", cut.Find("div").ClassName);
        Assert.Equal(["#main", "#nav"], cut.FindAll("a").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public void SiteHeader_shows_the_site_name_linked_home_and_the_navigation_slot()
    {
        var cut = Render<SiteHeader>(p => p
            .Add(x => x.SiteName, "Daily Example")
            .Add(x => x.HomeHref, "/")
            .Add(x => x.Navigation, "<nav aria-label=\"Main\"></nav>"));

        cut.MarkupMatches("<header class=\"a11y-page__header\"><p class=\"a11y-page__site-name\"><a href=\"/\">Daily Example</a></p><nav aria-label=\"Main\"></nav></header>");
        Assert.Equal("x", Render<SiteHeader>(p => p.AddChildContent("x").AddUnmatched("class", "h")).Find("header.h").TextContent);
    }

    [Fact]
    public void SiteNavigation_is_labelled_and_marks_the_current_page()
    {
        var cut = Render<SiteNavigationView>(p => p
            .Add(x => x.Items, [new NavigationLink("Home", "/"), new NavigationLink("World", "/world"), new NavigationLink("Bad", "javascript:x")])
            .Add(x => x.CurrentHref, "/world/")
            .Add(x => x.Label, "Sections")
            .Add(x => x.Id, "nav"));

        cut.MarkupMatches(
            "<nav id=\"nav\" class=\"a11y-site-nav\" aria-label=\"Sections\"><ul><li><a href=\"/\">Home</a></li>" +
            "<li><a href=\"/world\" aria-current=\"page\">World</a></li></ul></nav>");
    }

    [Fact]
    public void SiteNavigation_has_a_default_name_and_host_attributes_win()
    {
        var cut = Render<SiteNavigationView>(p => p.AddUnmatched("aria-label", "Host name"));

        Assert.Equal("Host name", cut.Find("nav").GetAttribute("aria-label"));
        Assert.Equal("Site", Render<SiteNavigationView>().Find("nav").GetAttribute("aria-label"));
    }

    [Fact]
    public void SiteFooter_shows_the_site_name_or_the_slot()
    {
        Render<SiteFooter>(p => p.Add(x => x.SiteName, "Daily")).MarkupMatches("<footer class=\"a11y-page__footer\"><p>Daily</p></footer>");
        Render<SiteFooter>(p => p.AddChildContent("<p>©</p>").AddUnmatched("class", "f")).MarkupMatches("<footer class=\"f\"><p>©</p></footer>");
    }

    [Fact]
    public void ArticlePage_with_navigation_has_two_skip_links_and_a_current_page()
    {
        var cut = Render<ArticlePage>(p => p
            .Add(x => x.Article, TestArticles.Seed)
            .Add(x => x.NavigationItems, [new NavigationLink("Home", "/"), new NavigationLink("Story", "/story")])
            .Add(x => x.CurrentHref, "/story")
            .Add(x => x.Options, new ArticleOptions { PagePath = "/story" })
            .Add(x => x.HomeHref, "/"));

        Assert.Equal(["/story#article-main", "/story#article-site-nav"], cut.FindAll(".a11y-skip-links a").Select(a => a.GetAttribute("href")));
        Assert.NotNull(cut.Find("#article-site-nav"));
        Assert.Equal("Story", cut.Find("[aria-current=page]").TextContent);
        Assert.Equal("/story#top", cut.Find(".a11y-page__back-to-top a").GetAttribute("href"));
    }

    [Fact]
    public void ArticlePage_speaks_the_article_language()
    {
        var spanish = ArticleImporterFor("biblioteca-nocturna-sevilla.txt");

        var cut = Render<ArticlePage>(p => p.Add(x => x.Article, spanish));

        Assert.Equal("Saltar al contenido principal", cut.Find(".a11y-skip-link").TextContent);
        Assert.Equal("Volver arriba", cut.Find(".a11y-page__back-to-top a").TextContent);
        Assert.Equal("Crónica de Ejemplo", cut.Find("body > header").TextContent.Trim());
        var overridden = Render<ArticlePage>(p => p.Add(x => x.Article, spanish).Add(x => x.Options, new ArticleOptions { Strings = ArticleStrings.Spanish with { BackToTop = "Arriba" } }));
        Assert.Equal("Arriba", overridden.Find(".a11y-page__back-to-top a").TextContent);
    }

    private static Model.Article ArticleImporterFor(string seed) => Importers.ArticleImporter.ImportFile(Seeds.PathOf(seed));
}
