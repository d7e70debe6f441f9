using A11yArticles.Checks.Engine;

namespace A11yArticles.Checks.Rules.Article.Structure;

/// <summary>Several navigation, complementary or region landmarks each have a distinct accessible name.</summary>
internal sealed class DistinctLandmarkNames : Rule
{
    public override RuleInfo Info { get; } = Describe(
        "A11Y-LAND-002",
        "Landmarks of the same kind have distinct names",
        RuleGroups.Article,
        "1.3.1,2.4.1",
        "",
        Severity.Error,
        "Name each nav, aside or section landmark with aria-label or aria-labelledby (\"Main menu\", \"Related stories\") so a screen-reader user can tell them apart.");

    public override void Check(CheckContext context)
    {
        var landmarks = context.Facts.All
            .Where(facts => facts.IsInAccessibilityTree)
            .Select(facts => (Element: facts.Element, Role: ArticleFacts.LandmarkRole(context, facts)))
            .Where(item => item.Role is "navigation" or "complementary" or "region")
            .GroupBy(item => item.Role);
        foreach (var group in landmarks)
        {
            var items = group.ToList();
            if (items.Count < 2)
            {
                continue;
            }

            var seen = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
            foreach (var (element, role) in items)
            {
                var name = context.Names.Name(element);
                if (name.Length == 0)
                {
                    Report(context, element, $"the page has {items.Count} {role} landmarks, and this one has no name");
                }
                else if (seen.TryGetValue(name, out var count))
                {
                    Report(context, element, $"another {role} landmark is also named \"{name}\"");
                    seen[name] = count + 1;
                }
                else
                {
                    seen[name] = 1;
                }
            }
        }
    }
}
