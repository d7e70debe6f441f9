using A11yArticles.Checks.Engine;
using AngleSharp.Dom;

namespace A11yArticles.Checks.Rules.Act.Document;

/// <summary>ACT rule 2779a5: HTML page has non-empty title.</summary>
internal sealed class PageHasTitle : Rule
{
    public override RuleInfo Info { get; } = Describe(
        "A11Y-ACT-2779A5",
        "HTML page has non-empty title",
        RuleGroups.Act,
        "2.4.2",
        "2779a5",
        Severity.Error,
        "Add <title> to the head with text that names the page (e.g. the article's headline and the site).");

    public override void Check(CheckContext context)
    {
        if (!context.IsHtmlPage || !context.IsWholePage || context.Document.DocumentElement is not { } root)
        {
            return;
        }

        // The page's title is the first title element of the document's own tree (document.title); one in a shadow tree is not.
        var title = context.Facts.All.FirstOrDefault(facts => facts.IsInDocumentTree && facts.Element.LocalName == "title" && facts.Element.NamespaceUri == NamespaceNames.HtmlUri)?.Element;
        if (title is null)
        {
            Report(context, root, "the page has no <title> element");
        }
        else if (string.IsNullOrWhiteSpace(title.TextContent))
        {
            Report(context, title, "the page's <title> is empty");
        }
    }
}
