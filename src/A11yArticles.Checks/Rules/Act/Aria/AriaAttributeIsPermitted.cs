using A11yArticles.Checks.Dom;
using A11yArticles.Checks.Aria;
using A11yArticles.Checks.Engine;

namespace A11yArticles.Checks.Rules.Act.Aria;

/// <summary>ACT rule 5c01ea: ARIA state or property is permitted.</summary>
internal sealed class AriaAttributeIsPermitted : ElementRule
{
    public override RuleInfo Info { get; } = Describe(
        "A11Y-ACT-5C01EA",
        "ARIA state or property is permitted",
        RuleGroups.Act,
        "1.3.1,4.1.2",
        "5c01ea",
        Severity.Error,
        "Remove the attribute, or give the element a role that supports it.");

    public override IReadOnlyList<string> AttributeNames => ["aria-*"];

    public override void Check(CheckContext context, ElementFacts facts)
    {
        if (!facts.HasAriaAttribute || !facts.IsInAccessibilityTree)
        {
            return;
        }

        var element = facts.Element;
        string? role = null;
        var resolved = false;
        foreach (var attribute in element.Attributes)
        {
            if (!AriaTables.Attributes.TryGetValue(attribute.Name, out var definition) || definition.IsGlobal)
            {
                continue;
            }

            if (!resolved)
            {
                role = context.Roles.Role(facts);
                resolved = true;
            }

            if (!AriaTables.IsAllowed(attribute.Name, role))
            {
                Report(context, element, role is null
                    ? $"{attribute.Name} is not allowed on <{element.LocalName}>, which has no role"
                    : $"{attribute.Name} is not allowed on an element with role {role}");
            }
        }
    }
}
