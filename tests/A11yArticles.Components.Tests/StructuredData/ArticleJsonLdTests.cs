using A11yArticles.Components;
using System.Text.Json;
using A11yArticles.Model;
using A11yArticles.TestSupport;
using Bunit;

namespace A11yArticles.Components.Tests.StructuredData;


/// <summary>JSON-LD NewsArticle that says what the page shows.</summary>
public sealed class ArticleJsonLdTests : BunitContext
{
    [Fact]
    public void NewsArticle_matches_the_visible_article()
    {
        var cut = Render<ArticleView>(p => p.Add(x => x.Article, RichArticle.Create()).Add(x => x.Options, new ArticleOptions { IdPrefix = "s-" }));

        using var json = JsonDocument.Parse(cut.Find("script[type='application/ld+json']").TextContent);
        var root = json.RootElement;
        Assert.Equal("https://schema.org", root.GetProperty("@context").GetString());
        Assert.Equal("NewsArticle", root.GetProperty("@type").GetString());
        Assert.Equal(cut.Find("h1").TextContent, root.GetProperty("headline").GetString());
        Assert.Equal(cut.Find(".a11y-article__standfirst").TextContent, root.GetProperty("description").GetString());
        Assert.Equal(cut.Find("article").GetAttribute("lang"), root.GetProperty("inLanguage").GetString());
        var times = cut.FindAll("header time");
        Assert.Equal(DateTimeOffset.Parse(times[0].GetAttribute("datetime")!, System.Globalization.CultureInfo.InvariantCulture), root.GetProperty("datePublished").GetDateTimeOffset());
        Assert.Equal(DateTimeOffset.Parse(times[1].GetAttribute("datetime")!, System.Globalization.CultureInfo.InvariantCulture), root.GetProperty("dateModified").GetDateTimeOffset());
        Assert.Equal(cut.FindAll(".a11y-article__byline bdi").Select(b => b.TextContent), root.GetProperty("author").EnumerateArray().Select(a => a.GetProperty("name").GetString()));
        Assert.Equal("The Example Courier", root.GetProperty("publisher").GetProperty("name").GetString());
        var speakable = root.GetProperty("speakable").GetProperty("cssSelector").EnumerateArray().Select(s => s.GetString()!).ToList();
        Assert.Equal(["#s-headline", "#s-standfirst"], speakable);
        Assert.All(speakable, selector => Assert.NotNull(cut.Find(selector)));
    }

    [Fact]
    public void Article_text_cannot_close_the_script_and_optional_fields_are_left_out()
    {
        var article = new Article("</script><script>alert(1)</script>", []);

        var cut = Render<ArticleJsonLd>(p => p.Add(x => x.Article, article).Add(x => x.Publisher, "Host & Co").AddUnmatched("id", "ld"));

        var script = cut.Find("script#ld");
        Assert.DoesNotContain("<", script.InnerHtml, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(script.TextContent);
        Assert.Equal(article.Headline, json.RootElement.GetProperty("headline").GetString());
        Assert.Equal("Host & Co", json.RootElement.GetProperty("publisher").GetProperty("name").GetString());
        Assert.False(json.RootElement.TryGetProperty("datePublished", out _));
        Assert.False(json.RootElement.TryGetProperty("author", out _));
        Assert.Empty(Render<ArticleView>(p => p.Add(x => x.Article, article).Add(x => x.Options, new ArticleOptions { IncludeStructuredData = false })).FindAll("script"));
    }
}
