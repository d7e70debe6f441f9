using A11yArticles.Checks.Aria;
using A11yArticles.Checks.Engine;

namespace A11yArticles.Checks.Rules.Act.Focus;

/// <summary>ACT rule 307n5z: Element with presentational children has no focusable content.</summary>
internal sealed class PresentationalChildrenNotFocusable : ElementRule
{
    public override RuleInfo Info { get; } = Describe(
        "A11Y-ACT-307N5Z",
        "Element with presentational children has no focusable content",
        RuleGroups.Act,
        "4.1.2",
        "307n5z",
        Severity.Error,
        "Move the focusable element out of the button, tab, checkbox or image: their children are not exposed, so a screen-reader user cannot tell what it is.");

    public override IReadOnlyList<string> RoleNames { get; } = [.. AriaTables.Roles.Values.Where(role => role.ChildrenPresentational).Select(role => role.Name)];

    public override void Check(CheckContext context, Dom.ElementFacts facts)
    {
        var element = facts.Element;
        var role = context.Roles.Role(facts);
        if (AriaTables.Role(role) is not { ChildrenPresentational: true } || !facts.IsInAccessibilityTree)
        {
            return;
        }

        var focusable = context.Facts.FirstInSequentialFocusOrder(facts, includeSelf: false);
        if (focusable is not null)
        {
            Report(context, element, $"the {role} holds focusable content (<{focusable.LocalName}>), which its role hides from assistive technology");
        }
    }
}
