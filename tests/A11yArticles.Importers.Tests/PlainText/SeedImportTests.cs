using A11yArticles.Importers;
using A11yArticles.Model;
using A11yArticles.TestSupport;

namespace A11yArticles.Importers.Tests.PlainText;

/// <summary>The seed article imports to exactly the structure its text has.</summary>
public sealed class SeedImportTests
{
    private readonly Article _article = ArticleImporter.ImportFile(Seeds.PathOf(Seeds.AmloWelcomesHarris));

    [Fact]
    public void Headline_is_the_first_line_after_the_page_chrome() =>
        Assert.Equal("AMLO welcomes US Vice President Kamala Harris", _article.Headline);

    [Fact]
    public void Dateline_is_taken_from_the_start_of_the_first_paragraph()
    {
        Assert.Equal("Mexico City, Mexico", _article.Dateline);
        var first = Assert.IsType<ParagraphBlock>(_article.Blocks[0]);
        Assert.StartsWith("President Andrés Manuel López Obrador welcomed", first.PlainText, StringComparison.Ordinal);
    }

    [Fact]
    public void Body_has_nine_paragraphs() =>
        Assert.Equal(9, _article.Blocks.OfType<ParagraphBlock>().Count());

    [Fact]
    public void Body_has_the_five_quotations_in_order()
    {
        var quotations = _article.Quotations.Select(q => q.PlainText).ToList();

        Assert.Equal(5, quotations.Count);
        Assert.StartsWith("I believe that was a cruel policy", quotations[0], StringComparison.Ordinal);
        Assert.StartsWith("The reality is we need to prioritize", quotations[1], StringComparison.Ordinal);
        Assert.Equal("spent a lot of time on the border both going there, physically, and aware of the issues.", quotations[2]);
        Assert.StartsWith("I think it is short-sided", quotations[3], StringComparison.Ordinal);
        Assert.Equal("The meeting was transcendent, beneficial for our peoples and very pleasant,", quotations[4]);
    }

    [Fact]
    public void Speakers_are_named_where_the_text_says_and_never_invented()
    {
        // "Harris said", "she said", "Harris said that", "she added" (the last named speaker), and
        // "said the president", which names no one.
        Assert.Equal(["Harris", "Harris", "Harris", "Harris", null], _article.Quotations.Select(q => q.Speaker));
    }

    [Fact]
    public void The_seed_imports_without_warnings() =>
        Assert.Empty(ArticleImporter.Import(Seeds.PathOf(Seeds.AmloWelcomesHarris)).Warnings);

    [Fact]
    public void Apostrophes_stay_in_the_text()
    {
        var text = string.Join("\n", _article.Blocks.OfType<ParagraphBlock>().Select(p => p.PlainText));
        Assert.Contains("US’s southern border", text, StringComparison.Ordinal);
        Assert.Contains("what’s happening", text, StringComparison.Ordinal);
        Assert.Contains("President Biden’s and President López Obrador’s commitment", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Page_chrome_is_not_article_text()
    {
        var text = string.Join("\n", _article.Blocks.OfType<ParagraphBlock>().Select(p => p.PlainText));
        Assert.DoesNotContain("skip to content", text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Language_and_direction_default_to_english_left_to_right()
    {
        Assert.Equal("en", _article.Language);
        Assert.Equal(TextDirection.LeftToRight, _article.Direction);
    }

    [Fact]
    public void Source_name_is_the_file()
    {
        Assert.EndsWith(Seeds.AmloWelcomesHarris, _article.SourceName, StringComparison.Ordinal);
    }
}
