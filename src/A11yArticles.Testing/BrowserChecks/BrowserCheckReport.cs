using A11yArticles.Checks;
using A11yArticles.Checks.Reporting;

namespace A11yArticles.Testing.BrowserChecks;

/// <summary>What a browser check found on one page.</summary>
/// <param name="Report">All findings, one per problem: the static rules on the live DOM and the failed browser rules' elements.</param>
/// <param name="BrowserRules">Each browser rule's outcome on the page and its elements (empty when they were not run).</param>
/// <param name="LiveHtml">The live DOM as the static rules saw it (open shadow roots as declarative shadow DOM).</param>
public sealed record BrowserCheckReport(CheckReport Report, IReadOnlyList<BrowserRuleResult> BrowserRules, string LiveHtml)
{
    /// <summary>The outcome of one browser rule by its ACT id (for example <c>afw4f7</c>); inapplicable when it did not run.</summary>
    /// <param name="actRule">The ACT rule id.</param>
    public BrowserRuleOutcome OutcomeOf(string actRule) =>
        BrowserRules.FirstOrDefault(result => string.Equals(result.ActRule, actRule, StringComparison.OrdinalIgnoreCase))?.Outcome
        ?? BrowserRuleOutcome.Inapplicable;

    /// <summary>
    /// The page as an EARL test subject (for <see cref="EarlReporter.Write(IEnumerable{EarlSubject}, Stream, string?)"/>):
    /// each browser rule with its real outcome (one assertion per element it applied to, or one for
    /// the page when it applied to none: inapplicable), and the static ACT rules among
    /// <paramref name="staticRules"/> as the static checker reports them on the live DOM, except
    /// those a browser rule decided.
    /// </summary>
    /// <param name="staticRules">The static rules that ran.</param>
    /// <returns>The subject.</returns>
    public EarlSubject ToEarlSubject(IEnumerable<RuleInfo> staticRules)
    {
        ArgumentNullException.ThrowIfNull(staticRules);
        var decided = BrowserRules.Select(result => result.ActRule).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var assertions = EarlReporter.StaticSubject(Report, staticRules.Where(rule => !rule.ActRules.Any(decided.Contains))).Assertions.ToList();
        foreach (var result in BrowserRules)
        {
            if (result.Targets.Count == 0)
            {
                assertions.Add(new EarlAssertion(result.Rule, Earl(result.Outcome), null, result.Outcome == BrowserRuleOutcome.Inapplicable
                    ? "nothing on the page is what the rule applies to"
                    : "the rule's outcome for the page"));
            }

            assertions.AddRange(result.Targets.Select(target => new EarlAssertion(result.Rule, Earl(target.Outcome), target.Selector, target.Message)));
        }

        return new EarlSubject(Report.Path, assertions);
    }

    private static EarlOutcome Earl(BrowserRuleOutcome outcome) => outcome switch
    {
        BrowserRuleOutcome.Failed => EarlOutcome.Failed,
        BrowserRuleOutcome.Passed => EarlOutcome.Passed,
        BrowserRuleOutcome.CantTell => EarlOutcome.CantTell,
        _ => EarlOutcome.Inapplicable,
    };
}
