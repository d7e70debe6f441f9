using A11yArticles.Cli.Batch;

namespace A11yArticles.Cli.Tests.Batch;

public sealed class BatchRunnerTests
{
    private readonly StringWriter _stdout = new();
    private readonly StringWriter _stderr = new();

    private static InputFile[] Files(int count) => [.. Enumerable.Range(0, count).Select(i => new InputFile($"f{i}", $"f{i}"))];

    [Fact]
    public async Task Lines_come_out_in_input_order_whatever_order_files_finish_in()
    {
        var runner = new BatchRunner(new BatchOptions(Parallelism: 4, Quiet: false, ShowProgressBar: false), _stdout, _stderr);

        var (outcomes, _) = await runner.RunAsync("test", Files(20), async (file, token) =>
        {
            // Later files finish first.
            await Task.Delay(20 - int.Parse(file.Path[1..], System.Globalization.CultureInfo.InvariantCulture), token);
            return FileOutcome.Success(file, $"done {file.Path}");
        }, CancellationToken.None);

        Assert.Equal(Enumerable.Range(0, 20).Select(i => $"done f{i}"), _stdout.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal(20, outcomes.Count);
    }

    [Fact]
    public async Task A_file_that_throws_is_a_counted_failure_and_the_others_go_on()
    {
        var runner = new BatchRunner(new BatchOptions(2, Quiet: true, ShowProgressBar: false), _stdout, _stderr);

        var (outcomes, _) = await runner.RunAsync("test", Files(5), (file, _) =>
            file.Path == "f2" ? throw new IOException("disk on fire") : Task.FromResult(FileOutcome.Success(file, "ok")), CancellationToken.None);

        Assert.Equal(1, outcomes.Count(o => o.Failed));
        Assert.Equal("", _stdout.ToString());
        Assert.Equal($"error: f2: unexpected failure: disk on fire{Environment.NewLine}", _stderr.ToString());
    }

    [Fact]
    public async Task Work_really_runs_in_parallel_up_to_the_limit()
    {
        var running = 0;
        var peak = 0;
        var runner = new BatchRunner(new BatchOptions(3, Quiet: true, ShowProgressBar: false), _stdout, _stderr);

        await runner.RunAsync("test", Files(12), async (file, token) =>
        {
            var now = Interlocked.Increment(ref running);
            InterlockedMax(ref peak, now);
            await Task.Delay(30, token);
            Interlocked.Decrement(ref running);
            return FileOutcome.Success(file);
        }, CancellationToken.None);

        Assert.Equal(3, peak);
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int current;
        while ((current = Volatile.Read(ref target)) < value && Interlocked.CompareExchange(ref target, value, current) != current)
        {
        }
    }
}
