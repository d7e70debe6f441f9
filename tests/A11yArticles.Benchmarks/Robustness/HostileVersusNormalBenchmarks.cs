using A11yArticles.Checks;
using A11yArticles.Importers;
using A11yArticles.Rendering;
using BenchmarkDotNet.Attributes;

namespace A11yArticles.Benchmarks.Robustness;

/// <summary>
/// Issue 15: a 1 MB hostile page must cost at most twice a normal 1 MB page. Each page of
/// <see cref="HostileBenchmarkPages"/> is checked and rendered as the CLI does it per file
/// (<c>check</c>: <see cref="HtmlChecker.CheckFileAsync"/>; <c>render</c>: import the file, render the
/// page); a refusal is an outcome too, and is what a limit costs. docs/performance.md divides each
/// page's mean by the normal page's from the same run. Set <c>A11Y_BENCHMARK_PAGE</c> to a real
/// 1 MB page to add it as a second normal page.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 5)]
public class HostileVersusNormalBenchmarks
{
    [ParamsSource(nameof(Pages))]
    public string Page { get; set; } = HostileBenchmarkPages.Normal;

    public static IEnumerable<string> Pages() => HostileBenchmarkPages.Names();

    [Benchmark(Description = "check (file)")]
    public string Check() => CheckFile(HostileBenchmarkPages.PathOf(Page));

    [Benchmark(Description = "render (import + page)")]
    public string Render() => RenderFile(HostileBenchmarkPages.PathOf(Page));

    /// <summary>Checks the file as <c>check</c> does; returns what came of it.</summary>
    internal static string CheckFile(string path)
    {
        try
        {
            return $"{HtmlChecker.Default.CheckFileAsync(path).GetAwaiter().GetResult().Findings.Count} findings";
        }
        catch (PageRefusedException)
        {
            return "check refused";
        }
    }

    /// <summary>Imports and renders the file as <c>render</c> does; returns what came of it.</summary>
    internal static string RenderFile(string path)
    {
        try
        {
            return $"{ArticleRenderer.RenderPageAsync(ArticleImporter.ImportFile(path)).GetAwaiter().GetResult().Length / 1024} KB page";
        }
        catch (ArticleImportException)
        {
            return "render refused";
        }
    }
}
