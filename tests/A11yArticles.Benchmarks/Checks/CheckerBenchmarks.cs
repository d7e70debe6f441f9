using System.Text;
using A11yArticles.Checks;
using A11yArticles.Rendering;
using A11yArticles.Importers;
using AngleSharp.Dom;
using BenchmarkDotNet.Attributes;

namespace A11yArticles.Benchmarks.Checks;

/// <summary>
/// The full rule set against AngleSharp's parse of the same HTML (the baseline), on the rendered seed
/// page and on a ~1 MB article page. The ratio "Check / Parse" is what docs/performance.md records.
/// Set <c>A11Y_BENCHMARK_PAGE</c> to the path of a saved real page (for example
/// <c>../shared/corpus/readability/wikipedia-2/source.html</c>, 1 MB) to measure it as a third page;
/// real pages are read from where they are, never copied into the repository.
/// </summary>
[MemoryDiagnoser]
public class CheckerBenchmarks
{
    private string html = string.Empty;
    private IDocument document = null!;

    private const string RealPageVariable = "A11Y_BENCHMARK_PAGE";

    [ParamsSource(nameof(Pages))]
    public string Page { get; set; } = "seed page";

    /// <summary>The pages measured: the seed's, the generated 1 MB one, and a real one if <c>A11Y_BENCHMARK_PAGE</c> names it.</summary>
    public static IEnumerable<string> Pages()
    {
        yield return "seed page";
        yield return "1 MB page";
        if (Environment.GetEnvironmentVariable(RealPageVariable) is { Length: > 0 } path)
        {
            yield return "real page: " + Path.GetFileName(Path.GetDirectoryName(Path.GetFullPath(path)));
        }
    }

    [GlobalSetup]
    public void Setup()
    {
        html = Page switch
        {
            "seed page" => SeedPage(),
            "1 MB page" => MegabytePage(),
            _ => File.ReadAllText(Environment.GetEnvironmentVariable(RealPageVariable)!),
        };
        document = HtmlChecker.Parse(html);
    }

    [Benchmark(Baseline = true, Description = "Parse (AngleSharp)")]
    public IDocument Parse() => HtmlChecker.Parse(html);

    [Benchmark(Description = "Check (all rules, parsed document)")]
    public int Check() => HtmlChecker.Default.Check(document).Findings.Count;

    [Benchmark(Description = "Parse + check")]
    public int ParseAndCheck() => HtmlChecker.Default.Check(html).Findings.Count;

    private static string SeedPage()
    {
        var seed = Path.Combine(AppContext.BaseDirectory, "seeds", "amlo-welcomes-harris.txt");
        return ArticleRenderer.RenderPageAsync(ArticleImporter.ImportFile(seed)).GetAwaiter().GetResult();
    }

    /// <summary>
    /// A long news page of about 1 MB: the seed article's text repeated as sections with headings,
    /// quotations, figures, links, lists, a table and a form, inside a real page shell.
    /// </summary>
    internal static string MegabytePage()
    {
        var seed = SeedPage();
        var paragraphs = HtmlChecker.Parse(seed).QuerySelectorAll("article p").Select(p => p.InnerHtml).ToArray();
        var builder = new StringBuilder("""
            <!DOCTYPE html><html lang="en" dir="ltr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>A long page</title><style>.visually-hidden{position:absolute;clip:rect(0 0 0 0)} .hide{display:none}</style></head>
            <body><a href="#main">Skip to main content</a><header><p>Site</p><nav aria-label="Sections"><ul><li><a href="/world">World</a></li><li><a href="/politics">Politics</a></li></ul></nav></header>
            <main id="main"><article aria-labelledby="h"><h1 id="h">A long page</h1>
            """);
        var section = 0;
        while (builder.Length < 1_000_000)
        {
            builder.Append($"<section aria-labelledby=\"s{section}\"><h2 id=\"s{section}\">Part {section}</h2>");
            foreach (var paragraph in paragraphs)
            {
                builder.Append("<p>").Append(paragraph).Append("</p>");
            }

            builder.Append($"<figure><img src=\"photo{section}.jpg\" alt=\"Photo {section}\"><figcaption>Caption {section}</figcaption></figure>");
            builder.Append("<figure><blockquote><p>We will work together.</p></blockquote><figcaption>The president</figcaption></figure>");
            builder.Append($"<ul><li><a href=\"/story/{section}\">Related story {section}</a></li><li><time datetime=\"2021-06-08\">8 June</time></li></ul>");
            builder.Append($"<table><caption>Figures {section}</caption><tr><th scope=\"col\">Year</th><th scope=\"col\">Value</th></tr><tr><td>2021</td><td>{section}</td></tr></table>");
            builder.Append($"<form aria-label=\"Comment {section}\"><label for=\"c{section}\">Comment</label><textarea id=\"c{section}\"></textarea><button>Send</button></form></section>");
            section++;
        }

        builder.Append("</article></main><footer><p>Site</p></footer></body></html>");
        return builder.ToString();
    }
}
