namespace A11yArticles.Checks;

/// <summary>The findings of one check run on one document.</summary>
/// <param name="Path">The file (or a name for the string) that was checked.</param>
/// <param name="Findings">The findings, in document order.</param>
public sealed record CheckReport(string Path, IReadOnlyList<Finding> Findings)
{
    /// <summary>
    /// What went wrong while reading the page's bytes, each to be read after the path: invalid bytes
    /// replaced by U+FFFD, an unknown declared encoding, an undeclared legacy encoding. Empty for a
    /// page checked from a string or a document.
    /// </summary>
    public IReadOnlyList<string> InputWarnings { get; init; } = [];

    /// <summary>The number of findings with <see cref="Severity.Error"/>.</summary>
    public int ErrorCount => Findings.Count(finding => finding.Severity == Severity.Error);

    /// <summary>The number of findings with <see cref="Severity.Warning"/>.</summary>
    public int WarningCount => Findings.Count(finding => finding.Severity == Severity.Warning);

    /// <summary>The ACT rule ids that failed on this document (sorted, distinct).</summary>
    public IReadOnlyList<string> FailedActRules => Findings
        .SelectMany(finding => finding.Rule.ActRules)
        .Distinct(StringComparer.Ordinal)
        .Order(StringComparer.Ordinal)
        .ToList();
}
