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
