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
