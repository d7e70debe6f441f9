using System.Text;
using A11yArticles.Importers;
using A11yArticles.Importers.Html;
using A11yArticles.Importers.Markdown;
using A11yArticles.Importers.PlainText;
using AngleSharp.Html.Parser;
using BenchmarkDotNet.Attributes;

namespace A11yArticles.Benchmarks.Importers;

/// <summary>
/// The plain-text importer against its floor, reading the file's bytes: on the seed and on a
/// 100-paragraph article.
/// </summary>
[MemoryDiagnoser]
public class PlainTextImporterBenchmarks
{
    private string _hundredPath = "";

    [GlobalSetup]
    public void Setup()
    {
        _hundredPath = Path.Combine(Path.GetTempPath(), "a11y-bench-100.txt");
        File.WriteAllText(_hundredPath, BenchmarkInputs.HundredParagraphText);
    }

    [GlobalCleanup]
    public void Cleanup() => File.Delete(_hundredPath);

    [Benchmark(Baseline = true)]
    public byte[] ReadSeedFile() => File.ReadAllBytes(BenchmarkInputs.SeedPath);

    [Benchmark]
    public ImportResult ImportSeed() => ArticleImporter.Import(BenchmarkInputs.SeedPath);

    [Benchmark]
    public byte[] ReadHundredParagraphFile() => File.ReadAllBytes(_hundredPath);

    [Benchmark]
    public ImportResult ImportHundredParagraphs() => ArticleImporter.Import(_hundredPath);
}

/// <summary>The Markdown importer on the seed's text as Markdown and on a 100-paragraph article, against reading the file.</summary>
[MemoryDiagnoser]
public class MarkdownImporterBenchmarks
{
    private readonly byte[] _seed = Encoding.UTF8.GetBytes("# " + File.ReadAllText(BenchmarkInputs.SeedPath).Split("\n\n", 2)[1]);
    private readonly byte[] _hundred = Encoding.UTF8.GetBytes(BenchmarkInputs.HundredParagraphMarkdown);

    [Benchmark]
    public ImportResult ImportSeedAsMarkdown() => MarkdownImporter.Import(_seed, "seed.md");

    [Benchmark(Baseline = true)]
    public ImportResult ImportHundredParagraphs() => MarkdownImporter.Import(_hundred, "hundred.md");
}

/// <summary>
/// The HTML importer against its floor, AngleSharp parsing the same page: on the seed as a small
/// page, and on a generated page shaped like a real news page (chrome, scripts, 100 paragraphs).
/// </summary>
[MemoryDiagnoser]
public class HtmlImporterBenchmarks
{
    private static readonly HtmlParser Parser = new();
    private static readonly HtmlParser QuietParser = new(new HtmlParserOptions { IsKeepingSourceReferences = false });
    private readonly string _seedPage = "<!DOCTYPE html><html lang=en><head><title>AMLO welcomes US Vice President Kamala Harris</title></head><body><article>"
        + string.Concat(File.ReadAllText(BenchmarkInputs.SeedPath).Split("\n\n").Skip(2).Select(p => "<p>" + System.Net.WebUtility.HtmlEncode(p) + "</p>"))
        + "</article></body></html>";

    private readonly string _newsPage = BenchmarkInputs.NewsPage;

    [Benchmark]
    public object ParseSeedPageWithAngleSharp() => Parser.ParseDocument(_seedPage);

    [Benchmark]
    public ImportResult ImportSeedPage() => HtmlImporter.Parse(_seedPage, "seed.html");

    [Benchmark(Baseline = true)]
    public object ParseNewsPageWithAngleSharp() => Parser.ParseDocument(_newsPage);

    [Benchmark]
    public ImportResult ImportNewsPage() => HtmlImporter.Parse(_newsPage, "news.html");

    /// <summary>
    /// SmartReader alone on the news page (a parse, its extraction and the article's markup), as the
    /// importer calls it: the part of the import that this project does not write, for comparison.
    /// </summary>
    [Benchmark]
    public string ExtractNewsPageWithSmartReader()
    {
        var reader = new SmartReader.Reader("https://article.invalid/", QuietParser.ParseDocument(_newsPage))
        {
            Debug = false,
            ContinueIfNotReadable = true,
            KeepClasses = true,
        };
        return reader.GetArticle().Content;
    }
}
