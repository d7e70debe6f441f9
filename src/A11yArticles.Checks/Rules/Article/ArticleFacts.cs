using A11yArticles.Checks.Engine;
using AngleSharp.Dom;

namespace A11yArticles.Checks.Rules.Article;

/// <summary>Helpers the article-contract rules share: landmarks, headings, focus order.</summary>
internal static class ArticleFacts
{
    /// <summary>The landmark roles (a pattern match: asked once per element, cheaper than hashing the role).</summary>
    public static bool IsLandmarkRole(string? role) =>
        role is "banner" or "main" or "contentinfo" or "navigation" or "complementary" or "region" or "search" or "form";

    /// <summary>The element's landmark role, or null (form and region only count when named, as in browsers).</summary>
    public static string? LandmarkRole(CheckContext context, IElement element) => LandmarkRole(context, context.Facts.Of(element));

    /// <inheritdoc cref="LandmarkRole(CheckContext, IElement)"/>
    public static string? LandmarkRole(CheckContext context, Dom.ElementFacts facts)
    {
        var role = context.Roles.Role(facts);
        if (role is "form" && context.Names.Name(facts).Length == 0)
        {
            return null;
        }

        return IsLandmarkRole(role) ? role : null;
    }

    /// <summary>Elements in the order Tab reaches them: positive tabindex first (ascending), then document order.</summary>
    public static IReadOnlyList<IElement> SequentialFocusOrder(CheckContext context) =>
        context.GetOrAdd("focus-order", () =>
        {
            // Document order, with the (rare) positive tabindex elements moved to the front, ascending (a stable sort).
            var positive = new List<(IElement Element, int TabIndex)>();
            var rest = new List<IElement>();
            foreach (var facts in context.Facts.All)
            {
                if (!Dom.PageFacts.IsInSequentialFocusOrder(facts))
                {
                    continue;
                }

                if (Dom.PageFacts.TabIndex(facts) is > 0 and var tabindex)
                {
                    positive.Add((facts.Element, tabindex));
                }
                else
                {
                    rest.Add(facts.Element);
                }
            }

            return (IReadOnlyList<IElement>)[.. positive.OrderBy(item => item.TabIndex).Select(item => item.Element), .. rest];
        });

    /// <summary>
    /// The id an in-page link points at: <c>#main</c>, or <c>/articles/story#main</c> when an element
    /// of this page has that id. A static checker does not know the page's own address, and hosts
    /// with <c>&lt;base href="/"&gt;</c> (Blazor) must write skip links with the page's path, so a
    /// fragment that names an element of this page is taken as in-page. Null for anything else.
    /// </summary>
    public static string? InPageTarget(CheckContext context, IElement link)
    {
        var href = link.LocalName == "a" ? link.GetAttribute("href") : null;
        var hash = href?.IndexOf('#') ?? -1;
        if (href is null || hash < 0 || hash == href.Length - 1)
        {
            return null;
        }

        var id = Uri.UnescapeDataString(href[(hash + 1)..]);
        return hash == 0 || context.Facts.ElementById(id) is not null ? id : null;
    }

    /// <summary>
    /// The skip links: the run of in-page links at the start of the focus order that sit outside every
    /// landmark (a page may offer several: to the content, to the navigation, past a long embed).
    /// </summary>
    public static IReadOnlyList<IElement> SkipLinks(CheckContext context) =>
        context.GetOrAdd("skip-links", () => SequentialFocusOrder(context)
            .TakeWhile(element => InPageTarget(context, element) is not null && !InsideLandmark(context, element))
            .ToList());

    private static bool InsideLandmark(CheckContext context, IElement element)
    {
        for (var ancestor = element.ParentElement; ancestor is not null; ancestor = ancestor.ParentElement)
        {
            if (LandmarkRole(context, ancestor) is not null)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Headings in the accessibility tree with their level (h1–h6, or role=heading with aria-level, default 2).</summary>
    public static IReadOnlyList<(IElement Element, int Level)> Headings(CheckContext context) =>
        context.GetOrAdd("headings", () => context.Facts.All
            .Where(facts => facts.IsInAccessibilityTree && context.Roles.Role(facts) == "heading")
            .Select(facts => (facts.Element, Level(facts.Element)))
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
