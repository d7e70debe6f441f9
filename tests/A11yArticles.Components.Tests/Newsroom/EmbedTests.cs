using A11yArticles.Checks;
using A11yArticles.Model;
using A11yArticles.TestSupport;
using Bunit;

namespace A11yArticles.Components.Tests.Newsroom;

/// <summary>Embeds: a titled frame with a skip link past it (numbered per provider), a plain link to the original, no unsafe frame.</summary>
public sealed class EmbedTests : BunitContext
{
    private static EmbedBlock Video(string id) =>
        new($"https://www.youtube-nocookie.com/embed/{id}", $"Video {id}") { Provider = "YouTube", OriginalUrl = $"https://www.youtube.com/watch?v={id}" };

    private static readonly EmbedBlock Map = new("https://www.openstreetmap.org/export/embed.html?bbox=1,2,3,4", "Map of the route");

    private static Article ArticleWith(params Block[] blocks) =>
        new("Embeds", [new ParagraphBlock([new TextInline("Before.")]), .. blocks, new ParagraphBlock([new TextInline("After.")])]);

    [Fact]
    public void An_embed_is_a_titled_lazy_frame_between_a_skip_link_and_the_point_it_leads_to()
    {
        var cut = Render<ArticleView>(p => p.Add(x => x.Article, ArticleWith(Video("a"))));

        var embed = cut.Find(".a11y-embed");
        var skip = embed.Children[0];
        Assert.Equal("a", skip.LocalName);
        Assert.Equal("Skip YouTube content", skip.TextContent);
        Assert.True(skip.HasAttribute("data-a11y-skip-link"));
        var frame = embed.QuerySelector("iframe")!;
        Assert.Equal("Video a", frame.GetAttribute("title"));
        Assert.Equal("lazy", frame.GetAttribute("loading"));
        Assert.Equal("https://www.youtube-nocookie.com/embed/a", frame.GetAttribute("src"));
        var end = embed.Children[^1];
        Assert.Equal("#" + end.Id, skip.GetAttribute("href"));
        Assert.Equal("End of YouTube content", end.TextContent);
        Assert.Equal("-1", end.GetAttribute("tabindex"));
        var original = embed.QuerySelector(".a11y-embed__original a")!;
        Assert.Equal("View the original on YouTube", original.TextContent);
        Assert.Equal("https://www.youtube.com/watch?v=a", original.GetAttribute("href"));
    }

    /// <summary>A frame from this site's own origin must not reach the page around it: no allow-same-origin with allow-scripts.</summary>
    [Theory]
    [InlineData("https://www.openstreetmap.org/export/embed.html", "allow-scripts allow-same-origin allow-popups allow-presentation")]
    [InlineData("embeds/map.svg", "allow-scripts allow-popups allow-presentation")]
    [InlineData("/players/clip.html", "allow-scripts allow-popups allow-presentation")]
    public void Only_a_frame_from_another_site_keeps_its_origin(string source, string sandbox)
    {
        var cut = Render<ArticleView>(p => p.Add(x => x.Article, ArticleWith(new EmbedBlock(source, "Map"))));

        Assert.Equal(sandbox, cut.Find("iframe").GetAttribute("sandbox"));
    }

    [Fact]
    public void Skip_links_are_numbered_when_one_provider_has_several_embeds()
    {
        var cut = Render<ArticleView>(p => p.Add(x => x.Article, ArticleWith(Video("a"), Map, Video("b"))));

        Assert.Equal(
            ["Skip YouTube content 1", "Skip openstreetmap.org content", "Skip YouTube content 2"],
            cut.FindAll(".a11y-embed > a[data-a11y-skip-link]").Select(a => a.TextContent));
        Assert.Equal(
            ["End of YouTube content 1", "End of openstreetmap.org content", "End of YouTube content 2"],
            cut.FindAll(".a11y-embed__end").Select(p => p.TextContent));
        var ends = cut.FindAll(".a11y-embed__end").Select(p => p.Id).ToList();
        Assert.Equal(3, ends.Distinct().Count());
        Assert.All(ends, id => Assert.StartsWith("article-embed-", id, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("es", "Saltar el contenido de YouTube")]
    [InlineData("fr", "Passer le contenu YouTube")]
    [InlineData("de", "YouTube-Inhalt überspringen")]
    [InlineData("ar", "تجاوز محتوى YouTube")]
    public void The_skip_link_speaks_the_article_language(string language, string text)
    {
        var cut = Render<ArticleView>(p => p.Add(x => x.Article, ArticleWith(Video("a")) with { Language = language }));

        Assert.Equal(text, cut.Find(".a11y-embed > a").TextContent);
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("data:text/html,<script>alert(1)</script>")]
    [InlineData("mailto:someone@example.org")]
    public void A_frame_address_that_is_not_http_or_relative_is_not_rendered(string source)
    {
        var cut = Render<ArticleView>(p => p.Add(x => x.Article, ArticleWith(new EmbedBlock(source, "Bad") { OriginalUrl = "https://example.org/post" })));

        Assert.Empty(cut.FindAll("iframe"));
        Assert.Equal("https://example.org/post", cut.Find(".a11y-embed__original a").GetAttribute("href"));
    }

    [Fact]
    public void An_embed_without_a_title_is_refused()
    {
        var error = Assert.Throws<InvalidOperationException>(() => Render<ArticleView>(p => p.Add(x => x.Article, ArticleWith(new EmbedBlock("https://example.org/e", " ")))));

        Assert.Contains("needs a title", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_page_with_embeds_passes_the_checker()
    {
        var article = ArticleWith(Video("a"), Map, Video("b"));

        var html = Render<ArticlePage>(p => p.Add(x => x.Article, article)).Markup;

        A11yAssert.NoViolations(html);
    }

    [Fact]
    public void An_embed_round_trips_through_JSON()
    {
        var article = ArticleWith(Video("a"));

        var back = ArticleJson.Deserialize(ArticleJson.Serialize(article));

        Assert.Equal(Video("a"), Assert.IsType<EmbedBlock>(back.Blocks[1]));
    }
}
