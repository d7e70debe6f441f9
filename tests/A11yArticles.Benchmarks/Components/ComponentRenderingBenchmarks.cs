using System.Diagnostics;
using System.Text.RegularExpressions;
using A11yArticles.Rendering;
using A11yArticles.Importers;
using A11yArticles.Model;
using A11yArticles.TestSupport;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;

namespace A11yArticles.Benchmarks.Components;

/// <summary>
/// <c>ArticleView</c> and <c>ArticlePage</c> through <c>HtmlRenderer</c> (as <c>ArticleRenderer</c>
/// runs them: a pooled renderer, renewed every 16 renders) against a hand-written <see cref="System.Text.StringBuilder"/>
/// emitter of the same HTML, on the seed article and on a 100-paragraph article.
/// Target: at most 3 times the floor. The setup checks that both write the same HTML, then runs both
/// for a few seconds so that the short job measures JIT-optimized code (see <see cref="GlobalSetup"/>).
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public partial class ComponentRenderingBenchmarks
{
    private Article _article = null!;

    [Params("seed", "100 paragraphs")]
    public string Input { get; set; } = "seed";

    [GlobalSetup]
    public void GlobalSetup()
    {
        _article = Input == "seed" ? ArticleImporter.ImportFile(Seeds.PathOf(Seeds.AmloWelcomesHarris)) : RichArticle.Long(100);

        // The floor must write the same HTML, or the ratio means nothing.
        Same("ArticleView", HandWrittenArticleEmitter.View(_article), ArticleRenderer.RenderArticleAsync(_article).GetAwaiter().GetResult());
        Same("ArticlePage", HandWrittenArticleEmitter.Page(_article), ArticleRenderer.RenderPageAsync(_article).GetAwaiter().GetResult());

        // The short job warms up for 3 iterations. ASP.NET Core's rendering code starts as ReadyToRun
        // code, is then re-compiled with instrumentation (dynamic PGO; 5 to 10 times slower here) and
        // only then optimized: on a shared 2-core machine that takes 2 to 4 seconds of rendering, so
        // the short job would measure the instrumented code, still speeding up from one iteration to
        // the next. Both ways of writing the article run here first, equally, until the JIT is done.
        var warmUp = Stopwatch.StartNew();
        while (warmUp.Elapsed < WarmUpTime)
        {
            HandWrittenArticleEmitter.View(_article);
            HandWrittenArticleEmitter.Page(_article);
            ArticleRenderer.RenderArticleAsync(_article).GetAwaiter().GetResult();
            ArticleRenderer.RenderPageAsync(_article).GetAwaiter().GetResult();
        }
    }

    private static readonly TimeSpan WarmUpTime = TimeSpan.FromSeconds(6);

    [Benchmark(Baseline = true), BenchmarkCategory("ArticleView")]
    public string StringBuilderView() => HandWrittenArticleEmitter.View(_article);

    [Benchmark, BenchmarkCategory("ArticleView")]
    public Task<string> ArticleView() => ArticleRenderer.RenderArticleAsync(_article);

    [Benchmark(Baseline = true), BenchmarkCategory("ArticlePage")]
    public string StringBuilderPage() => HandWrittenArticleEmitter.Page(_article);

    [Benchmark, BenchmarkCategory("ArticlePage")]
    public Task<string> ArticlePage() => ArticleRenderer.RenderPageAsync(_article);

    private static void Same(string what, string floor, string components)
    {
        var expected = Normalize(floor);
        var actual = Normalize(components);
        if (expected != actual)
        {
            var at = Enumerable.Range(0, Math.Min(expected.Length, actual.Length)).FirstOrDefault(i => expected[i] != actual[i]);
            throw new InvalidOperationException(
                $"The hand-written floor does not write the same HTML as {what} (first difference at {at}):{Environment.NewLine}" +
                $"  floor:      …{expected[Math.Max(0, at - 60)..Math.Min(expected.Length, at + 60)]}…{Environment.NewLine}" +
                $"  components: …{actual[Math.Max(0, at - 60)..Math.Min(actual.Length, at + 60)]}…");
        }
    }

    /// <summary>Whitespace between tags does not count (Razor indents; the floor does not).</summary>
    private static string Normalize(string html) => BetweenTags().Replace(html, "><").Trim();

    [GeneratedRegex(@">\s+<")]
    private static partial Regex BetweenTags();
}
