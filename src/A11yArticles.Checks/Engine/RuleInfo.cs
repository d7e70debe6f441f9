namespace A11yArticles.Checks;

/// <summary>The metadata of one rule: what it checks, which standards it implements, and how to fix what it finds.</summary>
/// <param name="Id">Stable identifier, <c>A11Y-AREA-NNN</c> for the article contract and <c>A11Y-ACT-xxxxxx</c> for a W3C ACT rule.</param>
/// <param name="Title">One line saying what must be true.</param>
/// <param name="Group">The rule group: <see cref="RuleGroups.Article"/> or <see cref="RuleGroups.Act"/>.</param>
/// <param name="Wcag">WCAG 2.2 success criteria, e.g. <c>1.3.1</c>.</param>
/// <param name="ActRules">W3C ACT rule ids this rule implements (empty when none).</param>
/// <param name="Severity">Severity of its findings.</param>
/// <param name="Help">How to fix a finding.</param>
public sealed record RuleInfo(
    string Id,
    string Title,
    string Group,
    IReadOnlyList<string> Wcag,
    IReadOnlyList<string> ActRules,
    Severity Severity,
    string Help)
{
    /// <summary>
    /// For an article rule: the W3C ACT rules that find the same fault on the same element. When one
    /// of them reports that element too, the checker keeps the ACT finding (with this rule's advice
    /// added) and drops this one, so that one problem is reported once. Empty for most rules.
    /// </summary>
    public IReadOnlyList<string> SameFaultAs { get; init; } = [];

    /// <summary>A link to the W3C ACT rule, or to the WCAG understanding document when the rule has no ACT id.</summary>
    public string HelpUri => ActRules.Count > 0
        ? $"https://www.w3.org/WAI/standards-guidelines/act/rules/{ActRules[0]}/"
        : "https://www.w3.org/WAI/WCAG22/quickref/";
}

/// <summary>The names of the rule groups.</summary>
public static class RuleGroups
{
    /// <summary>The A11yArticles article contract (skip link, landmarks, headings, quotations, language...).</summary>
    public const string Article = "article";

    /// <summary>The static W3C ACT rules.</summary>
    public const string Act = "act";
}
