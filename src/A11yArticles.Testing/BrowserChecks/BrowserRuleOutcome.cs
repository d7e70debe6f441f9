namespace A11yArticles.Testing.BrowserChecks;

/// <summary>The outcome of one ACT rule on one page or one element, as the ACT Rules Format names them.</summary>
public enum BrowserRuleOutcome
{
    /// <summary>Nothing on the page is what the rule applies to.</summary>
    Inapplicable,

    /// <summary>Every element the rule applies to meets its expectation.</summary>
    Passed,

    /// <summary>The rule cannot decide for at least one element (for example text over a background image), and none failed.</summary>
    CantTell,

    /// <summary>At least one element fails the rule's expectation.</summary>
    Failed,
}

/// <summary>One element a browser rule applied to, and how it came out.</summary>
/// <param name="Selector">A CSS selector of the element (<c> &gt;&gt;&gt; </c> enters a shadow root).</param>
/// <param name="Snippet">The element's outer HTML, cut short.</param>
/// <param name="Outcome">Passed, failed or cantTell.</param>
/// <param name="Message">Why, in words a person can act on (the measured values).</param>
public sealed record BrowserRuleTarget(string Selector, string Snippet, BrowserRuleOutcome Outcome, string Message);

/// <summary>The result of one browser rule on one page.</summary>
/// <param name="Rule">The rule's metadata (id, W3C ACT rule, success criteria, help).</param>
/// <param name="Outcome">The page's outcome: failed if any target failed, else cantTell if any could not be told, else passed if any target, else inapplicable.</param>
/// <param name="Targets">Each element the rule applied to.</param>
public sealed record BrowserRuleResult(A11yArticles.Checks.RuleInfo Rule, BrowserRuleOutcome Outcome, IReadOnlyList<BrowserRuleTarget> Targets)
{
    /// <summary>The W3C ACT rule id (for example <c>afw4f7</c>).</summary>
    public string ActRule => Rule.ActRules[0];

    internal static BrowserRuleOutcome Combine(IEnumerable<BrowserRuleTarget> targets)
    {
        var outcome = BrowserRuleOutcome.Inapplicable;
        foreach (var target in targets)
        {
            if (target.Outcome > outcome)
            {
                outcome = target.Outcome;
            }
        }

        return outcome;
    }
}
