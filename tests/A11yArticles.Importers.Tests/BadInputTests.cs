using System.Text;
using A11yArticles.Importers;

namespace A11yArticles.Importers.Tests;

/// <summary>Bad input of every kind, in every format: a clear error or warning naming the file, never a crash or a hang.</summary>
public sealed class BadInputTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("a11y-bad-input-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Write(string name, byte[] bytes)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    public static TheoryData<string, byte[], string> BadFiles()
    {
        var data = new TheoryData<string, byte[], string>();
        foreach (var extension in new[] { ".txt", ".md", ".html" })
        {
            data.Add(extension, [], "the file is empty");
            data.Add(extension, " \n\t\n  "u8.ToArray(), "only whitespace");
            data.Add(extension, [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D], "looks like a binary file");
            // A page in UTF-16 with a byte order mark is decoded as browsers decode it ("Hi": no HTML).
            data.Add(extension, [0xFF, 0xFE, 0x48, 0x00, 0x69, 0x00], extension == ".html" ? "is not an HTML page" : "UTF-16");
        }

        data.Add(".txt", [0x48, 0x69, 0x0A, 0x0A, 0xC3, 0x28, 0x21], "is not valid UTF-8");

        // Found by the fuzzer (tests/A11yArticles.Fuzz): YamlDotNet threw InvalidOperationException on this front matter.
        data.Add(".md", "---\n: [\nt\n---\n# Title\n\nA paragraph of words.\n"u8.ToArray(), "the front matter is not valid YAML");
        data.Add(".txt", "---\n: [\nt\n---\nTitle\n\nA paragraph of words.\n"u8.ToArray(), "the front matter is not valid YAML");

        // Found by the fuzzer: an empty front matter right before the end ("---\n---") cut the text at a negative length.
        data.Add(".md", "---\n---\n: [\u0002"u8.ToArray(), "has no headline");
        data.Add(".md", "---\n---"u8.ToArray(), "has no headline");
        data.Add(".md", [0x23, 0x20, 0x48, 0x0A, 0x0A, 0xC3, 0x28, 0x21], "is not valid UTF-8");
        data.Add(".html", "<html><head><title>Nothing</title></head><body><nav><a href='/'>Home</a> <a href='/a'>About</a></nav></body></html>"u8.ToArray(), "has no article");
        data.Add(".html", "just some words, no markup at all"u8.ToArray(), "is not an HTML page");
        return data;
    }

    [Theory]
    [MemberData(nameof(BadFiles))]
    public void Bad_files_are_a_clear_error_naming_the_file(string extension, byte[] bytes, string problem)
    {
        var path = Write("bad" + extension, bytes);

        var error = Assert.Throws<ArticleImportException>(() => ArticleImporter.Import(path));

        Assert.Equal(path, error.SourceName);
        Assert.StartsWith(path + ": ", error.Message, StringComparison.Ordinal);
        Assert.Contains(problem, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Invalid_utf8_in_html_is_repaired_with_a_warning()
    {
        var html = Encoding.UTF8.GetBytes("<html><head><meta charset=\"utf-8\"><title>Broken bytes</title></head><body><article><p>" + string.Concat(Enumerable.Repeat("A paragraph of real words about the town. ", 8)) + "</p><p>Bad: ")
            .Concat(new byte[] { 0xC3, 0x28 })
            .Concat(Encoding.UTF8.GetBytes(" end.</p></article></body></html>")).ToArray();
        var path = Write("broken.html", html);

        var result = ArticleImporter.Import(path);

        Assert.Equal("Broken bytes", result.Article.Headline);
        Assert.Contains(result.Warnings, w => w.SourceName == path && w.Message.Contains("not valid UTF-8", StringComparison.Ordinal));
    }

    [Fact]
    public void Truncated_html_is_imported_as_far_as_it_goes()
    {
        var words = string.Concat(Enumerable.Repeat("The library opened on Tuesday with a crowd of readers. ", 10));
        var path = Write("truncated.html", Encoding.UTF8.GetBytes($"<html><head><title>Cut short</title></head><body><article><p>{words}</p><p>{words}</p><p>The last para"));

        var article = ArticleImporter.Import(path).Article;

        Assert.Equal("Cut short", article.Headline);
        Assert.Contains("The last para", string.Join(" ", article.AllBlocks.OfType<Model.ParagraphBlock>().Select(p => p.PlainText)), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(".txt")]
    [InlineData(".md")]
    [InlineData(".html")]
    public void A_50_megabyte_file_is_refused_quickly_with_its_size(string extension)
    {
        var path = Path.Combine(_folder, "huge" + extension);
        using (var file = File.Create(path))
        {
            var line = Encoding.UTF8.GetBytes("<p>All work and no play makes a very long file.</p>\n");
            while (file.Length < 50L * 1024 * 1024)
            {
                file.Write(line);
            }
        }

        var watch = System.Diagnostics.Stopwatch.StartNew();
        var error = Assert.Throws<ArticleImportException>(() => ArticleImporter.Import(path));

        Assert.StartsWith(path + ": is too large (50", error.Message, StringComparison.Ordinal);
        Assert.Contains("the limit for one article is 16 MiB", error.Message, StringComparison.Ordinal);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10), $"took {watch.Elapsed}");
    }

    [Fact]
    public void Ten_thousand_nested_html_elements_are_refused_without_overflowing_the_stack()
    {
        var html = "<html><head><title>Deep</title></head><body>" + string.Concat(Enumerable.Repeat("<div>", 10_000)) + "<p>Deep text.</p>" + string.Concat(Enumerable.Repeat("</div>", 10_000)) + "</body></html>";
        var path = Write("deep.html", Encoding.UTF8.GetBytes(html));

        var error = Assert.Throws<ArticleImportException>(() => ArticleImporter.Import(path));

        Assert.StartsWith(path + ": nests elements", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Html_nested_deeper_than_the_mapper_goes_is_flattened_not_lost()
    {
        var depth = 200;
        var words = string.Concat(Enumerable.Repeat("Words of the article that matter to its readers. ", 10));
        var html = $"<html><head><title>Nested</title></head><body><article><p>{words}</p>" + string.Concat(Enumerable.Repeat("<blockquote>", depth)) + "<p>Innermost words.</p>" + string.Concat(Enumerable.Repeat("</blockquote>", depth)) + "</article></body></html>";

        var article = ArticleImporter.Import(Write("nested.html", Encoding.UTF8.GetBytes(html))).Article;

        var text = string.Join(" ", article.AllBlocks.Select(block => Model.Inline.PlainTextOf(Model.ModelTraversal.InlinesOf(block))));
        Assert.Contains("Innermost words.", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(">")]
    [InlineData("- ")]
    public void Ten_thousand_nested_markdown_blocks_are_a_clear_error(string opener)
    {
        var markdown = "# Deep\n\n" + string.Concat(Enumerable.Repeat(opener, 10_000)) + " words at the bottom\n";
        var path = Write("deep.md", Encoding.UTF8.GetBytes(markdown));

        var error = Assert.Throws<ArticleImportException>(() => ArticleImporter.Import(path));

        Assert.StartsWith(path + ": nests Markdown elements", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("*")]
    [InlineData("[")]
    [InlineData("_")]
    public void Ten_thousand_nested_markdown_inline_marks_do_not_overflow_the_stack(string opener)
    {
        var markdown = "# Deep\n\n" + string.Concat(Enumerable.Repeat(opener, 10_000)) + " words at the bottom\n";
        var path = Write("deep.md", Encoding.UTF8.GetBytes(markdown));

        var result = ArticleImporter.Import(path);

        Assert.Equal("Deep", result.Article.Headline);
    }

    [Fact]
    public void Ten_thousand_nested_quotation_marks_in_plain_text_do_not_overflow_the_stack()
    {
        var text = "Deep\n\n" + string.Concat(Enumerable.Repeat("“a ", 10_000)) + string.Concat(Enumerable.Repeat("” ", 10_000));

        var result = ArticleImporter.Import(Write("deep.txt", Encoding.UTF8.GetBytes(text)));

        Assert.Equal("Deep", result.Article.Headline);
    }

    [Fact]
    public void A_stream_is_imported_with_an_explicit_format()
    {
        using var stream = new MemoryStream("# From a stream\n\nBody."u8.ToArray());

        var result = ArticleImporter.Import(stream, "memory", ArticleFormat.Markdown);

        Assert.Equal("From a stream", result.Article.Headline);
        Assert.Equal("memory", result.Article.SourceName);
    }

    [Fact]
    public void An_explicit_format_wins_over_the_extension()
    {
        var path = Write("article.txt", "# Markdown in a .txt file\n\nBody with *emphasis*."u8.ToArray());

        var result = ArticleImporter.Import(path, ArticleFormat.Markdown);

        Assert.Equal("Markdown in a .txt file", result.Article.Headline);
    }

    [Theory]
    [InlineData("a.txt", ArticleFormat.PlainText)]
    [InlineData("a.MD", ArticleFormat.Markdown)]
    [InlineData("a.markdown", ArticleFormat.Markdown)]
    [InlineData("a.html", ArticleFormat.Html)]
    [InlineData("a.htm", ArticleFormat.Html)]
    [InlineData("a.docx", null)]
    public void The_format_follows_the_extension(string path, ArticleFormat? format)
    {
        Assert.Equal(format, ArticleImporter.FormatOf(path));
    }
}
