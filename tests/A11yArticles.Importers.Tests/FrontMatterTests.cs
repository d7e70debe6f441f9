using A11yArticles.Importers;
using A11yArticles.Importers.PlainText;
using A11yArticles.Model;

namespace A11yArticles.Importers.Tests;

public sealed class FrontMatterTests
{
    private static Article Parse(string text) => PlainTextImporter.Parse(text, "fm.txt");

    [Fact]
    public void Front_matter_sets_the_article_metadata()
    {
        var article = Parse("""
            ---
            lang: ar
            dir: rtl
            published: 2024-05-02T09:30:00+03:00
            updated: 2024-05-03
            byline: [Layla Haddad, Omar Saleh]
            source: https://example.org/ar/1
            dateline: عمّان
            standfirst: ملخص قصير
            site: Example News
            tags: politics, water
            ---
            عنوان المقال

            الفقرة الأولى.
            """);

        Assert.Equal("عنوان المقال", article.Headline);
        Assert.Equal("ar", article.Language);
        Assert.Equal(TextDirection.RightToLeft, article.Direction);
        Assert.Equal(new DateTimeOffset(2024, 5, 2, 9, 30, 0, TimeSpan.FromHours(3)), article.Published);
        Assert.Equal(new DateTimeOffset(2024, 5, 3, 0, 0, 0, TimeSpan.Zero), article.Updated);
        Assert.Equal(["Layla Haddad", "Omar Saleh"], article.Authors.Select(a => a.Name));
        Assert.Equal("https://example.org/ar/1", article.SourceUrl);
        Assert.Equal("عمّان", article.Dateline);
        Assert.Equal("ملخص قصير", article.Standfirst);
        Assert.Equal("Example News", article.SiteName);
        Assert.Equal(["politics", "water"], article.Tags.ToArray());
        Assert.Single(article.Blocks);
    }

    [Fact]
    public void Without_front_matter_nothing_changes()
    {
        var article = Parse("Headline\n\nBody.");

        Assert.Equal("en", article.Language);
        Assert.Empty(article.Authors);
    }

    [Theory]
    [InlineData("---\nlang: es\nHeadline\n\nBody.", "never closed")]
    [InlineData("---\nlanguage: es\n---\nHeadline\n\nBody.", "unknown front matter key 'language'")]
    [InlineData("---\nlang: español\n---\nHeadline\n\nBody.", "not a BCP 47 language tag")]
    [InlineData("---\nlang: xx\n---\nHeadline\n\nBody.", "'lang: xx' is not a BCP 47 language tag with a registered language")]
    [InlineData("---\nlang: en_GB\n---\nHeadline\n\nBody.", "'lang: en_GB' is not a BCP 47 language tag")]
    [InlineData("---\nlang: x-klingon\n---\nHeadline\n\nBody.", "'lang: x-klingon' is not a BCP 47 language tag")]
    [InlineData("---\ndir: up\n---\nHeadline\n\nBody.", "must be ltr or rtl")]
    [InlineData("---\npublished: yesterday\n---\nHeadline\n\nBody.", "is not a date")]
    [InlineData("---\nlang: [es\n---\nHeadline\n\nBody.", "not valid YAML")]
    [InlineData("---\n- a\n- b\n---\nHeadline\n\nBody.", "must be 'key: value' lines")]
    public void Bad_front_matter_is_a_clear_error(string text, string problem)
    {
        var error = Assert.Throws<ArticleImportException>(() => Parse(text));

        Assert.Contains(problem, error.Message, StringComparison.Ordinal);
        Assert.StartsWith("fm.txt: ", error.Message, StringComparison.Ordinal);
    }
}
