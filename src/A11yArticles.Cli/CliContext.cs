namespace A11yArticles.Cli;

/// <summary>Where a command writes, and whether a person is watching a terminal (then a progress bar replaces per-file lines).</summary>
/// <param name="Out">Standard output: results and the summary.</param>
/// <param name="Error">Standard error: errors, warnings and the progress bar.</param>
/// <param name="IsTerminal">True when both streams go to a terminal.</param>
internal sealed record CliContext(TextWriter Out, TextWriter Error, bool IsTerminal);
