namespace A11yArticles.Checks;

/// <summary>One violation of one rule on one element.</summary>
/// <param name="Rule">The rule that was violated.</param>
/// <param name="Message">What is wrong with this element, in words a person can act on.</param>
/// <param name="Selector">A CSS selector that finds the element in the document.</param>
/// <param name="Line">1-based line of the element's start tag in the source (1 when unknown).</param>
/// <param name="Column">1-based column of the element's start tag in the source (1 when unknown).</param>
/// <param name="Snippet">The element's outer HTML, cut short.</param>
public sealed record Finding(RuleInfo Rule, string Message, string Selector, int Line, int Column, string Snippet)
{
    /// <summary>The rule's severity.</summary>
    public Severity Severity => Rule.Severity;
}
