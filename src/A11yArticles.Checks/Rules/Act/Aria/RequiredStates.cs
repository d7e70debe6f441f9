using A11yArticles.Checks.Dom;
using A11yArticles.Checks.Aria;
using A11yArticles.Checks.Engine;
using AngleSharp.Dom;

namespace A11yArticles.Checks.Rules.Act.Aria;

/// <summary>ACT rule 4e8ab6: Element with role attribute has required states and properties.</summary>
internal sealed class RequiredStates : ElementRule
{
    public override RuleInfo Info { get; } = Describe(
        "A11Y-ACT-4E8AB6",
        "Element with role attribute has required states and properties",
        RuleGroups.Act,
        "1.3.1,4.1.2",
        "4e8ab6",
        Severity.Error,
        "Add the states the role requires (e.g. aria-checked on a checkbox, aria-level on a heading, aria-expanded on a combobox).");

    public override IReadOnlyList<string> AttributeNames => ["role"];

    public override void Check(CheckContext context, ElementFacts facts)
    {
        var element = facts.Element;
        var explicitRole = facts.RoleAttribute is null ? null : Roles.ExplicitRole(facts);
        if (explicitRole is null || explicitRole is "none" or "presentation" || !facts.IsInAccessibilityTree
            || context.Roles.ImplicitRole(element) == explicitRole || AriaTables.Role(explicitRole) is not { } role)
        {
            return;
        }

        var required = role.Required.ToList();
        if (explicitRole == "separator" && context.Facts.IsFocusable(element))
        {
            required.Add("aria-valuenow");
        }

        foreach (var attribute in required)
        {
            if (!element.HasAttribute(attribute) && !NativelyProvided(element, attribute))
            {
                Report(context, element, $"role {explicitRole} requires {attribute}");
            }
        }
    }

    /// <summary>A native element already exposes the state (a checkbox's checkedness, a range input's value).</summary>
    private static bool NativelyProvided(IElement element, string attribute)
    {
        var type = element.GetAttribute("type")?.Trim().ToLowerInvariant();
        return attribute switch
        {
            "aria-checked" => element.LocalName == "input" && type is "checkbox" or "radio",
            "aria-valuenow" => element.LocalName is "meter" or "progress" || (element.LocalName == "input" && type is "range" or "number"),
            "aria-level" => element.LocalName is "h1" or "h2" or "h3" or "h4" or "h5" or "h6",
            "aria-expanded" => element.LocalName == "select",
            _ => false,
        };
    }
}
