using A11yArticles.Checks.Dom;
using A11yArticles.Checks.Aria;
using A11yArticles.Checks.Engine;

namespace A11yArticles.Checks.Rules.Act.Names;

/// <summary>m6b1q3 rule m6b1q3: Menuitem has non-empty accessible name.</summary>
internal sealed class MenuitemHasName : ElementRule
{
    public override RuleInfo Info { get; } = Describe(
        "A11Y-ACT-M6B1Q3",
        "Menuitem has non-empty accessible name",
        RuleGroups.Act,
        "4.1.2",
        "m6b1q3",
        Severity.Error,
        "Give the menu item text content, aria-label or aria-labelledby.");

    public override IReadOnlyList<string> RoleNames => ["menuitem"];

    public override void Check(CheckContext context, ElementFacts facts)
    {
        if (!facts.IsInAccessibilityTree)
        {
            return;
        }

        var element = facts.Element;
        var role = context.Roles.Role(facts);
        if ((role == "menuitem") && context.Names.Name(facts).Length == 0)
        {
            Report(context, element, "the menu item has no accessible name");
        }
    }
}
