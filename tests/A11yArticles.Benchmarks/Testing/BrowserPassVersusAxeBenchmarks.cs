using A11yArticles.Components;
using A11yArticles.Importers;
using A11yArticles.Rendering;
using A11yArticles.Testing;
using A11yArticles.Testing.Browsers;
using A11yArticles.Testing.BrowserChecks;
using A11yArticles.Testing.Hosting;
using BenchmarkDotNet.Attributes;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace A11yArticles.Benchmarks.Testing;

/// <summary>
/// The kit's browser pass (<see cref="BrowserChecker.CheckAsync"/>: the static rules on the live DOM
/// and the eight browser ACT rules, focus screenshots included) against one axe-core scan, on the
/// same loaded page in one Chromium: the seed's page, and the generated page of about 1 MB that the
/// checker's benchmarks use (<see cref="Checks.CheckerBenchmarks.MegabytePage"/>). Issue 12 asks that
/// the browser pass cost no more than one axe scan.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 5)]
public class BrowserPassVersusAxeBenchmarks
{
    private static readonly AxeRunOptions AxeOptions = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = [.. AxeAssertionOptions.DefaultTags] },
    };

    private string _folder = "";
    private BrowserSession _browser = null!;
    private LoopbackStaticSite _site = null!;
    private IPage _page = null!;

    [Params("seed page", "1 MB page")]
    public string Page { get; set; } = "seed page";

    [GlobalSetup]
    public async Task SetUpAsync()
    {
        var seed = Path.Combine(AppContext.BaseDirectory, "seeds", "amlo-welcomes-harris.txt");
        var html = Page == "1 MB page"
            ? Checks.CheckerBenchmarks.MegabytePage()
            : await ArticleRenderer.RenderPageAsync(ArticleImporter.ImportFile(seed), new ArticlePageOptions
            {
                StylesheetHref = ArticleAssets.StylesheetFileName,
                ScriptHref = ArticleAssets.ScriptFileName,
            });
        _folder = Directory.CreateTempSubdirectory("a11y-benchmark-browser-pass-").FullName;
        await File.WriteAllTextAsync(Path.Combine(_folder, "page.html"), html);
        await File.WriteAllTextAsync(Path.Combine(_folder, ArticleAssets.StylesheetFileName), ArticleAssets.ReadStylesheet());
        await File.WriteAllTextAsync(Path.Combine(_folder, ArticleAssets.ScriptFileName), ArticleAssets.ReadScript());
        _site = await LoopbackStaticSite.StartAsync(_folder);
        _browser = await A11yBrowser.LaunchAsync();
        _page = await _browser.NewPageAsync();
        await LocalNetwork.BlockNonLocalAsync(_page);
        await _page.GotoAsync(_site.UrlOf("page.html").AbsoluteUri);
    }

    [GlobalCleanup]
    public async Task CleanUpAsync()
    {
        await _browser.DisposeAsync();
        await _site.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }

    [Benchmark(Baseline = true, Description = "axe-core: one scan (WCAG 2.x A/AA + best practices)")]
    public async Task<int> AxeScan()
    {
        var result = await _page.RunAxe(AxeOptions);
        return result.Violations.Length;
    }

    [Benchmark(Description = "browser pass: static rules on the live DOM + 8 browser ACT rules")]
    public async Task<int> BrowserPass()
    {
        var report = await BrowserChecker.CheckAsync(_page);
        return report.Report.Findings.Count;
    }
}
