using System.Reflection;

namespace A11yArticles.Checks.Engine;

/// <summary>Every rule of the assembly, found once by reflection (each is a sealed class with a parameterless constructor).</summary>
internal static class RuleCatalog
{
    public static IReadOnlyList<Rule> All { get; } = typeof(RuleCatalog).Assembly.GetTypes()
        .Where(type => type.IsSealed && !type.IsAbstract && typeof(Rule).IsAssignableFrom(type))
        .Select(type => (Rule)Activator.CreateInstance(type, nonPublic: true)!)
        .OrderBy(rule => rule.Info.Group == RuleGroups.Article ? 0 : 1)
        .ThenBy(rule => rule.Info.Id, StringComparer.Ordinal)
        .ToList();

    /// <summary>
    /// The rules a selection names. Each item is a rule id (<c>A11Y-SKIP-001</c>), an id prefix
    /// ending in <c>*</c> (<c>A11Y-LANG-*</c>), a group (<c>article</c>, <c>act</c>), or an ACT rule id
    /// (<c>23a2a8</c>); case does not matter. Unknown items are returned so the caller can name them.
    /// </summary>
    public static IReadOnlyList<Rule> Select(IEnumerable<string> selection, out IReadOnlyList<string> unknown)
    {
        var chosen = new HashSet<Rule>();
        var missing = new List<string>();
        foreach (var raw in selection.SelectMany(item => item.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)))
        {
            var matches = All.Where(rule => Matches(rule.Info, raw)).ToList();
            if (matches.Count == 0)
            {
                missing.Add(raw);
            }

            chosen.UnionWith(matches);
        }

        unknown = missing;
        return All.Where(chosen.Contains).ToList();
    }

    private static bool Matches(RuleInfo info, string item)
    {
        if (item.EndsWith('*'))
        {
            return info.Id.StartsWith(item[..^1], StringComparison.OrdinalIgnoreCase);
        }

        return info.Id.Equals(item, StringComparison.OrdinalIgnoreCase)
            || info.Group.Equals(item, StringComparison.OrdinalIgnoreCase)
            || info.ActRules.Contains(item, StringComparer.OrdinalIgnoreCase);
    }
}
