using A11yArticles.Checks;

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
}
