using System.Diagnostics;
using A11yArticles.Checks;
using A11yArticles.Checks.Engine;

namespace A11yArticles.Benchmarks.Checks;

/// <summary>
/// A profiling aid, not a benchmark: times each rule on its own (on a fresh context, so each pays for
/// the shared facts it asks for) on the 1 MB page, with a stopwatch. Run with
/// <c>dotnet run -c Release --project tests/A11yArticles.Benchmarks -- rule-timings</c>.
/// </summary>
internal static class RuleTimings
{
    public static void Run()
    {
        var html = Page();
        var document = HtmlChecker.Parse(html);
        const int rounds = 5;

        Time("parse", rounds, () => HtmlChecker.Parse(html));
        Time("context + elements", rounds, () => _ = new CheckContext(document).Elements.Count);
        Time("all rules", rounds, () => HtmlChecker.Default.Check(document));
        var rows = new List<(string Id, double Ms)>();
        foreach (var rule in RuleCatalog.All)
        {
            rows.Add((rule.Info.Id, Time(null, rounds, () =>
            {
                var context = new CheckContext(document);
                _ = context.Elements.Count;
                rule.Check(context);
            }) - Time(null, 1, () => _ = new CheckContext(document).Elements.Count)));
        }

        foreach (var (id, ms) in rows.OrderByDescending(row => row.Ms).Take(20))
        {
            Console.WriteLine($"alone: {id,-24} {ms,8:F2} ms");
        }

        // In catalogue order on one context (as the checker runs them): what each adds to the rules before it.
        var totals = new Dictionary<string, double>();
        var bytes = new Dictionary<string, long>();
        for (var round = 0; round < rounds; round++)
        {
            var watch = Stopwatch.StartNew();
            var allocated = GC.GetAllocatedBytesForCurrentThread();
            var context = new CheckContext(document);
            totals["(context)"] = totals.GetValueOrDefault("(context)") + watch.Elapsed.TotalMilliseconds;
            bytes["(context)"] = GC.GetAllocatedBytesForCurrentThread() - allocated;
            foreach (var rule in RuleCatalog.All)
            {
                watch.Restart();
                allocated = GC.GetAllocatedBytesForCurrentThread();
                rule.Check(context);
                totals[rule.Info.Id] = totals.GetValueOrDefault(rule.Info.Id) + watch.Elapsed.TotalMilliseconds;
                bytes[rule.Info.Id] = GC.GetAllocatedBytesForCurrentThread() - allocated;
            }
        }

        Console.WriteLine($"elements: {new CheckContext(document).Elements.Count}, findings: {HtmlChecker.Default.Check(document).Findings.Count}");
        foreach (var group in HtmlChecker.Default.Check(document).Findings.GroupBy(finding => finding.Rule.Id))
        {
            Console.WriteLine($"  {group.Key}: {group.Count()} ({group.First().Message})");
        }

        for (var round = 0; round < 3; round++)
        {
            GC.Collect();
            var gcs = GC.CollectionCount(0);
            var gen2 = GC.CollectionCount(2);
            var watch = Stopwatch.StartNew();
            HtmlChecker.Default.Check(document);
            Console.WriteLine($"check: {watch.Elapsed.TotalMilliseconds:F1} ms, gen0 {GC.CollectionCount(0) - gcs}, gen2 {GC.CollectionCount(2) - gen2}, allocated");
        }

        foreach (var (id, ms) in totals.OrderByDescending(row => row.Value).Take(25))
        {
            Console.WriteLine($"in order: {id,-24} {ms / rounds,8:F2} ms {bytes[id] / 1024,8} KB");
        }
    }

    /// <summary>
    /// Why parse + check on a fresh document costs more than the two measured apart: times the parse,
    /// the first check of the fresh document, and a second check of the same one, with the garbage
    /// collections each step triggered.
    /// </summary>
    public static void Fresh()
    {
        var html = Page();
        for (var warm = 0; warm < 60; warm++)
        {
            HtmlChecker.Default.Check(HtmlChecker.Parse(html));
        }

        for (var round = 0; round < 10; round++)
        {
            var (g0, g1, g2) = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2));
            var watch = Stopwatch.StartNew();
            var document = HtmlChecker.Parse(html);
            var parse = watch.Elapsed.TotalMilliseconds;
            var (p0, p1, p2) = (GC.CollectionCount(0) - g0, GC.CollectionCount(1) - g1, GC.CollectionCount(2) - g2);
            watch.Restart();
            HtmlChecker.Default.Check(document);
            var first = watch.Elapsed.TotalMilliseconds;
            var (f0, f1, f2) = (GC.CollectionCount(0) - g0 - p0, GC.CollectionCount(1) - g1 - p1, GC.CollectionCount(2) - g2 - p2);
            watch.Restart();
            HtmlChecker.Default.Check(document);
            var second = watch.Elapsed.TotalMilliseconds;
            Console.WriteLine($"parse {parse,6:F1} ms (gc {p0}/{p1}/{p2}), first check {first,6:F1} ms (gc {f0}/{f1}/{f2}), second check {second,6:F1} ms, pause {GC.GetTotalPauseDuration().TotalMilliseconds:F0} ms total");
        }
    }

    /// <summary>The generated 1 MB page, or the real page <c>A11Y_BENCHMARK_PAGE</c> names.</summary>
    private static string Page() =>
        Environment.GetEnvironmentVariable("A11Y_BENCHMARK_PAGE") is { Length: > 0 } path ? File.ReadAllText(path) : CheckerBenchmarks.MegabytePage();

    /// <summary>Checks the parsed 1 MB page again and again for a while: a target for a sampling profiler (dotnet-trace).</summary>
    public static void Loop(int seconds)
    {
        var document = HtmlChecker.Parse(CheckerBenchmarks.MegabytePage());
        var watch = Stopwatch.StartNew();
        var count = 0;
        while (watch.Elapsed.TotalSeconds < seconds)
        {
            HtmlChecker.Default.Check(document);
            count++;
        }

        Console.WriteLine($"{count} checks, {watch.Elapsed.TotalMilliseconds / count:F1} ms each");
    }

    /// <summary>What a check allocates, by type: the runtime's allocation samples (one per ~100 KB) over a few checks of the 1 MB page.</summary>
    public static void AllocationTypes()
    {
        var document = HtmlChecker.Parse(Page());
        HtmlChecker.Default.Check(document);
        using var listener = new AllocationListener();
        for (var i = 0; i < 20; i++)
        {
            HtmlChecker.Default.Check(document);
        }

        foreach (var (type, bytes) in listener.Bytes.OrderByDescending(pair => pair.Value).Take(25))
        {
            Console.WriteLine($"{bytes / 20 / 1024,8} KB per check  {type}");
        }
    }

    private sealed class AllocationListener : System.Diagnostics.Tracing.EventListener
    {
        public Dictionary<string, long> Bytes { get; } = [];

        protected override void OnEventSourceCreated(System.Diagnostics.Tracing.EventSource source)
        {
            if (source.Name == "Microsoft-Windows-DotNETRuntime")
            {
                EnableEvents(source, System.Diagnostics.Tracing.EventLevel.Verbose, (System.Diagnostics.Tracing.EventKeywords)0x1);
            }
        }

        protected override void OnEventWritten(System.Diagnostics.Tracing.EventWrittenEventArgs data)
        {
            if (data.EventName?.StartsWith("GCAllocationTick", StringComparison.Ordinal) == true && data.Payload is { } payload)
            {
                var type = payload[data.PayloadNames!.IndexOf("TypeName")]?.ToString() ?? "?";
                var amount = Convert.ToInt64(payload[data.PayloadNames!.IndexOf("AllocationAmount64")], System.Globalization.CultureInfo.InvariantCulture);
                lock (Bytes)
                {
                    Bytes[type] = Bytes.GetValueOrDefault(type) + amount;
                }
            }
        }
    }

    private static double Time(string? label, int rounds, Action action)
    {
        action();
        var best = double.MaxValue;
        for (var round = 0; round < rounds; round++)
        {
            var watch = Stopwatch.StartNew();
            action();
            best = Math.Min(best, watch.Elapsed.TotalMilliseconds);
        }

        if (label is not null)
        {
            Console.WriteLine($"{label,-24} {best,8:F2} ms (best of {rounds})");
        }

        return best;
    }
}
