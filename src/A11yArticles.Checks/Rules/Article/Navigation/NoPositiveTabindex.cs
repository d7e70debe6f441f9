using A11yArticles.Checks.Dom;
using A11yArticles.Checks.Engine;

namespace A11yArticles.Checks.Rules.Article.Navigation;

/// <summary>No element has a positive tabindex (it breaks the Tab order that follows the reading order).</summary>
internal sealed class NoPositiveTabindex : ElementRule
{
    public override RuleInfo Info { get; } = Describe(
        "A11Y-TAB-001",
        "No element has a positive tabindex",
        RuleGroups.Article,
        "2.4.3",
        "",
        Severity.Error,
        "Use tabindex=\"0\" (or none) and put elements in the source in the order they should be reached; a positive tabindex jumps ahead of everything else.");

    public override IReadOnlyList<string> AttributeNames => ["tabindex"];

    public override void Check(CheckContext context, ElementFacts facts)
    {
        if (facts.AttributeCount > 0 && PageFacts.TabIndex(facts.Element) is > 0 and var index)
        {
            Report(context, facts.Element, $"tabindex=\"{index}\" moves this element ahead of the reading order");
        }
    }
}
