using A11yArticles.Checks.Engine;
using AngleSharp.Dom;

namespace A11yArticles.Checks.Rules.Article;

/// <summary>Helpers the article-contract rules share: landmarks, headings, focus order.</summary>
internal static class ArticleFacts
{
    public static readonly HashSet<string> LandmarkRoles = new(StringComparer.Ordinal)
    {
        "banner", "main", "contentinfo", "navigation", "complementary", "region", "search", "form",
    };

    /// <summary>The element's landmark role, or null (form and region only count when named, as in browsers).</summary>
    public static string? LandmarkRole(CheckContext context, IElement element)
    {
        var role = context.Roles.Role(element);
        if (role is "form" && context.Names.Name(element).Length == 0)
        {
            return null;
        }

        return role is not null && LandmarkRoles.Contains(role) ? role : null;
    }

    /// <summary>Elements in the order Tab reaches them: positive tabindex first (ascending), then document order.</summary>
    public static IReadOnlyList<IElement> SequentialFocusOrder(CheckContext context) =>
        context.GetOrAdd("focus-order", () => context.Elements
            .Where(context.Facts.IsInSequentialFocusOrder)
            .Select((element, index) => (element, index, tabindex: Dom.PageFacts.TabIndex(element) ?? 0))
            .OrderBy(item => item.tabindex > 0 ? 0 : 1)
            .ThenBy(item => item.tabindex > 0 ? item.tabindex : 0)
            .ThenBy(item => item.index)
            .Select(item => item.element)
            .ToList());

    /// <summary>Headings in the accessibility tree with their level (h1–h6, or role=heading with aria-level, default 2).</summary>
    public static IReadOnlyList<(IElement Element, int Level)> Headings(CheckContext context) =>
        context.GetOrAdd("headings", () => context.Elements
            .Where(element => context.Roles.Role(element) == "heading" && context.Facts.IsInAccessibilityTree(element))
            .Select(element => (element, Level(element)))
            .ToList());

    private static int Level(IElement element)
    {
        if (int.TryParse(element.GetAttribute("aria-level"), out var level) && level > 0)
        {
            return level;
        }

        return element.LocalName is ['h', >= '1' and <= '6'] ? element.LocalName[1] - '0' : 2;
    }
}
