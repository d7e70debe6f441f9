using A11yArticles.Components;
using A11yArticles.Rendering;
using A11yArticles.Importers;
using A11yArticles.Testing;
using A11yArticles.Testing.Browsers;
using A11yArticles.Testing.Hosting;
using AngleSharp.Html.Parser;
using BenchmarkDotNet.Attributes;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace A11yArticles.Benchmarks.Testing;

/// <summary>
/// One axe-core scan of the rendered seed page in Chromium (page already loaded, as in a browser test)
/// against one static parse-and-query of the same page's HTML with AngleSharp (what a static check
/// does: parse, then query the document for the page contract). The ratio is what a team gains by
/// running static checks first and the browser suite only where a browser is needed.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 10)]
public class AxeScanVersusStaticCheckBenchmarks
{
    private static readonly AxeRunOptions AxeOptions = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = [.. AxeAssertionOptions.DefaultTags] },
    };

    private readonly HtmlParser _parser = new(new HtmlParserOptions { IsKeepingSourceReferences = true });
    private string _folder = "";
    private string _html = "";
    private BrowserSession _browser = null!;
    private LoopbackStaticSite _site = null!;
    private IPage _page = null!;

    [GlobalSetup]
    public async Task SetUpAsync()
    {
        var seed = Path.Combine(AppContext.BaseDirectory, "seeds", "amlo-welcomes-harris.txt");
        _html = await ArticleRenderer.RenderPageAsync(ArticleImporter.ImportFile(seed), new ArticlePageOptions
        {
            StylesheetHref = ArticleAssets.StylesheetFileName,
            ScriptHref = ArticleAssets.ScriptFileName,
        });
        _folder = Directory.CreateTempSubdirectory("a11y-benchmark-").FullName;
        await File.WriteAllTextAsync(Path.Combine(_folder, "page.html"), _html);
        await File.WriteAllTextAsync(Path.Combine(_folder, ArticleAssets.StylesheetFileName), ArticleAssets.ReadStylesheet());
        await File.WriteAllTextAsync(Path.Combine(_folder, ArticleAssets.ScriptFileName), ArticleAssets.ReadScript());
        _site = await LoopbackStaticSite.StartAsync(_folder);
        _browser = await A11yBrowser.LaunchAsync();
        _page = await _browser.NewPageAsync();
        await _page.GotoAsync(_site.UrlOf("page.html").AbsoluteUri);
    }

    [GlobalCleanup]
    public async Task CleanUpAsync()
    {
        await _browser.DisposeAsync();
        await _site.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }

    [Benchmark(Baseline = true, Description = "static: AngleSharp parse + contract queries")]
    public int StaticParseAndQuery()
    {
        using var document = _parser.ParseDocument(_html);
        var findings = 0;
        findings += string.IsNullOrWhiteSpace(document.DocumentElement.GetAttribute("lang")) ? 1 : 0;
        findings += document.QuerySelectorAll("main").Length == 1 ? 0 : 1;
        findings += document.QuerySelectorAll("h1").Length == 1 ? 0 : 1;
        var firstLink = document.QuerySelector("a[href]");
        var href = firstLink?.GetAttribute("href") ?? "";
        findings += href.StartsWith('#') && document.GetElementById(href[1..]) is not null ? 0 : 1;
        findings += document.QuerySelectorAll("img:not([alt])").Length;
        findings += document.QuerySelectorAll("body > :not(header):not(main):not(footer):not(nav):not(a[data-a11y-skip-link]):not(script)").Length;
        var ids = document.QuerySelectorAll("[id]").Select(element => element.Id).ToList();
        findings += ids.Count - ids.Distinct(StringComparer.Ordinal).Count();
        findings += document.QuerySelectorAll("q, blockquote").Count(quote => string.IsNullOrWhiteSpace(quote.TextContent));
        return findings;
    }

    [Benchmark(Description = "browser: one axe-core scan (WCAG 2.x A/AA + best practices)")]
    public async Task<int> AxeScan()
    {
        var result = await _page.RunAxe(AxeOptions);
        return result.Violations.Length;
    }
}
