using A11yArticles.Checks.Dom;
using A11yArticles.Checks.Aria;
using A11yArticles.Checks.Engine;

namespace A11yArticles.Checks.Rules.Act.Aria;

/// <summary>ACT rule ff89c9: ARIA required context role.</summary>
internal sealed class RequiredContextRole : ElementRule
{
    public override RuleInfo Info { get; } = Describe(
        "A11Y-ACT-FF89C9",
        "ARIA required context role",
        RuleGroups.Act,
        "1.3.1",
        "ff89c9",
        Severity.Error,
        "Put the element inside the role it belongs to (a listitem in a list, a tab in a tablist, an option in a listbox), or change its role.");

    public override IReadOnlyList<string> AttributeNames => ["role"];

    public override void Check(CheckContext context, ElementFacts facts)
    {
        if (facts.RoleAttribute is null)
        {
            return;
        }

        var element = facts.Element;
        var explicitRole = Roles.ExplicitRole(facts);
        if (AriaTables.Role(explicitRole) is not { RequiredContext.Count: > 0 } role || !facts.IsInAccessibilityTree
            || context.Roles.Role(facts) != explicitRole || context.Roles.ImplicitRole(element) == explicitRole)
        {
            return;
        }

        var parent = AccessibilityTreeWalk.Parent(context, element);
        var parentRole = parent is null ? null : context.Roles.Role(parent);

        // A group or rowgroup counts as context only when it sits in the right container itself.
        if (parentRole is not null && role.RequiredContext.Contains(parentRole))
        {
            return;
        }

        Report(context, element, parentRole is null
            ? $"role {explicitRole} must be inside {string.Join(" or ", role.RequiredContext)}"
            : $"role {explicitRole} must be inside {string.Join(" or ", role.RequiredContext)}, not {parentRole}");
    }
}
