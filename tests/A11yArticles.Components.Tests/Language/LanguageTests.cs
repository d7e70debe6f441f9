using A11yArticles.Components;
using A11yArticles.Model;
using A11yArticles.TestSupport;
using Bunit;

namespace A11yArticles.Components.Tests.Language;


/// <summary>Words in other languages and abbreviations.</summary>
public sealed class LanguageTests : BunitContext
{
    [Fact]
    public void ForeignText_sets_lang_and_isolates_a_change_of_direction()
    {
        Render<ForeignText>(p => p.Add(x => x.Lang, "cy").AddChildContent("Pont y Bobl")).MarkupMatches("<span lang=\"cy\">Pont y Bobl</span>");
        Render<ForeignText>(p => p.Add(x => x.Lang, "ar").Add(x => x.Direction, TextDirection.RightToLeft).AddChildContent("جسر"))
            .MarkupMatches("<bdi lang=\"ar\" dir=\"rtl\">جسر</bdi>");
        Render<ForeignText>(p => p.Add(x => x.Lang, "en").Add(x => x.Isolate, true).AddChildContent("Kamala Harris").AddUnmatched("class", "name"))
            .MarkupMatches("<bdi lang=\"en\" class=\"name\">Kamala Harris</bdi>");
    }

    [Fact]
    public void ForeignText_in_a_right_to_left_article_isolates_left_to_right_words()
    {
        var article = new Article("عنوان", [new ParagraphBlock([
            new TextInline("قالت "), new ForeignInline("en", [new TextInline("Kamala Harris")]) { Direction = TextDirection.LeftToRight }, new TextInline(" ذلك."),
            new ForeignInline("ar-EG", [new TextInline("كلمة")]) { Direction = TextDirection.RightToLeft },
        ])]) { Language = "ar", Direction = TextDirection.RightToLeft };

        var cut = Render<ArticleView>(p => p.Add(x => x.Article, article));

        Assert.Equal("rtl", cut.Find("article").GetAttribute("dir"));
        cut.Find(".a11y-article__body > p").MarkupMatches("<p>قالت <bdi lang=\"en\" dir=\"ltr\">Kamala Harris</bdi> ذلك.<span lang=\"ar-EG\">كلمة</span></p>");
    }

    [Fact]
    public void Abbreviation_is_written_out_on_first_use_only()
    {
        var cut = Render<ArticleView>(p => p.Add(x => x.Article, RichArticle.Create()));

        var abbreviations = cut.FindAll("abbr");
        Assert.Equal(3, abbreviations.Count);
        Assert.All(abbreviations, a => Assert.Equal("Regional Development Agency", a.GetAttribute("title")));
        Assert.StartsWith("Engineers from the Regional Development Agency (RDA) proposed three designs. The RDA also", abbreviations[0].ParentElement!.TextContent, StringComparison.Ordinal);
        Assert.Equal(1, cut.Markup.Split("Regional Development Agency (").Length - 1);
    }

    [Fact]
    public void Abbreviation_alone_takes_its_parameters()
    {
        Render<Abbreviation>(p => p.Add(x => x.Text, "UN").Add(x => x.Expansion, "United Nations").AddUnmatched("lang", "en"))
            .MarkupMatches("<abbr title=\"United Nations\" lang=\"en\">UN</abbr>");
        Render<Abbreviation>(p => p.Add(x => x.Text, "UN").Add(x => x.Expansion, "United Nations").Add(x => x.Expand, true))
            .MarkupMatches("United Nations (<abbr title=\"United Nations\">UN</abbr>)");
    }
}
