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

    [Fact]
    public void Corrections_and_updates_become_the_page_history_oldest_first()
    {
        var article = Parse("""
            ---
            published: 2026-11-02T08:00:00Z
            corrections:
              - date: 2026-11-03T10:15:00Z
                text: An earlier version gave the barrier's width as 60 metres. It is 80 metres.
            updates:
              - date: 2026-11-02T16:40:00Z
                text: Added the council's statement after the test.
              - The map now shows the accessible viewing points.
            ---
            Barrier test

            Body.
            """);

        Assert.Collection(
            article.Notes,
            note =>
            {
                Assert.Equal(NoteKind.Update, note.Kind);
                Assert.Equal(new DateTimeOffset(2026, 11, 2, 16, 40, 0, TimeSpan.Zero), note.Date);
                Assert.Equal("Added the council's statement after the test.", Assert.IsType<TextInline>(Assert.Single(note.Inlines)).Text);
            },
            note =>
            {
                Assert.Equal(NoteKind.Correction, note.Kind);
                Assert.Equal(new DateTimeOffset(2026, 11, 3, 10, 15, 0, TimeSpan.Zero), note.Date);
            },
            note =>
            {
                Assert.Equal(NoteKind.Update, note.Kind);
                Assert.Null(note.Date);
                Assert.Equal("The map now shows the accessible viewing points.", Assert.IsType<TextInline>(Assert.Single(note.Inlines)).Text);
            });
    }

    [Theory]
    [InlineData("corrections: Fixed a name.", "front matter 'corrections' must be a list of notes")]
    [InlineData("updates:\n  - date: 2026-11-02\n    txt: typo", "a note has 'date' and 'text' values only, not 'txt'")]
    [InlineData("updates:\n  - date: 2026-11-02", "(line 3): a note needs its 'text'")]
    [InlineData("corrections:\n  - date: yesterday\n    text: Fixed.", "(line 3): the note's date 'yesterday' is not a date")]
    public void A_malformed_note_is_a_clear_error_naming_the_file_and_line(string yaml, string problem)
    {
        var error = Assert.Throws<ArticleImportException>(() => Parse($"---\n{yaml}\n---\nHeadline\n\nBody.\n"));

        Assert.Contains("fm.txt", error.Message, StringComparison.Ordinal);
        Assert.Contains(problem, error.Message, StringComparison.Ordinal);
    }
}
