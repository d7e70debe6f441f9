using BenchmarkDotNet.Running;

namespace A11yArticles.Benchmarks;

public static class Program
{
    public static void Main(string[] args)
    {
        if (args is ["rule-timings"])
        {
            Checks.RuleTimings.Run();
            return;
        }

        if (args is ["allocation-types"])
        {
            Checks.RuleTimings.AllocationTypes();
            return;
        }

        if (args is ["hostile-allocations"])
        {
            Robustness.HostileTimings.Allocations();
            return;
        }

        if (args is ["hostile-timings"])
        {
            Robustness.HostileTimings.Run();
            return;
        }

        if (args is ["fresh-check"])
        {
            Checks.RuleTimings.Fresh();
            return;
        }

        if (args is ["check-loop", var seconds])
        {
            Checks.RuleTimings.Loop(int.Parse(seconds, System.Globalization.CultureInfo.InvariantCulture));
            return;
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
    }
}
