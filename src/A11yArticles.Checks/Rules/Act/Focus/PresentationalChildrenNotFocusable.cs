using A11yArticles.Checks.Aria;
using A11yArticles.Checks.Engine;

namespace A11yArticles.Checks.Rules.Act.Focus;

/// <summary>ACT rule 307n5z: Element with presentational children has no focusable content.</summary>
internal sealed class PresentationalChildrenNotFocusable : Rule
{
    public override RuleInfo Info { get; } = Describe(
        "A11Y-ACT-307N5Z",
        "Element with presentational children has no focusable content",
        RuleGroups.Act,
        "4.1.2",
        "307n5z",
        Severity.Error,
        "Move the focusable element out of the button, tab, checkbox or image: their children are not exposed, so a screen-reader user cannot tell what it is.");

    public override void Check(CheckContext context)
    {
        foreach (var element in context.Elements)
        {
            var role = context.Roles.Role(element);
            if (AriaTables.Role(role) is not { ChildrenPresentational: true } || !context.Facts.IsInAccessibilityTree(element))
            {
                continue;
            }

            var focusable = Dom.Traversal.DescendantElements(element).FirstOrDefault(context.Facts.IsInSequentialFocusOrder);
            if (focusable is not null)
            {
                Report(context, element, $"the {role} holds focusable content (<{focusable.LocalName}>), which its role hides from assistive technology");
            }
        }
    }
}
