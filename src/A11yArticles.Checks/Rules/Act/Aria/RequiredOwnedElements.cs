using A11yArticles.Checks.Dom;
using A11yArticles.Checks.Aria;
using A11yArticles.Checks.Engine;
using AngleSharp.Dom;

namespace A11yArticles.Checks.Rules.Act.Aria;

/// <summary>ACT rule bc4a75: ARIA required owned elements.</summary>
internal sealed class RequiredOwnedElements : ElementRule
{
    public override RuleInfo Info { get; } = Describe(
        "A11Y-ACT-BC4A75",
        "ARIA required owned elements",
        RuleGroups.Act,
        "1.3.1",
        "bc4a75",
        Severity.Error,
        "Give the children the roles this role needs (a list holds listitems, a tablist tabs, a menu menuitems), or change the role.");

    public override IReadOnlyList<string> RoleNames { get; } = [.. AriaTables.Roles.Values.Where(role => role.RequiredOwned.Count > 0).Select(role => role.Name)];

    public override void Check(CheckContext context, ElementFacts facts)
    {
        if (!facts.IsInAccessibilityTree)
        {
            return;
        }

        var element = facts.Element;
        var roleName = context.Roles.Role(facts);
        if (AriaTables.Role(roleName) is not { RequiredOwned.Count: > 0 } role
            || string.Equals(element.GetAttribute("aria-busy")?.Trim(), "true", StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        var wrong = WrongOwned(context, element, Allowed(roleName!, role.RequiredOwned), depth: 0);
        if (wrong is not null)
        {
            Report(context, element, $"role {roleName} may only own {string.Join(", ", role.RequiredOwned)}, but owns <{wrong.LocalName}> with role {context.Roles.Role(wrong) ?? "none"}");
        }
    }

    /// <summary>
    /// The roles the owner may own: its required owned elements, plus <c>caption</c> for tables and
    /// grids (a table's caption is its first child in HTML, and WAI-ARIA 1.3 allows it there; 1.2's
    /// list of required owned elements left it out, so every captioned table would be a false alarm).
    /// </summary>
    private static IReadOnlyList<string> Allowed(string ownerRole, IReadOnlyList<string> required) =>
        ownerRole is "table" or "grid" or "treegrid" ? [.. required, "caption"] : required;

    private static IElement? WrongOwned(CheckContext context, IElement owner, IReadOnlyList<string> allowed, int depth)
    {
        foreach (var owned in AccessibilityTreeWalk.OwnedElements(context, owner))
        {
            var role = context.Roles.Role(owned);
            if (role is null || !allowed.Contains(role))
            {
                return owned;
            }

            // A group inside a menu, listbox or tree must hold what its owner needs.
            if (role is "group" or "rowgroup" && depth < 16 && WrongOwned(context, owned, role == "rowgroup" ? ["row"] : allowed.Where(item => item != "group" || true).ToList(), depth + 1) is { } nested)
            {
                return nested;
            }
        }

        return null;
    }
}
