using A11yArticles.Checks.Reporting;

namespace A11yArticles.Checks;

/// <summary>
/// Assertions for test suites (xunit, NUnit, MSTest...): they throw <see cref="A11yViolationException"/>
/// with a readable report (rule, element, line, fix) when a page has errors.
/// </summary>
public static class A11yAssert
{
    /// <summary>Fails when the page has any error under every rule (or the rules selected).</summary>
    /// <param name="html">The page or fragment.</param>
    /// <param name="rules">Optional selection: rule ids, id prefixes ending in '*', groups (article, act) or ACT ids.</param>
    /// <exception cref="A11yViolationException">The page has errors.</exception>
    public static void NoViolations(string html, params string[] rules)
    {
        var checker = rules.Length == 0 ? HtmlChecker.Default : HtmlChecker.ForRules(rules);
        ThrowOnErrors(checker.Check(html, "(html)"));
    }

    /// <summary>Awaits the HTML (e.g. a component render) and fails when it has errors.</summary>
    /// <param name="html">The page, once rendered.</param>
    /// <param name="rules">Optional selection: rule ids, id prefixes ending in '*', groups (article, act) or ACT ids.</param>
    /// <exception cref="A11yViolationException">The page has errors.</exception>
    public static async Task NoViolationsAsync(Task<string> html, params string[] rules)
    {
        ArgumentNullException.ThrowIfNull(html);
        NoViolations(await html.ConfigureAwait(false), rules);
    }

    /// <summary>Reads a file and fails when it has errors.</summary>
    /// <param name="path">The HTML file.</param>
    /// <param name="rules">Optional selection: rule ids, id prefixes ending in '*', groups (article, act) or ACT ids.</param>
    /// <exception cref="A11yViolationException">The page has errors.</exception>
    public static async Task NoViolationsInFileAsync(string path, params string[] rules)
    {
        var checker = rules.Length == 0 ? HtmlChecker.Default : HtmlChecker.ForRules(rules);
        ThrowOnErrors(await checker.CheckFileAsync(path).ConfigureAwait(false));
    }

    private static void ThrowOnErrors(CheckReport report)
    {
        if (report.ErrorCount > 0)
        {
            throw new A11yViolationException(report);
        }
    }
}

/// <summary>Thrown by <see cref="A11yAssert"/> when a page has accessibility errors; the message is the full report.</summary>
public sealed class A11yViolationException : Exception
{
    /// <summary>Creates the exception for a report with errors.</summary>
    /// <param name="report">The findings.</param>
    public A11yViolationException(CheckReport report)
        : base(Describe(report)) => Report = report;

    /// <summary>The findings that made the assertion fail.</summary>
    public CheckReport Report { get; }

    private static string Describe(CheckReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var writer = new StringWriter();
        writer.WriteLine($"{report.ErrorCount} accessibility error(s) in {report.Path}:");
        foreach (var finding in report.Findings.Where(finding => finding.Severity == Severity.Error))
        {
            writer.WriteLine(TextReporter.FormatLine(report.Path, finding));
            writer.WriteLine($"    element: {finding.Selector}  {finding.Snippet}");
            writer.WriteLine($"    fix: {finding.Rule.Help}");
        }

        return writer.ToString().TrimEnd();
    }
}
