using System.Diagnostics;
using A11yArticles.Checks;
using A11yArticles.Importers;
using A11yArticles.Rendering;

namespace A11yArticles.Benchmarks.Robustness;

/// <summary>
/// A profiling aid, not the benchmark (that is <see cref="HostileVersusNormalBenchmarks"/>): each page
/// of <see cref="HostileBenchmarkPages"/> checked and rendered a few times with a stopwatch, its best
/// time and its ratio to the normal page. Run with
/// <c>dotnet run -c Release --project tests/A11yArticles.Benchmarks -- hostile-timings</c>.
/// </summary>
internal static class HostileTimings
{
    public static void Run()
    {
        const int rounds = 3;
        double? normalCheck = null, normalRender = null;
        Console.WriteLine("| page | check | ratio | render | ratio | outcome |");
        Console.WriteLine("|---|---:|---:|---:|---:|---|");
        foreach (var name in HostileBenchmarkPages.Names())
        {
            var path = HostileBenchmarkPages.PathOf(name);
            var (check, checkOutcome) = Best(rounds, () => HostileVersusNormalBenchmarks.CheckFile(path));
            var (render, renderOutcome) = Best(rounds, () => HostileVersusNormalBenchmarks.RenderFile(path));
            normalCheck ??= check;
            normalRender ??= render;
            Console.WriteLine($"| {name} | {check:F0} ms | {check / normalCheck:F2} | {render:F0} ms | {render / normalRender:F2} | {checkOutcome}; {renderOutcome} |");
        }
    }

    /// <summary>What parsing and checking each page allocates (no timing): where a dense page's extra cost comes from.</summary>
    public static void Allocations()
    {
        Console.WriteLine("| page | elements | parse: allocated | check: allocated |");
        Console.WriteLine("|---|---:|---:|---:|");
        foreach (var name in HostileBenchmarkPages.Names().Where(name => !name.StartsWith("hostile", StringComparison.Ordinal)))
        {
            var html = File.ReadAllText(HostileBenchmarkPages.PathOf(name));
            var before = GC.GetAllocatedBytesForCurrentThread();
            var document = HtmlChecker.Parse(html);
            var parsed = GC.GetAllocatedBytesForCurrentThread();
            HtmlChecker.Default.Check(document);
            var checkedBytes = GC.GetAllocatedBytesForCurrentThread();
            Console.WriteLine($"| {name} | {document.All.Length:N0} | {(parsed - before) / 1e6:F1} MB | {(checkedBytes - parsed) / 1e6:F1} MB |");
        }
    }

    private static (double Ms, string Outcome) Best(int rounds, Func<string> run)
    {
        var best = double.MaxValue;
        var outcome = string.Empty;
        for (var round = 0; round < rounds; round++)
        {
            var watch = Stopwatch.StartNew();
            outcome = run();
            best = Math.Min(best, watch.Elapsed.TotalMilliseconds);
        }

        return (best, outcome);
    }
}
