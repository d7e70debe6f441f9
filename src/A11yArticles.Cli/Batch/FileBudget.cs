namespace A11yArticles.Cli.Batch;

/// <summary>
/// The time budget of one file (<c>--timeout</c>) and the one decision it guards: whether the
/// file's work may still write its result. The batch runner expires the budget when the time is
/// up; a write commits first. Whichever comes first wins, atomically, so a file over budget never
/// gets its output written after it was reported, and a file being written is never reported as
/// over budget.
/// </summary>
internal sealed class FileBudget
{
    private const int Running = 0;
    private const int Committed = 1;
    private const int Expired = 2;

    private static readonly AsyncLocal<FileBudget?> CurrentBudget = new();

    private int state;

    /// <summary>The budget of the file whose work is running on this asynchronous flow, or null outside a budgeted batch.</summary>
    public static FileBudget? Current
    {
        get => CurrentBudget.Value;
        set => CurrentBudget.Value = value;
    }

    /// <summary>Claims the right to write the file's output; false when the budget has expired (write nothing).</summary>
    public bool TryCommit() => Interlocked.CompareExchange(ref state, Committed, Running) != Expired;

    /// <summary>Expires the budget; false when the work has already begun writing its output (let it finish).</summary>
    public bool TryExpire() => Interlocked.CompareExchange(ref state, Expired, Running) is Running or Expired;
}
