using A11yArticles.Checks;
using A11yArticles.Checks.Reporting;

namespace A11yArticles.Testing.Checks;

/// <summary>
/// The static check of A11yArticles.Checks as an <see cref="IStaticHtmlCheck"/>: its errors (not its
/// warnings, which are judgement calls) become problem lines in the form
/// <c>url:line:col: error RULE-ID: message (WCAG x.y.z)</c>.
/// </summary>
/// <param name="checker">The rules to run; all of them by default.</param>
public sealed class ArticleChecksStaticHtmlCheck(HtmlChecker? checker = null) : IStaticHtmlCheck
{
    private readonly HtmlChecker _checker = checker ?? HtmlChecker.Default;

    /// <inheritdoc />
    public Task<IReadOnlyList<string>> CheckAsync(string html, string pageUrl, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var report = _checker.Check(html, pageUrl);
        IReadOnlyList<string> problems = report.Findings
            .Where(finding => finding.Severity == Severity.Error)
            .Select(finding => TextReporter.FormatLine(pageUrl, finding))
            .ToList();
        return Task.FromResult(problems);
    }
}
