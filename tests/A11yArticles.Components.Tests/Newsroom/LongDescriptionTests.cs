using A11yArticles.Checks;
using A11yArticles.Model;
using Bunit;

namespace A11yArticles.Components.Tests.Newsroom;

/// <summary>Charts and diagrams: a long description after the caption, in a numbered disclosure the image points at.</summary>
public sealed class LongDescriptionTests : BunitContext
{
    private static readonly FigureBlock Photo = new(new Image("photo.jpg", "The bridge at dusk"));

    private static readonly FigureBlock Chart = new(new Image("chart.svg", "Bar chart of crossings per day"))
    {
        Caption = [new TextInline("Crossings per day, first week")],
        LongDescription = [
            new ParagraphBlock([new TextInline("Crossings rose every day, from 1,200 on Monday to 3,400 on Sunday.")]),
            new ListBlock(false, [new ListItem([new ParagraphBlock([new TextInline("Monday: 1,200")])]), new ListItem([new ParagraphBlock([new TextInline("Sunday: 3,400")])])]),
        ],
    };

    [Fact]
    public void A_chart_s_long_description_follows_its_caption_and_the_image_points_at_it()
    {
        var cut = Render<ArticleView>(p => p.Add(x => x.Article, new Article("Charts", [Photo, Chart])));

        var figures = cut.FindAll("figure.a11y-figure");
        Assert.Null(figures[0].QuerySelector("details"));
        Assert.False(figures[0].QuerySelector("img")!.HasAttribute("aria-details"));

        var description = figures[1].QuerySelector("details.a11y-figure__description")!;
        Assert.Equal("figcaption", description.PreviousElementSibling!.LocalName);
        Assert.Equal("Description of figure 2", description.QuerySelector("summary")!.TextContent);
        Assert.Equal(description.Id, figures[1].QuerySelector("img")!.GetAttribute("aria-details"));
        Assert.Equal("Crossings rose every day, from 1,200 on Monday to 3,400 on Sunday.", description.QuerySelector("p")!.TextContent);
        Assert.Equal(2, description.QuerySelectorAll("li").Length);
    }

    [Theory]
    [InlineData("es", "Descripción de la figura 1")]
    [InlineData("de", "Beschreibung von Abbildung 1")]
    [InlineData("ar", "وصف الشكل 1")]
    public void The_description_s_name_speaks_the_article_language(string language, string summary)
    {
        var cut = Render<ArticleView>(p => p.Add(x => x.Article, new Article("Charts", [Chart]) { Language = language }));

        Assert.Equal(summary, cut.Find("details summary").TextContent);
    }

    [Fact]
    public void A_page_with_a_described_chart_passes_the_checker_and_round_trips_through_JSON()
    {
        var article = new Article("Charts", [Chart]);

        A11yAssert.NoViolations(Render<ArticlePage>(p => p.Add(x => x.Article, article)).Markup);
        var back = Assert.IsType<FigureBlock>(ArticleJson.Deserialize(ArticleJson.Serialize(article)).Blocks[0]);
        Assert.Equal(2, back.LongDescription.Length);
    }
}
