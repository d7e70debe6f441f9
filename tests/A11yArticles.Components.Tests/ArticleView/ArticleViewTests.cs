using A11yArticles.Components;
using A11yArticles.Model;
using Bunit;

namespace A11yArticles.Components.Tests.ArticleViews;


public sealed class ArticleViewTests : BunitContext
{
    private IRenderedComponent<ArticleView> RenderArticle(Article article, string? idPrefix = null, Dictionary<string, object>? attributes = null) =>
        Render<ArticleView>(parameters =>
        {
            parameters.Add(p => p.Article, article);
            if (idPrefix is not null)
            {
                parameters.Add(p => p.Options, new ArticleOptions { IdPrefix = idPrefix });
            }

            if (attributes is not null)
            {
                parameters.Add(p => p.AdditionalAttributes, attributes);
            }
        });

    [Fact]
    public void Article_is_named_by_its_headline_which_is_the_only_h1()
    {
        var cut = RenderArticle(TestArticles.Seed);

        var article = cut.Find("article");
        var h1 = Assert.Single(cut.FindAll("h1"));
        Assert.Equal("AMLO welcomes US Vice President Kamala Harris", h1.TextContent);
        Assert.Equal(h1.Id, article.GetAttribute("aria-labelledby"));
    }

    [Fact]
    public void Dateline_paragraphs_and_quotations_are_rendered_in_order()
    {
        var cut = RenderArticle(TestArticles.Seed);

        Assert.Equal("Mexico City, Mexico", cut.Find(".a11y-article__location").TextContent);
        Assert.Equal(9, cut.FindAll(".a11y-article__body > p").Count);
        var quotations = cut.FindAll("q");
        Assert.Equal(5, quotations.Count);
        Assert.Equal("The meeting was transcendent, beneficial for our peoples and very pleasant,", quotations[4].TextContent);
    }

    [Fact]
    public void Quotations_render_without_their_marks_and_without_added_spaces()
    {
        var cut = RenderArticle(TestArticles.FromText("Headline\n\nShe said “yes,” then “no.”"));

        cut.Find(".a11y-article__body > p").MarkupMatches("<p>She said <q>yes,</q> then <q>no.</q></p>");
    }

    [Fact]
    public void Nested_quotations_render_nested()
    {
        var cut = RenderArticle(TestArticles.FromText("Headline\n\nShe said “he told me “no” twice”."));

        Assert.Equal("no", cut.Find("q > q").TextContent);
    }

    [Fact]
    public void No_dateline_means_no_dateline_element()
    {
        var cut = RenderArticle(TestArticles.FromText("Headline\n\nJust text."));

        Assert.Empty(cut.FindAll(".a11y-article__location"));
    }

    [Fact]
    public void Language_and_direction_are_on_the_article()
    {
        var article = TestArticles.FromText("عنوان\n\nنص.") with { Language = "ar", Direction = TextDirection.RightToLeft };

        var element = RenderArticle(article).Find("article");

        Assert.Equal("ar", element.GetAttribute("lang"));
        Assert.Equal("rtl", element.GetAttribute("dir"));
    }

    [Fact]
    public void Id_prefix_keeps_two_articles_on_one_page_apart()
    {
        var first = RenderArticle(TestArticles.Seed, idPrefix: "one-");
        var second = RenderArticle(TestArticles.Seed, idPrefix: "two-");

        Assert.Equal("one-headline", first.Find("h1").Id);
        Assert.Equal("two-headline", second.Find("h1").Id);
        Assert.Equal("two-headline", second.Find("article").GetAttribute("aria-labelledby"));
    }

    [Fact]
    public void Host_attributes_are_added_and_win()
    {
        var cut = RenderArticle(TestArticles.Seed, attributes: new() { ["class"] = "host-article", ["data-id"] = "42" });

        var article = cut.Find("article");
        Assert.Equal("host-article", article.GetAttribute("class"));
        Assert.Equal("42", article.GetAttribute("data-id"));
    }

    [Fact]
    public void Markup_in_article_text_is_rendered_as_text()
    {
        var cut = RenderArticle(TestArticles.FromText(TestArticles.Hostile));

        Assert.Empty(cut.FindAll("script:not([type='application/ld+json']), img, b, a, [onerror], [onclick]"));
        // The JSON-LD carries the headline, with '<' escaped so that it can never close the script.
        var jsonLd = cut.Find("script[type='application/ld+json']").InnerHtml;
        Assert.Contains("\\u003Cscript\\u003E", jsonLd, StringComparison.Ordinal);
        Assert.DoesNotContain("<", jsonLd, StringComparison.Ordinal);
        Assert.Contains("<script>alert('headline')</script>", cut.Find("h1").TextContent, StringComparison.Ordinal);
        Assert.Equal("<a href=\"javascript:alert(3)\" onclick=\"alert(4)\">click</a>", cut.Find("q").TextContent);
        Assert.Contains("&lt;script&gt;", cut.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_article_is_a_clear_error()
    {
        var error = Assert.Throws<InvalidOperationException>(() => Render<ArticleView>());

        Assert.Contains("needs its Article parameter", error.Message, StringComparison.Ordinal);
    }
}
