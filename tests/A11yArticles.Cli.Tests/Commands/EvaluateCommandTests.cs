using System.Text;

namespace A11yArticles.Cli.Tests.Commands;

/// <summary>The evaluate command on a tiny corpus written here, laid out like Readability's test pages.</summary>
public sealed class EvaluateCommandTests : IDisposable
{
    private const string Words =
        "The council met on Tuesday evening in the old town hall to discuss the budget for the coming year. " +
        "Residents filled the room, and many of them stood at the back for the whole of the three-hour meeting. ";

    private readonly string _corpus = Directory.CreateTempSubdirectory("a11y-corpus-").FullName;
    private readonly StringWriter _stdout = new();
    private readonly StringWriter _stderr = new();

    public void Dispose() => Directory.Delete(_corpus, recursive: true);

    private void Page(string name, string source, string metadata, string expected)
    {
        var folder = Path.Combine(_corpus, name);
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "source.html"), source, new UTF8Encoding(false));
        File.WriteAllText(Path.Combine(folder, "expected-metadata.json"), metadata, new UTF8Encoding(false));
        File.WriteAllText(Path.Combine(folder, "expected.html"), expected, new UTF8Encoding(false));
    }

    private void GoodPage() => Page(
        "good",
        $"<html lang=en><head><title>Library budget approved</title><meta name=author content='Rosa Elvira Méndez'></head><body><nav><a href=/>Home</a></nav><article><p>{Words}</p><p>She called it <q>a good day</q>. {Words}</p></article></body></html>",
        """{"title": "Library budget approved", "byline": "Rosa Elvira Méndez", "lang": "en", "dir": null}""",
        $"<div><p>{Words}</p><p>She called it <q>a good day</q>. {Words}</p></div>");

    private Task<int> Run(params string[] args) => CliApplication.RunAsync(args, _stdout, _stderr);

    [Fact]
    public async Task Prints_a_row_per_page_and_the_totals_against_the_targets()
    {
        GoodPage();

        var exitCode = await Run("evaluate", _corpus, "--require-targets");

        var output = _stdout.ToString();
        Assert.Equal(0, exitCode);
        Assert.Contains("| good | yes | yes | yes | yes | 100.0% | 1/1 | pass |", output, StringComparison.Ordinal);
        Assert.Contains("title: 1/1 (100.0%), target 1/1 met", output, StringComparison.Ordinal);
        Assert.Contains("All targets met.", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missed_target_is_shown_and_fails_only_when_targets_are_required()
    {
        GoodPage();
        Page(
            "wrong",
            $"<html lang=fr><head><title>Un autre titre</title></head><body><article><p>{Words}</p></article></body></html>",
            """{"title": "The expected title", "byline": "Someone", "lang": "en", "dir": "ltr"}""",
            $"<div><p>{Words}</p><p>Words we never had, quoted: <q>lost</q>.</p></div>");

        var relaxed = await Run("evaluate", _corpus);
        var strict = await Run("evaluate", _corpus, "--require-targets");

        Assert.Equal(0, relaxed);
        Assert.Equal(1, strict);
        var output = _stdout.ToString();
        Assert.Contains("| wrong | NO | NO | NO | yes |", output, StringComparison.Ordinal);
        Assert.Contains("| 1/0 ✗ |", output, StringComparison.Ordinal);
        Assert.Contains("title: 1/2 (50.0%), target 2/2 MISSED", output, StringComparison.Ordinal);
        Assert.Contains("Some targets missed.", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_page_that_cannot_be_imported_is_a_row_with_its_error()
    {
        GoodPage();
        Page("empty", "", "{}", "<p>text</p>");

        var exitCode = await Run("evaluate", _corpus, "--require-targets");

        Assert.Equal(1, exitCode);
        Assert.Contains("| empty | ERROR |", _stdout.ToString(), StringComparison.Ordinal);
        Assert.Contains("the file is empty", _stderr.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_folder_is_named()
    {
        var missing = Path.Combine(_corpus, "nope");

        var exitCode = await Run("evaluate", missing);

        Assert.Equal(1, exitCode);
        Assert.Equal($"error: {missing}: folder not found{Environment.NewLine}", _stderr.ToString());
    }
}

/// <summary>The preservation table of the evaluate command, on a page written here.</summary>
public sealed class EvaluatePreservationTests : IDisposable
{
    private const string Words =
        "The council met on Tuesday evening in the old town hall to discuss the budget for the coming year. " +
        "Residents filled the room, and many of them stood at the back for the whole of the three-hour meeting. ";

    private readonly string _corpus = Directory.CreateTempSubdirectory("a11y-preservation-").FullName;
    private readonly StringWriter _stdout = new();
    private readonly StringWriter _stderr = new();

    public void Dispose() => Directory.Delete(_corpus, recursive: true);

    /// <summary>Writes a page of the corpus: an English page with the title as its h1, its metadata, and the reference.</summary>
    private void WritePage(string name, string title, string articleHtml, string expectedHtml, string beforeArticle = "")
    {
        var folder = Path.Combine(_corpus, name);
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "source.html"), $"<html lang=en><head><title>{title}</title></head><body>{beforeArticle}<article><h1>{title}</h1>{articleHtml}</article></body></html>", new UTF8Encoding(false));
        File.WriteAllText(Path.Combine(folder, "expected-metadata.json"), $$"""{"title": "{{title}}", "byline": null, "lang": "en", "dir": null}""", new UTF8Encoding(false));
        File.WriteAllText(Path.Combine(folder, "expected.html"), expectedHtml, new UTF8Encoding(false));
    }

    [Fact]
    public async Task Counts_each_kind_of_structure_kept_per_page_and_in_total()
    {
        const string Article = $"""
            <h2>What the library lends</h2>
            <p>{Words} Read the <a href="/plan">full plan</a>.</p>
            <ul><li>Books, for four weeks.</li><li>Tools, for one week.</li></ul>
            <figure><img src="/room.jpg" alt="The reading room"><figcaption>The reading room before the opening.</figcaption></figure>
            <p>{Words}</p>
            <table><tr><th>Floor</th><th>Rooms</th></tr><tr><td>Ground</td><td>Newspapers</td></tr></table>
            """;
        WritePage("library", "Library budget approved", Article, $"<div>{Article}</div>", beforeArticle: "<nav><a href=/>Home</a></nav>");

        var exitCode = await CliApplication.RunAsync(["evaluate", _corpus], _stdout, _stderr);

        var output = _stdout.ToString();
        Assert.Equal(0, exitCode);
        Assert.Contains("| page | headings | lists | list items | figure captions | image alt | block quotes | quote speakers | table headers | links | lang/dir | alt invented |", output, StringComparison.Ordinal);
        // The table with header cells is a data table: kept with its headers.
        Assert.Contains("| library | 1/1 | 1/1 | 2/2 | 1/1 | 1/1 | – | – | 1/1 | 1/1 | 2/2 | 0 |", output, StringComparison.Ordinal);
        Assert.Contains("table headers kept: 1/1 (100.0%), target 95.0% met", output, StringComparison.Ordinal);
        Assert.Contains("alt texts invented: 0, target 0 met", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_figure_caption_is_kept_with_its_credit_before_or_after_it()
    {
        const string Article = $"""
            <p>{Words}</p>
            <figure><img src="/room.jpg" alt="The reading room"><figcaption><span class="credit">Example Agency</span> <span>The reading room before the opening.</span></figcaption></figure>
            <figure><img src="/door.jpg" alt="The door"><figcaption><span>The new door of the library.</span> <span class="credit">Photo: Ana Lima</span></figcaption></figure>
            <p>{Words}</p>
            """;
        WritePage("credits", "The reading room", Article, $"<div>{Article}</div>");

        var exitCode = await CliApplication.RunAsync(["evaluate", _corpus], _stdout, _stderr);

        Assert.Equal(0, exitCode);
        Assert.Contains("figure captions kept: 2/2 (100.0%)", _stdout.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Only_passages_in_another_language_than_the_one_around_them_count_as_foreign()
    {
        const string Article = $"""
            <div lang="en"><p lang="en">{Words}</p>
            <p>The new hall is named <i lang="mi">Te Whare Pukapuka</i>, the house of books. {Words}</p></div>
            """;
        WritePage("names", "The library's name", Article, $"<div>{Article}</div>");

        var exitCode = await CliApplication.RunAsync(["evaluate", _corpus], _stdout, _stderr);

        // The page's two (language and direction) and the Māori name: the wrappers marked "en" inside an English page are not passages.
        Assert.Equal(0, exitCode);
        Assert.Contains("lang/dir kept: 3/3 (100.0%)", _stdout.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Structure_not_kept_is_a_missed_target_that_fails_when_targets_are_required()
    {
        // The same words, but the reference reads them as a list the page does not have.
        const string Items = "<p>Books, for four weeks.</p><p>Tools, for one week.</p>";
        const string List = "<ul><li>Books, for four weeks.</li><li>Tools, for one week.</li></ul>";
        WritePage("lending", "Lending rules", $"<p>{Words}</p>{Items}<p>{Words}</p>", $"<div><p>{Words}</p>{List}<p>{Words}</p></div>");

        var lenient = await CliApplication.RunAsync(["evaluate", _corpus], _stdout, _stderr);
        var strict = await CliApplication.RunAsync(["evaluate", _corpus, "--require-targets"], _stdout, _stderr);

        var output = _stdout.ToString();
        Assert.Equal(0, lenient);
        Assert.Equal(1, strict);
        Assert.Contains("lists kept: 0/1 (0.0%), target 95.0% MISSED", output, StringComparison.Ordinal);
        Assert.Contains("words kept >= 98.0%", output, StringComparison.Ordinal);
        Assert.DoesNotContain("target 1/1 MISSED", output, StringComparison.Ordinal); // only the structure misses its target
        Assert.Contains("Some targets missed.", output, StringComparison.Ordinal);
    }
}
