namespace A11yArticles.Checks;

/// <summary>
/// Findings of one rule on one page that were counted but not listed, because the rule had already
/// reported <see cref="HtmlChecker.MaxFindingsPerRule"/> on that page (as the W3C's Nu HTML checker
/// stops listing after 1,000 messages). A hostile page can hold a finding on every element (a
/// megabyte of nested block quotes gave 39,342, each with a selector naming every level above it):
/// listing them all cost four times the check of a normal 1 MB page and tens of megabytes of output,
/// for a reader who needs the first few to see the fault.
/// </summary>
/// <param name="Rule">The rule.</param>
/// <param name="Count">How many more findings it had on the page.</param>
public sealed record OmittedFindings(RuleInfo Rule, int Count)
{
    /// <summary>The sentence reporters print: <c>38,342 more findings of A11Y-QUOTE-001 on this page are not listed (at most 1,000 per rule per page)</c>.</summary>
    public string Message => string.Create(
        System.Globalization.CultureInfo.InvariantCulture,
        $"{Count:N0} more finding(s) of {Rule.Id} on this page are not listed (at most {HtmlChecker.MaxFindingsPerRule:N0} per rule per page)");
}
