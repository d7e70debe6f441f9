using A11yArticles.Importers.Html;
using A11yArticles.Importers.Markdown;

namespace A11yArticles.Importers.Tests.Robustness;

/// <summary>
/// The importers parse decoded text, so a page's charset declarations are not read again by the
/// parser: AngleSharp's default configuration looked for "charset" in an <c>http-equiv</c> meta's
/// <c>content</c> by copying the rest of the value at each position, n² for a value of n characters
/// (found by the fuzzer: a 180 KB page allocated 1.1 GB). A value four times as long allocates about
/// four times as much, not sixteen.
/// </summary>
public sealed class CharsetDeclarationsTests
{
    private const string Paragraph = "The council opened the new library on Tuesday, and readers queued from early morning to see the reading rooms.";

    private static string Declaration(int length) =>
        $"<meta http-equiv=\"content-type\" content=\"{string.Concat(Enumerable.Repeat("words of the page ", length / 18))}\">";

    private static long Allocated(Func<string, string> import, int length)
    {
        _ = import(Declaration(length));
        var before = GC.GetAllocatedBytesForCurrentThread();
        var headline = import(Declaration(length));
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.Equal("Library opens", headline);
        return allocated;
    }

    private static string ImportPage(string declaration)
    {
        var paragraphs = string.Concat(Enumerable.Repeat($"<p>{Paragraph}</p>", 6));
        var page = $"<!DOCTYPE html><html lang=\"en\"><head>{declaration}<title>Library opens</title></head><body><main><article><h1>Library opens</h1>{paragraphs}</article></main></body></html>";
        return HtmlImporter.Parse(page, "declaration.html").Article.Headline;
    }

    private static string ImportMarkdown(string declaration) =>
        MarkdownImporter.Parse($"# Library opens\n\n{Paragraph}\n\n{declaration}\n\n{Paragraph}\n", "declaration.md").Article.Headline;

    [Fact]
    public void A_long_content_value_in_a_page_s_declaration_is_read_in_linear_time()
    {
        var ratio = (double)Allocated(ImportPage, 20_000) / Allocated(ImportPage, 5_000);

        Assert.InRange(ratio, 1.0, 6.0);
    }

    [Fact]
    public void A_long_content_value_in_raw_html_of_markdown_is_read_in_linear_time()
    {
        var ratio = (double)Allocated(ImportMarkdown, 20_000) / Allocated(ImportMarkdown, 5_000);

        Assert.InRange(ratio, 1.0, 6.0);
    }
}
