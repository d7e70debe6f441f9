using A11yArticles.Checks.Dom;
using A11yArticles.Checks.Aria;
using A11yArticles.Checks.Engine;

namespace A11yArticles.Checks.Rules.Act.Aria;

/// <summary>ACT rule 674b10: Role attribute has valid value.</summary>
internal sealed class RoleIsValid : ElementRule
{
    public override RuleInfo Info { get; } = Describe(
        "A11Y-ACT-674B10",
        "Role attribute has valid value",
        RuleGroups.Act,
        "1.3.1,4.1.2",
        "674b10",
        Severity.Error,
        "Use a WAI-ARIA role that exists and is not abstract (check the spelling), or remove the role attribute.");

    public override IReadOnlyList<string> AttributeNames => ["role"];

    public override void Check(CheckContext context, ElementFacts facts)
    {
        var value = facts.RoleAttribute;
        var element = facts.Element;
        if (string.IsNullOrWhiteSpace(value) || !(facts.IsInAccessibilityTree || Dom.PageFacts.IsFocusable(facts)))
        {
            return;
        }

        if (Roles.ExplicitRole(facts) is null)
        {
            Report(context, element, $"role=\"{value!.Trim()}\" has no valid WAI-ARIA role");
        }
    }
}
