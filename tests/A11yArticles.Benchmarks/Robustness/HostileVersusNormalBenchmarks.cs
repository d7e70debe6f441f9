using A11yArticles.Checks;
using A11yArticles.Importers;
using A11yArticles.Rendering;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;

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
[Config(typeof(CliRuntime))]
public class HostileVersusNormalBenchmarks
{
    /// <summary>
    /// The runtime settings of the CLI (src/A11yArticles.Cli/A11yArticles.Cli.csproj): server GC
    /// without background collections, a 32 MB large-object threshold, no instrumented tier, loops
    /// optimised at once. A 1 MB page allocates tens of megabytes, so the collector decides much of
    /// the difference between pages; measuring with other settings would not be what a user gets.
    /// </summary>
    private sealed class CliRuntime : ManualConfig
    {
        public CliRuntime() => AddJob(Job.Default
            .WithLaunchCount(1)
            .WithWarmupCount(1)
            .WithIterationCount(5)
            .WithGcServer(true)
            .WithGcConcurrent(false)
            .WithEnvironmentVariables(
                new EnvironmentVariable("DOTNET_TieredPGO", "0"),
                new EnvironmentVariable("DOTNET_TC_QuickJitForLoops", "0"),
                new EnvironmentVariable("DOTNET_GCLOHThreshold", "0x2000000")));
    }

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
