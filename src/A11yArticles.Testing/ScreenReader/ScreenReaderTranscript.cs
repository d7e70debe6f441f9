namespace A11yArticles.Testing;

/// <summary>
/// A page read from top to bottom as a screen reader's "say all" reads it: one line per item, in
/// reading order, from the skip link to the end of the last landmark.
/// </summary>
public sealed class ScreenReaderTranscript
{
    internal ScreenReaderTranscript(IReadOnlyList<TranscriptLine> lines, IReadOnlyList<string> problems)
    {
        Lines = lines;
        Problems = problems;
    }

    /// <summary>The items read, in order.</summary>
    public IReadOnlyList<TranscriptLine> Lines { get; }

    /// <summary>
    /// What a listener would trip over: text read twice, words merged with hidden helper text, a
    /// quotation shown on screen but never read. Empty for a good page.
    /// </summary>
    public IReadOnlyList<string> Problems { get; }

    /// <summary>The transcript as text, one line per item (the format of the golden files).</summary>
    /// <returns>The lines joined with <c>\n</c>, ending with a newline.</returns>
    public override string ToString() => string.Concat(Lines.Select(line => line + "\n"));
}

/// <summary>Options of <see cref="ScreenReaderAssertions.ReadAllAsync"/>.</summary>
public sealed class ReadAllOptions
{
    /// <summary>Throw an <see cref="A11yAssertionException"/> when <see cref="ScreenReaderTranscript.Problems"/> is not empty (the default).</summary>
    public bool FailOnProblems { get; init; } = true;

    /// <summary>Text of at least this many words counts as "read twice" when it is read again; 4 by default.</summary>
    public int RepeatedTextMinimumWords { get; init; } = 4;

    /// <summary>The most items to read before giving up on a page that never ends; 5000 by default.</summary>
    public int MaximumItems { get; init; } = 5000;
}
