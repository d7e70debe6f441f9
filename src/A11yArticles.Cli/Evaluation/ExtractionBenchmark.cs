using System.Globalization;
using System.IO.Compression;
using System.Text.Json;
using A11yArticles.Importers;
using A11yArticles.Rendering;
using AngleSharp.Html.Parser;

namespace A11yArticles.Cli.Evaluation;

/// <summary>
/// The article-extraction benchmark's layout: <c>html/&lt;key&gt;.html.gz</c> (or <c>.html</c>) per page and
/// <c>ground-truth.json</c> (<c>{ "key": { "articleBody": "...", "url": "..." } }</c>). Each page is
/// imported and rendered; our prediction is the text of the rendered article's body (what a reader is
/// read after the headline and byline), scored with <see cref="ShingleMetric"/>; also without the
/// captions of image figures, for comparison.
/// </summary>
internal static class ExtractionBenchmark
{
    public const string GroundTruthFile = "ground-truth.json";

    private static readonly HtmlParser Parser = new();

    /// <summary>True when the folder is laid out like the benchmark.</summary>
    public static bool IsBenchmark(string folder) =>
        File.Exists(Path.Combine(folder, GroundTruthFile)) && Directory.Exists(Path.Combine(folder, "html"));

    /// <summary>The ground truth: key → article body. A malformed file is an error naming it.</summary>
    public static IReadOnlyList<(string Key, string Body)> ReadGroundTruth(string folder)
    {
        var path = Path.Combine(folder, GroundTruthFile);
        try
        {
            using var json = JsonDocument.Parse(File.ReadAllBytes(path));
            if (json.RootElement.ValueKind != JsonValueKind.Object)
            {
                throw new InvalidDataException($"{path}: expected an object of pages (\"key\": {{ \"articleBody\": ... }})");
            }

            var pages = new List<(string, string)>();
            foreach (var page in json.RootElement.EnumerateObject())
            {
                var body = page.Value.ValueKind == JsonValueKind.Object && page.Value.TryGetProperty("articleBody", out var value) && value.ValueKind == JsonValueKind.String
                    ? value.GetString()!
                    : throw new InvalidDataException($"{path}: page '{page.Name}' has no \"articleBody\" string");
                pages.Add((page.Name, body));
            }

            return [.. pages.OrderBy(page => page.Item1, StringComparer.Ordinal)];
        }
        catch (JsonException error)
        {
            throw new InvalidDataException($"{path}: is not valid JSON ({error.Message})", error);
        }
    }

    /// <summary>Imports and scores every page of the ground truth, in key order.</summary>
    public static async Task<IReadOnlyList<BenchmarkPage>> RunAsync(string folder, TextWriter stderr, CancellationToken cancellationToken)
    {
        var truth = ReadGroundTruth(folder);
        var results = new BenchmarkPage[truth.Count];
        var warnings = new string?[truth.Count];
        await Parallel.ForAsync(0, truth.Count, new ParallelOptions { CancellationToken = cancellationToken, MaxDegreeOfParallelism = Environment.ProcessorCount }, async (i, token) =>
        {
            var (key, body) = truth[i];
            var (prediction, withoutCaptions, error) = await PredictAsync(folder, key);
            results[i] = new BenchmarkPage(key, ShingleMetric.Score(body, prediction))
            {
                Error = error,
                Prediction = prediction,
                Truth = body,
                ScoreWithoutCaptions = ShingleMetric.Score(body, withoutCaptions),
            };
            warnings[i] = error;
        });

        foreach (var (page, error) in results.Zip(warnings))
        {
            if (error is not null)
            {
                await stderr.WriteLineAsync($"error: {error}");
            }
        }

        return results;
    }

    /// <summary>The text of the rendered article body for one page, or the error that stopped its import.</summary>
    private static async Task<(string Prediction, string WithoutCaptions, string? Error)> PredictAsync(string folder, string key)
    {
        var gz = Path.Combine(folder, "html", key + ".html.gz");
        var plain = Path.Combine(folder, "html", key + ".html");
        var path = File.Exists(gz) ? gz : plain;
        if (!File.Exists(path))
        {
            return ("", "", $"{gz}: not found (the ground truth names page '{key}')");
        }

        byte[] bytes;
        try
        {
            bytes = path.EndsWith(".gz", StringComparison.Ordinal) ? Gunzip(path) : await File.ReadAllBytesAsync(path);
        }
        catch (InvalidDataException error)
        {
            return ("", "", $"{path}: is not a gzip file ({error.Message})");
        }

        try
        {
            using var stream = new MemoryStream(bytes, writable: false);
            var article = ArticleImporter.Import(stream, path, ArticleFormat.Html).Article;
            var rendered = Parser.ParseDocument(await ArticleRenderer.RenderArticleAsync(article));
            var body = rendered.QuerySelector(".a11y-article__body");
            if (body is null)
            {
                return ("", "", null);
            }

            // The renderer's own way-finding around an embed ("Skip X content", "End of X content",
            // "View the original on X") and the name it gives a table without a caption ("Table 1",
            // visually hidden) are not text the importer extracted: the benchmark's metric compares
            // extracted words, so the renderer's words are left out of it.
            foreach (var aid in body.QuerySelectorAll(RendererAids).ToList())
            {
                aid.Remove();
            }

            var full = CorpusEvaluation.VisibleText(body);
            foreach (var caption in body.QuerySelectorAll("figure.a11y-figure > figcaption").ToList())
            {
                caption.Remove();
            }

            return (full, CorpusEvaluation.VisibleText(body), null);
        }
        catch (ArticleImportException error)
        {
            return ("", "", error.Message);
        }
    }

    /// <summary>
    /// The components' way-finding text around embedded content (see docs/components/embed.md) and
    /// the visually hidden "Table N" caption a data table without a caption of its own is given.
    /// </summary>
    private const string RendererAids = ".a11y-embed > .a11y-skip-link, .a11y-embed__end, .a11y-embed__original, .a11y-table__caption.visually-hidden";

    private static byte[] Gunzip(string path)
    {
        using var file = File.OpenRead(path);
        using var gzip = new GZipStream(file, CompressionMode.Decompress);
        using var bytes = new MemoryStream();
        gzip.CopyTo(bytes);
        return bytes.ToArray();
    }

    /// <summary>
    /// The other extractors' figures from the corpus's README: the first Markdown table whose header
    /// names an extractor column and F1, precision and recall. None when there is no README or no such table.
    /// </summary>
    public static IReadOnlyList<PublishedScore> PublishedScores(string folder)
    {
        var readme = Directory.EnumerateFiles(folder, "README*").Order(StringComparer.Ordinal).FirstOrDefault();
        return readme is null ? [] : ParsePublishedScores(File.ReadAllLines(readme));
    }

    internal static IReadOnlyList<PublishedScore> ParsePublishedScores(IEnumerable<string> lines)
    {
        var scores = new List<PublishedScore>();
        int[]? columns = null;
        foreach (var line in lines)
        {
            var trimmed = line.Trim();
            if (!trimmed.StartsWith('|'))
            {
                if (columns is not null && scores.Count > 0)
                {
                    break;
                }

                columns = null;
                continue;
            }

            var cells = trimmed.Trim('|').Split('|').Select(cell => cell.Trim()).ToArray();
            if (columns is null)
            {
                var f1 = Array.FindIndex(cells, cell => cell.Equals("F1", StringComparison.OrdinalIgnoreCase));
                var precision = Array.FindIndex(cells, cell => cell.Equals("precision", StringComparison.OrdinalIgnoreCase));
                var recall = Array.FindIndex(cells, cell => cell.Equals("recall", StringComparison.OrdinalIgnoreCase));
                if (f1 > 0 && precision > 0 && recall > 0)
                {
                    columns = [f1, precision, recall];
                }

                continue;
            }

            if (cells.Length > columns.Max()
                && double.TryParse(cells[columns[0]], NumberStyles.Float, CultureInfo.InvariantCulture, out var f)
                && double.TryParse(cells[columns[1]], NumberStyles.Float, CultureInfo.InvariantCulture, out var p)
                && double.TryParse(cells[columns[2]], NumberStyles.Float, CultureInfo.InvariantCulture, out var r))
            {
                scores.Add(new PublishedScore(cells[0], f, p, r));
            }
        }

        return scores;
    }
}

/// <summary>One benchmark page's score.</summary>
internal sealed record BenchmarkPage(string Key, ShingleMetric.PageScore Score)
{
    public string? Error { get; init; }

    public string Prediction { get; init; } = "";

    public string Truth { get; init; } = "";

    /// <summary>The score of the body text without the captions of image figures (the ground truth has none; readers keep them).</summary>
    public ShingleMetric.PageScore? ScoreWithoutCaptions { get; init; }
}

/// <summary>An extractor's figures as the corpus's README gives them.</summary>
internal sealed record PublishedScore(string Extractor, double F1, double Precision, double Recall);
