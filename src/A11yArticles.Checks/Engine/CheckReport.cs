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

    /// <summary>
    /// Findings counted but not listed in <see cref="Findings"/>: a rule lists at most
    /// <see cref="HtmlChecker.MaxFindingsPerRule"/> per page. Empty on real pages.
    /// </summary>
    public IReadOnlyList<OmittedFindings> Omitted { get; init; } = [];

    /// <summary>The number of findings with <see cref="Severity.Error"/>, the omitted ones included.</summary>
    public int ErrorCount => Count(Severity.Error);

    /// <summary>The number of findings with <see cref="Severity.Warning"/>, the omitted ones included.</summary>
    public int WarningCount => Count(Severity.Warning);

    private int Count(Severity severity) =>
        Findings.Count(finding => finding.Severity == severity)
        + Omitted.Where(omitted => omitted.Rule.Severity == severity).Sum(omitted => omitted.Count);

    /// <summary>The ACT rule ids that failed on this document (sorted, distinct).</summary>
    public IReadOnlyList<string> FailedActRules => Findings
        .Select(finding => finding.Rule)
        .Concat(Omitted.Select(omitted => omitted.Rule))
        .SelectMany(rule => rule.ActRules)
        .Distinct(StringComparer.Ordinal)
        .Order(StringComparer.Ordinal)
        .ToList();
}
