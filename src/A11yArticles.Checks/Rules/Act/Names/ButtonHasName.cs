using A11yArticles.Checks.Dom;
using A11yArticles.Checks.Aria;
using A11yArticles.Checks.Engine;

namespace A11yArticles.Checks.Rules.Act.Names;

/// <summary>97a4e1 rule 97a4e1: Button has non-empty accessible name.</summary>
internal sealed class ButtonHasName : ElementRule
{
    public override RuleInfo Info { get; } = Describe(
        "A11Y-ACT-97A4E1",
        "Button has non-empty accessible name",
        RuleGroups.Act,
        "4.1.2",
        "97a4e1",
        Severity.Error,
        "Give the button text content, a value, aria-label or aria-labelledby that says what it does.");

    public override IReadOnlyList<string> RoleNames => ["button"];

    public override void Check(CheckContext context, ElementFacts facts)
    {
        if (!facts.IsInAccessibilityTree)
        {
            return;
        }

        var element = facts.Element;
        var role = context.Roles.Role(facts);
        if ((role == "button" && !(element.LocalName == "input" && string.Equals(element.GetAttribute("type")?.Trim(), "image", StringComparison.OrdinalIgnoreCase))) && context.Names.Name(facts).Length == 0)
        {
            Report(context, element, "the button has no accessible name");
        }
    }
}
