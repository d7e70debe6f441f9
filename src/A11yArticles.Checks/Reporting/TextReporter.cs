namespace A11yArticles.Checks.Reporting;

/// <summary>Findings as a compiler prints them: <c>path:line:col: error RULE-ID: message (WCAG 1.3.1)</c>, one per line, with the element and fix indented below.</summary>
public static class TextReporter
{
    /// <summary>One finding on one line.</summary>
    /// <param name="path">The checked file.</param>
    /// <param name="finding">The finding.</param>
    public static string FormatLine(string path, Finding finding)
    {
        ArgumentNullException.ThrowIfNull(finding);
        var severity = finding.Severity == Severity.Error ? "error" : "warning";
        var wcag = finding.Rule.Wcag.Count > 0 ? $" (WCAG {string.Join(", ", finding.Rule.Wcag)})" : string.Empty;
        return $"{path}:{finding.Line}:{finding.Column}: {severity} {finding.Rule.Id}: {finding.Message}{wcag}";
    }

    /// <summary>Writes every finding of every report, then a summary line.</summary>
    /// <param name="reports">The reports.</param>
    /// <param name="writer">Where to write.</param>
    public static void Write(IEnumerable<CheckReport> reports, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(reports);
        ArgumentNullException.ThrowIfNull(writer);
        int files = 0, errors = 0, warnings = 0;
        foreach (var report in reports)
        {
            files++;
            errors += report.ErrorCount;
            warnings += report.WarningCount;
            WriteFindings(report, writer);
        }

        writer.WriteLine(Summary(files, errors, warnings));
    }

    /// <summary>Writes one report's findings, each with its element and fix indented below; no summary.</summary>
    /// <param name="report">The report.</param>
    /// <param name="writer">Where to write.</param>
    public static void WriteFindings(CheckReport report, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(writer);
        foreach (var finding in report.Findings)
        {
            writer.WriteLine(FormatLine(report.Path, finding));
            writer.WriteLine($"    {finding.Snippet}");
            writer.WriteLine($"    fix: {finding.Rule.Help}");
        }

        foreach (var omitted in report.Omitted)
        {
            writer.WriteLine($"{report.Path}: note: {omitted.Message}");
        }
    }

    /// <summary>The summary line: <c>3 file(s) checked: 1 error(s), 0 warning(s).</c></summary>
    /// <param name="files">Files checked.</param>
    /// <param name="errors">Errors found.</param>
    /// <param name="warnings">Warnings found.</param>
    /// <returns>The line.</returns>
    public static string Summary(int files, int errors, int warnings) =>
        $"{files} file(s) checked: {errors} error(s), {warnings} warning(s).";
}
