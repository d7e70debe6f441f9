using A11yArticles.Checks.Dom;
using A11yArticles.Checks.Aria;
using A11yArticles.Checks.Engine;

namespace A11yArticles.Checks.Rules.Act.Aria;

/// <summary>ACT rule 46ca7f: Element marked as decorative is not exposed.</summary>
internal sealed class DecorativeNotExposed : ElementRule
{
    public override RuleInfo Info { get; } = Describe(
        "A11Y-ACT-46CA7F",
        "Element marked as decorative is not exposed",
        RuleGroups.Act,
        "1.1.1",
        "46ca7f",
        Severity.Error,
        "A decorative element must not be focusable or carry global ARIA attributes (such as aria-label); remove them, or drop role=\"none\"/alt=\"\" if it is not decorative.");

    public override IReadOnlyList<string> ElementNames => ["img"];

    public override IReadOnlyList<string> AttributeNames => ["role"];

    public override void Check(CheckContext context, ElementFacts facts)
    {
        var element = facts.Element;
        if (!facts.IsInAccessibilityTree || (facts.RoleAttribute is null && element.LocalName != "img") || !Roles.IsMarkedDecorative(element))
        {
            return;
        }

        var role = context.Roles.Role(facts);
        if (role is not (null or "none" or "presentation"))
        {
            Report(context, element, $"the element is marked decorative but is exposed with role {role} (it is focusable or has a global ARIA attribute)");
        }
    }
}
