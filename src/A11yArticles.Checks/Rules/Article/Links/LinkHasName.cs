using A11yArticles.Checks.Dom;
using A11yArticles.Checks.Engine;

namespace A11yArticles.Checks.Rules.Article.Links;

/// <summary>Every link has an accessible name.</summary>
internal sealed class LinkHasName : ElementRule
{
    public override RuleInfo Info { get; } = Describe(
        "A11Y-LINK-001",
        "Every link has a name",
        RuleGroups.Article,
        "2.4.4,4.1.2",
        "",
        Severity.Error,
        "Put words in the link that say where it goes (or alt text on its image); an unnamed link is read as its URL or not at all.",
        sameFaultAs: "c487ae");

    public override IReadOnlyList<string> RoleNames => ["link"];

    public override void Check(CheckContext context, ElementFacts facts)
    {
        if (facts.IsInAccessibilityTree && context.Roles.Role(facts) == "link" && context.Names.Name(facts).Length == 0)
        {
            Report(context, facts.Element, "the link has no accessible name");
        }
    }
}
