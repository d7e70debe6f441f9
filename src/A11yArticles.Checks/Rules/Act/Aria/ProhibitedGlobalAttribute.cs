using A11yArticles.Checks.Dom;
using A11yArticles.Checks.Aria;
using A11yArticles.Checks.Engine;

namespace A11yArticles.Checks.Rules.Act.Aria;

/// <summary>ACT rule kb1m8s: ARIA global properties not used where prohibited.</summary>
internal sealed class ProhibitedGlobalAttribute : ElementRule
{
    public override RuleInfo Info { get; } = Describe(
        "A11Y-ACT-KB1M8S",
        "ARIA global properties not used where prohibited",
        RuleGroups.Act,
        "1.3.1",
        "kb1m8s",
        Severity.Error,
        "Elements such as div, span and p cannot be named: put the text in the content, or give the element a role that can be named.");

    public override IReadOnlyList<string> AttributeNames => ["aria-*"];

    public override void Check(CheckContext context, ElementFacts facts)
    {
        var element = facts.Element;
        if (!facts.HasAriaAttribute || !(element.HasAttribute("aria-label") || element.HasAttribute("aria-labelledby") || element.HasAttribute("aria-braillelabel")
              || element.HasAttribute("aria-roledescription") || element.HasAttribute("aria-brailleroledescription"))
            || !context.Facts.IsInAccessibilityTree(element))
        {
            return;
        }

        var role = context.Roles.Role(element) ?? "generic";
        var nameProhibited = AriaTables.NameProhibitedRoles.Contains(role);
        foreach (var name in new[] { "aria-label", "aria-labelledby", "aria-braillelabel" })
        {
            if (nameProhibited && element.HasAttribute(name))
            {
                Report(context, element, $"{name} is prohibited on an element with role {role}");
            }
        }

        if (element.HasAttribute("aria-roledescription") && role is "generic" or "none" or "presentation")
        {
            Report(context, element, $"aria-roledescription is prohibited on an element with role {role}");
        }

        if (element.HasAttribute("aria-brailleroledescription")
            && (string.IsNullOrWhiteSpace(element.GetAttribute("aria-roledescription")) || role is "generic" or "none" or "presentation"))
        {
            Report(context, element, "aria-brailleroledescription is used without an aria-roledescription it could stand for");
        }
    }
}
