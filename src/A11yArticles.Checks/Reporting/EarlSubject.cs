namespace A11yArticles.Checks.Reporting;

/// <summary>An ACT rule's outcome on a page or an element, as EARL names them.</summary>
public enum EarlOutcome
{
    /// <summary>The rule's expectation is met (<c>earl:passed</c>).</summary>
    Passed,

    /// <summary>The rule's expectation is not met (<c>earl:failed</c>).</summary>
    Failed,

    /// <summary>The rule could not decide (<c>earl:cantTell</c>).</summary>
    CantTell,

    /// <summary>Nothing on the page is what the rule applies to (<c>earl:inapplicable</c>).</summary>
    Inapplicable,
}

/// <summary>One result of an ACT rule on a page: the outcome, the element if any, and why.</summary>
/// <param name="Rule">The rule (its first ACT rule id is the EARL test's identifier).</param>
/// <param name="Outcome">What came out.</param>
/// <param name="Selector">A CSS selector of the element, or null for the page as a whole.</param>
/// <param name="Info">Why, in words.</param>
public sealed record EarlAssertion(RuleInfo Rule, EarlOutcome Outcome, string? Selector, string Info);

/// <summary>A checked page and its assertions, one EARL <c>TestSubject</c>.</summary>
/// <param name="Path">The page's path or URL.</param>
/// <param name="Assertions">Its assertions, in the order they are written.</param>
public sealed record EarlSubject(string Path, IReadOnlyList<EarlAssertion> Assertions);
