using A11yArticles.Checks.Dom;
using A11yArticles.Checks.Aria;
using A11yArticles.Checks.Engine;

namespace A11yArticles.Checks.Rules.Act.Names;

/// <summary>2t702h rule 2t702h: Summary element has non-empty accessible name.</summary>
internal sealed class SummaryHasName : ElementRule
{
    public override RuleInfo Info { get; } = Describe(
        "A11Y-ACT-2T702H",
        "Summary element has non-empty accessible name",
        RuleGroups.Act,
        "4.1.2",
        "2t702h",
        Severity.Error,
        "Put text in the summary element that says what the details hold.");

    public override IReadOnlyList<string> ElementNames => ["summary"];

    public override void Check(CheckContext context, ElementFacts facts)
    {
        if (!facts.IsInAccessibilityTree)
        {
            return;
        }

        var element = facts.Element;
        var role = context.Roles.Role(facts);
        if ((element.LocalName == "summary" && Dom.PageFacts.IsDetailsSummary(element) && role is null) && context.Names.Name(facts).Length == 0)
        {
            Report(context, element, "the summary has no accessible name");
        }
    }
}
