using System.Text;
using A11yArticles.Importers;
using A11yArticles.Importers.PlainText;
using A11yArticles.Model;

namespace A11yArticles.Importers.Tests.PlainText;

public sealed class PlainTextImporterTests
{
    private static Article Parse(string text) => PlainTextImporter.Parse(text, "test.txt");

    [Theory]
    [InlineData("Press \"Enter\" to skip to content")]
    [InlineData("Skip to content")]
    [InlineData("Skip to main content")]
    [InlineData("skip to main content")]
    [InlineData("Skip navigation")]
    [InlineData("Saltar al contenido")]
    [InlineData("Ir al contenido principal")]
    [InlineData("Aller au contenu")]
    [InlineData("Aller au contenu principal")]
    [InlineData("Passer au contenu")]
    [InlineData("Zum Inhalt springen")]
    [InlineData("Direkt zum Hauptinhalt")]
    [InlineData("تخطي إلى المحتوى")]
    [InlineData("انتقل إلى المحتوى الرئيسي")]
    public void Leading_page_chrome_lines_are_dropped(string chrome)
    {
        var article = Parse($"{chrome}\n\nHeadline\n\nBody.");

        Assert.Equal("Headline", article.Headline);
        Assert.Equal("Body.", Assert.IsType<ParagraphBlock>(Assert.Single(article.Blocks)).PlainText);
    }

    [Theory]
    [InlineData("Skip to content")]
    [InlineData("Saltar al contenido")]
    [InlineData("Zum Inhalt springen")]
    [InlineData("تخطي إلى المحتوى")]
    public void Chrome_like_text_after_the_headline_is_kept(string chrome)
    {
        var article = Parse($"Headline\n\n{chrome}\n\nBody.");

        Assert.Equal(2, article.Blocks.Length);
        Assert.Equal(chrome, ((ParagraphBlock)article.Blocks[0]).PlainText);
    }

    [Fact]
    public void Lines_of_one_paragraph_are_joined_with_a_space_and_crlf_is_accepted()
    {
        var article = Parse("Headline\r\n\r\nFirst line\r\nsecond line.\r\n\r\n\r\nNext   paragraph.\r\n");

        Assert.Equal(["First line second line.", "Next paragraph."], article.Blocks.Cast<ParagraphBlock>().Select(p => p.PlainText));
    }

    [Theory]
    [InlineData("Mexico City, Mexico — The text.", "Mexico City, Mexico", "The text.")]
    [InlineData("LONDON – The text.", "LONDON", "The text.")]
    [InlineData("Washington, D.C. — The text.", "Washington, D.C.", "The text.")]
    public void A_dateline_at_the_start_of_the_first_paragraph_is_taken_out(string paragraph, string dateline, string rest)
    {
        var article = Parse($"Headline\n\n{paragraph}");

        Assert.Equal(dateline, article.Dateline);
        Assert.Equal(rest, ((ParagraphBlock)article.Blocks[0]).PlainText);
    }

    [Theory]
    [InlineData("The minister said on Tuesday that the plan, which was long delayed — and costly — would go ahead.")]
    [InlineData("“Mexico City — here we come,” she said.")]
    [InlineData("the city — lower case start is not a dateline.")]
    public void A_sentence_with_a_dash_is_not_a_dateline(string paragraph)
    {
        var article = Parse($"Headline\n\n{paragraph}");

        Assert.Null(article.Dateline);
    }

    [Fact]
    public void A_dateline_is_only_looked_for_in_the_first_paragraph()
    {
        var article = Parse("Headline\n\nFirst.\n\nParis, France — Second.");

        Assert.Null(article.Dateline);
        Assert.Equal("Paris, France — Second.", ((ParagraphBlock)article.Blocks[1]).PlainText);
    }

    [Fact]
    public void A_byte_order_mark_is_not_text()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("Headline\n\nBody.")).ToArray();

        Assert.Equal("Headline", PlainTextImporter.Import(bytes, "bom.txt").Headline);
    }

    [Theory]
    [InlineData(new byte[0], "the file is empty")]
    [InlineData(new byte[] { 0x20, 0x0A, 0x09, 0x0A }, "contains only whitespace")]
    [InlineData(new byte[] { 0x48, 0x69, 0x0A, 0x0A, 0xC3, 0x28 }, "is not valid UTF-8 text")]
    [InlineData(new byte[] { 0x48, 0x00, 0x69, 0x00 }, "looks like a binary file")]
    [InlineData(new byte[] { 0xFF, 0xFE, 0x48, 0x00 }, "is UTF-16 text")]
    public void Bad_bytes_are_a_clear_error_naming_the_file(byte[] bytes, string problem)
    {
        var error = Assert.Throws<ArticleImportException>(() => PlainTextImporter.Import(bytes, "bad/article.txt"));

        Assert.Equal("bad/article.txt", error.SourceName);
        Assert.StartsWith("bad/article.txt: ", error.Message, StringComparison.Ordinal);
        Assert.Contains(problem, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Skip to content\n\n\n", "has no headline")]
    [InlineData("This paragraph starts at once\nand goes on without a headline.\n\nSecond.", "has no headline")]
    [InlineData("Only a headline\n", "no paragraphs")]
    public void Text_without_headline_or_body_is_a_clear_error(string text, string problem)
    {
        var error = Assert.Throws<ArticleImportException>(() => Parse(text));

        Assert.Contains(problem, error.Problem, StringComparison.Ordinal);
        Assert.StartsWith("test.txt: ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Markup_in_the_source_is_kept_as_text()
    {
        var article = Parse("<b>Headline</b>\n\n<script>alert(1)</script> <img src=x onerror=alert(1)>");

        Assert.Equal("<b>Headline</b>", article.Headline);
        Assert.Equal("<script>alert(1)</script> <img src=x onerror=alert(1)>", ((ParagraphBlock)article.Blocks[0]).PlainText);
    }
}
