using A11yArticles.Checks.Dom;
using A11yArticles.Checks.Aria;
using A11yArticles.Checks.Engine;

namespace A11yArticles.Checks.Rules.Act.Names;

/// <summary>cae760 rule cae760: Iframe element has non-empty accessible name.</summary>
internal sealed class IframeHasName : ElementRule
{
    public override RuleInfo Info { get; } = Describe(
        "A11Y-ACT-CAE760",
        "Iframe element has non-empty accessible name",
        RuleGroups.Act,
        "4.1.2",
        "cae760",
        Severity.Error,
        "Give the iframe a title (or aria-label) that says what it holds.");

    public override IReadOnlyList<string> ElementNames => ["iframe"];

    public override void Check(CheckContext context, ElementFacts facts)
    {
        if (!facts.IsInAccessibilityTree)
        {
            return;
        }

        var element = facts.Element;
        var role = context.Roles.Role(facts);
        if ((element.LocalName == "iframe" && Roles.ExplicitRole(facts) is null && !(Dom.PageFacts.TabIndex(element) < 0)) && context.Names.Name(facts).Length == 0)
        {
            Report(context, element, "the iframe has no accessible name");
        }
    }
}
