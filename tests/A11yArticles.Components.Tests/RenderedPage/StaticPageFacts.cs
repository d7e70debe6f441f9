using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace A11yArticles.Components.Tests.RenderedPage;

/// <summary>
/// What a static reading of a page can tell about keyboard and landmark navigation. A small, test-only
/// precursor of the rules that the A11yArticles.Checks library will hold.
/// </summary>
internal static class StaticPageFacts
{
    private static readonly HtmlParser Parser = new();

    public static IHtmlDocument Parse(string html) => Parser.ParseDocument(html);

    /// <summary>Elements in sequential focus order as HTML defines it for a page without positive tabindex.</summary>
    public static IEnumerable<IElement> FocusableElements(IDocument document) =>
        document.QuerySelectorAll(
                "a[href], area[href], button, input:not([type=hidden]), select, textarea, iframe, summary, " +
                "[contenteditable]:not([contenteditable=false]), [tabindex]")
            .Where(element => !element.HasAttribute("disabled"))
            .Where(element => element.GetAttribute("tabindex")?.Trim() != "-1")
            .Where(element => !element.AncestorsAndSelf().Any(ancestor => ancestor.HasAttribute("hidden") || ancestor.HasAttribute("inert")));

    /// <summary>The landmark role an element has in the accessibility tree, or null.</summary>
    public static string? LandmarkRole(IElement element)
    {
        if (element.GetAttribute("role") is { } role)
        {
            return role is "banner" or "main" or "contentinfo" or "navigation" or "complementary" or "region" or "search" or "form"
                ? role
                : null;
        }

        var sectioningAncestor = element.Ancestors<IElement>().Any(a => a.LocalName is "article" or "aside" or "main" or "nav" or "section");
        return element.LocalName switch
        {
            "main" => "main",
            "nav" => "navigation",
            "aside" => "complementary",
            "header" when !sectioningAncestor => "banner",
            "footer" when !sectioningAncestor => "contentinfo",
            "section" when element.HasAttribute("aria-label") || element.HasAttribute("aria-labelledby") => "region",
            _ => null,
        };
    }

    /// <summary>Visible text nodes of the body that no landmark contains.</summary>
    public static IEnumerable<IText> TextOutsideLandmarks(IDocument document) =>
        document.Body!.Descendants<IText>()
            .Where(text => !string.IsNullOrWhiteSpace(text.Data))
            .Where(text => text.ParentElement is not { LocalName: "script" or "style" or "template" or "noscript" })
            .Where(text => !text.Ancestors<IElement>().Any(element => LandmarkRole(element) is not null));

    private static IEnumerable<IElement> AncestorsAndSelf(this IElement element)
    {
        for (var current = element; current is not null; current = current.ParentElement)
        {
            yield return current;
        }
    }
}

/// <summary>
/// The article contract as findings: each check returns what is wrong with a page (nothing when it
/// is right), so the same list runs on the library's pages and on the demo site's.
/// </summary>
internal static class PageContract
{
    public static IEnumerable<string> Findings(IDocument document)
    {
        var html = document.DocumentElement;
        if (string.IsNullOrWhiteSpace(html.GetAttribute("lang")))
        {
            yield return "html has no lang";
        }

        if (document.QuerySelectorAll("main").Length != 1)
        {
            yield return $"{document.QuerySelectorAll("main").Length} main elements, expected 1";
        }

        if (document.QuerySelectorAll("h1").Length != 1)
        {
            yield return $"{document.QuerySelectorAll("h1").Length} h1 elements, expected 1";
        }

        var main = document.QuerySelector("main");
        if (main is not null && main.QuerySelector("h1, h2, h3, h4, h5, h6") is { LocalName: not "h1" } firstHeading)
        {
            yield return $"the first heading in main is {firstHeading.LocalName}, not the h1";
        }

        var previous = 0;
        foreach (var heading in document.QuerySelectorAll("h1, h2, h3, h4, h5, h6"))
        {
            var level = heading.LocalName[1] - '0';
            if (previous > 0 && level > previous + 1)
            {
                yield return $"heading level skipped: h{previous} then h{level} '{heading.TextContent.Trim()}'";
            }

            previous = level;
        }

        var ids = document.QuerySelectorAll("[id]").Select(e => e.Id!).ToList();
        foreach (var duplicate in ids.GroupBy(id => id, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            yield return $"id '{duplicate.Key}' is used {duplicate.Count()} times";
        }

        foreach (var element in document.QuerySelectorAll("[aria-labelledby], [aria-describedby]"))
        {
            foreach (var id in ((element.GetAttribute("aria-labelledby") ?? "") + " " + (element.GetAttribute("aria-describedby") ?? "")).Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                if (document.GetElementById(id) is null)
                {
                    yield return $"<{element.LocalName}> refers to missing id '{id}'";
                }
            }
        }

        foreach (var link in document.QuerySelectorAll("a[href*='#']"))
        {
            var href = link.GetAttribute("href")!;
            var fragment = href[(href.IndexOf('#', StringComparison.Ordinal) + 1)..];
            var samePage = href.StartsWith('#') || link.HasAttribute("data-a11y-skip-link");
            if (samePage && fragment is not ("" or "top") && document.GetElementById(Uri.UnescapeDataString(fragment)) is null)
            {
                yield return $"link '{link.TextContent.Trim()}' goes to missing id '{fragment}'";
            }
        }

        var first = StaticPageFacts.FocusableElements(document).FirstOrDefault();
        if (first is null || !first.HasAttribute("data-a11y-skip-link") || first.GetAttribute("href")?.EndsWith("#" + main?.Id, StringComparison.Ordinal) != true)
        {
            yield return "the first focusable element is not a skip link to main";
        }

        foreach (var text in StaticPageFacts.TextOutsideLandmarks(document).Where(t => t.ParentElement?.HasAttribute("data-a11y-skip-link") != true))
        {
            yield return $"text outside every landmark: '{text.Data.Trim()}'";
        }

        foreach (var group in document.QuerySelectorAll("nav, aside, [role=navigation], [role=complementary]")
                     .Where(e => e.GetAttribute("aria-hidden") != "true")
                     .GroupBy(e => StaticPageFacts.LandmarkRole(e) ?? e.LocalName))
        {
            var names = group.Select(e => AccessibleName(document, e)).ToList();
            if (group.Count() > 1 && names.Distinct(StringComparer.Ordinal).Count() != names.Count)
            {
                yield return $"several {group.Key} landmarks without distinct names: {string.Join(", ", names.Select(n => $"'{n}'"))}";
            }

            foreach (var unnamed in group.Where(e => AccessibleName(document, e).Length == 0 && e.LocalName == "aside"))
            {
                yield return "an aside has no name";
            }
        }

        foreach (var time in document.QuerySelectorAll("time"))
        {
            if (!DateTimeOffset.TryParse(time.GetAttribute("datetime"), System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out _))
            {
                yield return $"<time> '{time.TextContent}' has no valid datetime";
            }
        }

        foreach (var hidden in document.QuerySelectorAll(".visually-hidden"))
        {
            var next = hidden.NextSibling?.TextContent ?? "";
            if (next.Length > 0 && !char.IsWhiteSpace(hidden.TextContent[^1]) && !char.IsWhiteSpace(next[0]))
            {
                yield return $"visually hidden text '{hidden.TextContent}' would merge with the word after it";
            }
        }

        foreach (var hidden in document.QuerySelectorAll("[aria-hidden=true]"))
        {
            if (StaticPageFacts.FocusableElements(document).Any(f => f == hidden || hidden.Contains(f)))
            {
                yield return "a focusable element is inside aria-hidden";
            }
        }

        foreach (var image in document.QuerySelectorAll("img:not([alt])"))
        {
            yield return $"image {image.GetAttribute("src")} has no alt";
        }

        var article = document.QuerySelector("article");
        if (article is not null && (article.GetAttribute("lang") is null || article.GetAttribute("dir") is null))
        {
            yield return "the article has no lang or dir";
        }
    }

    private static string AccessibleName(IDocument document, IElement element) =>
        element.GetAttribute("aria-label")
        ?? string.Join(" ", (element.GetAttribute("aria-labelledby") ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(id => document.GetElementById(id)?.TextContent.Trim() ?? ""))
        .Trim();
}
