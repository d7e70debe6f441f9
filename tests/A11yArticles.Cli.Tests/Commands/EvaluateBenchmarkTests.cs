using System.IO.Compression;
using System.Text;
using System.Text.Json;

namespace A11yArticles.Cli.Tests.Commands;

/// <summary>The evaluate command on a tiny corpus laid out like the article-extraction benchmark, written here.</summary>
public sealed class EvaluateBenchmarkTests : IDisposable
{
    private const string Story =
        "The council met on Tuesday evening in the old town hall to discuss the budget for the coming year. " +
        "Residents filled the room, and many of them stood at the back for the whole of the three-hour meeting.";

    private const string Second =
        "The new library will open in the spring with a reading room for children and longer opening hours on weekdays.";

    private const string Readme = """
        # Pages

        Some words about the pages.

        | extractor | F1 | precision | recall |
        |---|---|---|---|
        | Perfect Extractor | 0.990 | 0.995 | 0.985 |
        | Weak Extractor | 0.500 | 0.400 | 0.700 |

        Text after the table.
        """;

    private readonly string _corpus = Directory.CreateTempSubdirectory("a11y-benchmark-").FullName;
    private readonly StringWriter _stdout = new();
    private readonly StringWriter _stderr = new();
    private readonly Dictionary<string, object> _truth = [];

    public void Dispose() => Directory.Delete(_corpus, recursive: true);

    private void Page(string key, string html, string articleBody)
    {
        Directory.CreateDirectory(Path.Combine(_corpus, "html"));
        using (var file = File.Create(Path.Combine(_corpus, "html", key + ".html.gz")))
        using (var gzip = new GZipStream(file, CompressionLevel.Fastest))
        {
            gzip.Write(Encoding.UTF8.GetBytes(html));
        }

        _truth[key] = new { articleBody, url = $"https://example.org/{key}" };
        File.WriteAllText(Path.Combine(_corpus, "ground-truth.json"), JsonSerializer.Serialize(_truth));
    }

    private static string Html(string body) =>
        $"<html lang=en><head><title>Library budget approved</title></head><body><nav><a href=/>Home</a> <a href=/news>News</a></nav><article><h1>Library budget approved</h1>{body}</article></body></html>";

    private Task<int> Run(params string[] args) => CliApplication.RunAsync(args, _stdout, _stderr);

    [Fact]
    public async Task Scores_each_page_and_prints_our_figures_among_those_of_the_readme()
    {
        File.WriteAllText(Path.Combine(_corpus, "README.md"), Readme);
        Page("exact", Html($"<p>{Story}</p><p>{Second}</p>"), $"{Story}\n{Second}");

        var exitCode = await Run("evaluate", _corpus);

        var output = _stdout.ToString();
        Assert.Equal(0, exitCode);
        Assert.Contains("| exact | 1.000 | 1.000 | 1.000 | yes |", output, StringComparison.Ordinal);
        Assert.Contains("Pages: 1, imported: 1, exact: 100.0%", output, StringComparison.Ordinal);
        var perfect = output.IndexOf("| Perfect Extractor | 0.990 | 0.995 | 0.985 |", StringComparison.Ordinal);
        var ours = output.IndexOf("| **A11yArticles (this build)** | 1.000 | 1.000 | 1.000 |", StringComparison.Ordinal);
        var weak = output.IndexOf("| Weak Extractor | 0.500 | 0.400 | 0.700 |", StringComparison.Ordinal);
        Assert.True(ours >= 0 && perfect > ours && weak > perfect, output);
        Assert.Contains("All targets met.", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_renderers_way_finding_around_an_embed_is_not_counted_as_extracted_text()
    {
        // The importer keeps the frame as an embed; the rendered article adds "Skip maps.example.org
        // content", "End of … content" and "View the original …", which are not extracted words.
        Page("embed", Html($"<p>{Story}</p><iframe src=\"https://maps.example.org/embed/1\" title=\"Map of the town hall\" width=\"600\" height=\"400\"></iframe><p>{Second}</p>"), $"{Story}\n{Second}");

        var exitCode = await Run("evaluate", _corpus);

        Assert.Equal(0, exitCode);
        Assert.Contains("| embed | 1.000 | 1.000 | 1.000 | yes |", _stdout.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_renderers_name_for_a_table_without_a_caption_is_not_counted_but_a_tables_own_caption_is()
    {
        // A data table without a caption is rendered with a visually hidden "Table 1" that names its
        // region: the renderer's words, not extracted ones. A caption the page gives is the page's.
        const string Rows = "<thead><tr><th>Name</th><th>Votes</th></tr></thead><tbody><tr><td>Ana</td><td>7</td></tr><tr><td>Tom</td><td>4</td></tr></tbody>";
        Page("unnamed", Html($"<p>{Story}</p><table>{Rows}</table><p>{Second}</p>"), $"{Story}\nName Votes\nAna 7\nTom 4\n{Second}");
        Page("named", Html($"<p>{Story}</p><table><caption>Votes cast on Tuesday evening</caption>{Rows}</table><p>{Second}</p>"), $"{Story}\nName Votes\nAna 7\nTom 4\n{Second}");

        var exitCode = await Run("evaluate", _corpus);

        Assert.Equal(0, exitCode);
        var output = _stdout.ToString();
        Assert.Contains("| unnamed | 1.000 | 1.000 | 1.000 | yes |", output, StringComparison.Ordinal);
        Assert.Matches(@"\| named \| 0\.[0-9]\d\d \|", output);
        Assert.DoesNotContain("| named | 1.000 |", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Extra_text_lowers_precision_and_a_missed_target_fails_only_when_required()
    {
        Page("exact", Html($"<p>{Story}</p>"), Story);
        Page("extra", Html($"<p>{Story}</p><p>{Second}</p>"), Story);

        var relaxed = await Run("evaluate", _corpus, "--verbose");
        var strict = await Run("evaluate", _corpus, "--require-targets");

        Assert.Equal(0, relaxed);
        Assert.Equal(1, strict);
        var output = _stdout.ToString();
        Assert.Matches(@"\| extra \| 0\.[0-8]\d\d \| 1\.000 \| 0\.\d{3} \| no \|", output);
        Assert.Contains("    extra:   The new library will open", output, StringComparison.Ordinal);
        Assert.Contains("(the folder's README lists no other extractor's figures)", output, StringComparison.Ordinal);
        Assert.Contains("precision: 0.", output, StringComparison.Ordinal);
        Assert.Contains("MISSED", output, StringComparison.Ordinal);
        Assert.Contains("Some targets missed.", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Image_captions_count_in_the_score_and_are_also_shown_left_out_for_comparison()
    {
        Page("figure", Html($"<p>{Story}</p><figure><img src=\"/room.jpg\" alt=\"The reading room\"><figcaption>The reading room on the morning it opened to the public.</figcaption></figure><p>{Second}</p>"), $"{Story}\n{Second}");

        await Run("evaluate", _corpus);

        var output = _stdout.ToString();
        // The caption's words are extra (precision below 1) and split the truth's text (a few shingles missed).
        Assert.Matches(@"\| figure \| 0\.[0-8]\d\d \| 0\.9\d\d \|", output);
        Assert.Contains("for comparison only: F1 1.000, precision 1.000, recall 1.000", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_page_that_cannot_be_imported_scores_no_recall_and_is_named()
    {
        Page("exact", Html($"<p>{Story}</p>"), Story);
        Page("navigation", "<html><head><title>Menu</title></head><body><nav><a href=/a>A</a></nav></body></html>", Story);

        var exitCode = await Run("evaluate", _corpus, "--require-targets");

        Assert.Equal(1, exitCode);
        Assert.Contains("| navigation | ERROR | 0.000 | 0.000 |", _stdout.ToString(), StringComparison.Ordinal);
        Assert.Contains("navigation.html.gz: has no article", _stderr.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_ground_truth_that_is_not_json_is_named()
    {
        Page("exact", Html($"<p>{Story}</p>"), Story);
        File.WriteAllText(Path.Combine(_corpus, "ground-truth.json"), "{ not json");

        var exitCode = await Run("evaluate", _corpus);

        Assert.Equal(1, exitCode);
        Assert.Contains("ground-truth.json: is not valid JSON", _stderr.ToString(), StringComparison.Ordinal);
    }
}
