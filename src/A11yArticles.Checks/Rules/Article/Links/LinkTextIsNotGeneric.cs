using A11yArticles.Checks.Dom;
using A11yArticles.Checks.Engine;
using AngleSharp.Dom;

namespace A11yArticles.Checks.Rules.Article.Links;

/// <summary>
/// A link named only "click here", "read more"... has context: a sentence around it, or aria-describedby.
/// A warning: whether the context is enough is a judgement the rule can only approximate.
/// </summary>
internal sealed class LinkTextIsNotGeneric : ElementRule
{
    private static readonly HashSet<string> GenericNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "click here", "here", "click", "read more", "more", "more…", "read more…", "learn more", "continue", "continue reading",
        "link", "this link", "this", "details", "more details", "go", "info", "more info", "see more", "find out more",
    };

    public override RuleInfo Info { get; } = Describe(
        "A11Y-LINK-002",
        "Link text is not generic without context",
        RuleGroups.Article,
        "2.4.4",
        "",
        Severity.Warning,
        "Say where the link goes (\"Read the full interview with Harris\"), or keep the generic words inside a sentence that does, or point aria-describedby at the headline it belongs to.");

    public override IReadOnlyList<string> RoleNames => ["link"];

    public override void Check(CheckContext context, ElementFacts facts)
    {
        if (!facts.IsInAccessibilityTree || context.Roles.Role(facts) != "link")
        {
            return;
        }

        var element = facts.Element;
        var name = context.Names.Name(facts).Trim().TrimEnd('.', '!', '›', '»', '→').Trim();
        if (!GenericNames.Contains(name) || HasContext(element))
        {
            return;
        }

        Report(context, element, $"the link text \"{name}\" does not say where the link goes, and nothing around it does");
    }

    /// <summary>aria-describedby, or other words in the same sentence-level container (p, li, td, dd, figcaption).</summary>
    private static bool HasContext(IElement link)
    {
        if (!string.IsNullOrWhiteSpace(link.GetAttribute("aria-describedby")))
        {
            return true;
        }

        var container = link.ParentElement;
        while (container is not null && container.LocalName is not ("p" or "li" or "td" or "th" or "dd" or "figcaption" or "blockquote"))
        {
            if (container.LocalName is "body" or "main" or "article" or "section" or "nav" or "aside" or "div" or "header" or "footer")
            {
                return false;
            }

            container = container.ParentElement;
        }

        if (container is null)
        {
            return false;
        }

        var surrounding = container.TextContent.Replace(link.TextContent, string.Empty, StringComparison.Ordinal);
        return surrounding.Count(char.IsLetterOrDigit) >= 3;
    }
}
