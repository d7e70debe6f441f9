using System.Diagnostics;
using Spectre.Console;

namespace A11yArticles.Cli.Batch;

/// <summary>
/// What processing one file produced: result lines for stdout (a check's findings), progress lines
/// for stdout that a progress bar replaces on a terminal ("Wrote page.html"), lines for stderr
/// (errors and warnings), and whether it failed.
/// </summary>
internal sealed record FileOutcome(InputFile File, bool Failed, IReadOnlyList<string> Lines, IReadOnlyList<string> Errors)
{
    public IReadOnlyList<string> Progress { get; init; } = [];

    public static FileOutcome Success(InputFile file, params string[] lines) => new(file, false, lines, []);

    public static FileOutcome Failure(InputFile file, params string[] errors) => new(file, true, [], errors);
}

/// <summary>How a batch is run and shown.</summary>
/// <param name="Parallelism">How many files are processed at once (default: one per core).</param>
/// <param name="Quiet">Print only errors and the summary.</param>
/// <param name="ShowProgressBar">Draw a progress bar (on a terminal) instead of one line per file.</param>
internal sealed record BatchOptions(int Parallelism, bool Quiet, bool ShowProgressBar)
{
    /// <summary>The most time one file may take (<c>--timeout</c>); null for no limit.</summary>
    public TimeSpan? Timeout { get; init; }
}

/// <summary>
/// Runs one operation over many files in parallel. Output stays deterministic: each file's lines are
/// written in input order, whatever order the files finish in. A file whose operation throws is a
/// failed file, reported and counted; the others go on. So is a file that takes longer than
/// <see cref="BatchOptions.Timeout"/>: it is reported when its time is up and its work is
/// abandoned (cancelled, and kept from writing by its <see cref="FileBudget"/>; the runtime cannot
/// stop a thread, so a computation that ignores cancellation ends in the background, unseen).
/// </summary>
internal sealed class BatchRunner(BatchOptions options, TextWriter stdout, TextWriter stderr)
{
    public async Task<(IReadOnlyList<FileOutcome> Outcomes, TimeSpan Elapsed)> RunAsync(
        string description,
        IReadOnlyList<InputFile> files,
        Func<InputFile, CancellationToken, Task<FileOutcome>> process,
        CancellationToken cancellationToken)
    {
        var stopwatch = Stopwatch.StartNew();
        var outcomes = new FileOutcome?[files.Count];
        var written = 0;
        var gate = new object();

        async Task RunAllAsync(Action? onFileDone)
        {
            await Parallel.ForEachAsync(
                Enumerable.Range(0, files.Count),
                new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, options.Parallelism), CancellationToken = cancellationToken },
                async (index, token) =>
                {
                    var outcome = await ProcessWithinBudgetAsync(files[index], process, token);
                    lock (gate)
                    {
                        outcomes[index] = outcome;
                        if (!options.ShowProgressBar)
                        {
                            // Flush every finished file at the head of the list, in input order.
                            while (written < outcomes.Length && outcomes[written] is { } next)
                            {
                                Write(next, withProgress: true);
                                written++;
                            }
                        }
                    }

                    onFileDone?.Invoke();
                });
        }

        if (options.ShowProgressBar && files.Count > 0)
        {
            var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(stderr) });
            await console.Progress()
                .AutoClear(true)
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
                .StartAsync(async context =>
                {
                    var task = context.AddTask(description, maxValue: files.Count);
                    await RunAllAsync(() => task.Increment(1));
                });

            // After the bar: the results and what needs attention, in input order.
            foreach (var outcome in outcomes.OfType<FileOutcome>())
            {
                Write(outcome, withProgress: false);
            }
        }
        else
        {
            await RunAllAsync(onFileDone: null);
        }

        return ([.. outcomes.OfType<FileOutcome>()], stopwatch.Elapsed);
    }

    private async Task<FileOutcome> ProcessWithinBudgetAsync(InputFile file, Func<InputFile, CancellationToken, Task<FileOutcome>> process, CancellationToken cancellationToken)
    {
        if (options.Timeout is not { } timeout)
        {
            return await ProcessSafelyAsync(file, process, cancellationToken);
        }

        var budget = new FileBudget();
        using var abandon = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var work = Task.Run(
            () =>
            {
                FileBudget.Current = budget;
                return ProcessSafelyAsync(file, process, abandon.Token);
            },
            CancellationToken.None);
        try
        {
            return await work.WaitAsync(timeout, cancellationToken);
        }
        catch (TimeoutException) when (budget.TryExpire())
        {
            await abandon.CancelAsync();

            // The abandoned work may still fail later (cancelled, or worse): observe it, nobody waits for it.
            _ = work.ContinueWith(static task => task.Exception, CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Default);
            return FileOutcome.Failure(file, string.Create(
                System.Globalization.CultureInfo.InvariantCulture,
                $"error: {file.Path}: not done within the time budget (--timeout {timeout.TotalSeconds:0.###} s); skipped, nothing was written for it"));
        }
        catch (TimeoutException)
        {
            // Its output is being written: a moment more, and it is done.
            return await work;
        }
    }

    private static async Task<FileOutcome> ProcessSafelyAsync(InputFile file, Func<InputFile, CancellationToken, Task<FileOutcome>> process, CancellationToken cancellationToken)
    {
        try
        {
            return await process(file, cancellationToken);
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            return FileOutcome.Failure(file, $"error: {file.Path}: unexpected failure: {error.Message}");
        }
    }

    private void Write(FileOutcome outcome, bool withProgress)
    {
        if (!options.Quiet)
        {
            foreach (var line in (withProgress ? outcome.Progress : []).Concat(outcome.Lines))
            {
                stdout.WriteLine(line);
            }
        }

        foreach (var line in outcome.Errors)
        {
            stderr.WriteLine(line);
        }
    }
}
