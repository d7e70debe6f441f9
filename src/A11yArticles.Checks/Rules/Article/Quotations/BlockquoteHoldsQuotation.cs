using A11yArticles.Checks.Dom;
using A11yArticles.Checks.Engine;
using AngleSharp.Dom;

namespace A11yArticles.Checks.Rules.Article.Quotations;

/// <summary>A blockquote holds quoted content; it is not used to indent.</summary>
internal sealed class BlockquoteHoldsQuotation : ElementRule
{
    private static readonly HashSet<string> NotQuotedContent = new(StringComparer.Ordinal)
    {
        "form", "input", "select", "textarea", "button", "nav", "main", "aside", "table", "iframe",
    };

    public override RuleInfo Info { get; } = Describe(
        "A11Y-QUOTE-001",
        "A blockquote holds a quotation, not indentation",
        RuleGroups.Article,
        "1.3.1",
        "",
        Severity.Error,
        "Use blockquote only for quoted text (screen readers announce it as a quotation); indent other content with CSS margin-inline-start.");

    public override IReadOnlyList<string> ElementNames => ["blockquote"];

    public override void Check(CheckContext context, ElementFacts facts)
    {
        var element = facts.Element;
        if (element.LocalName != "blockquote" || !facts.IsInAccessibilityTree)
        {
            return;
        }

        if (!Dom.Traversal.HasNonWhiteSpaceText(element) && !Dom.Traversal.DescendantElements(element).Any(descendant => descendant.LocalName == "img" && !string.IsNullOrEmpty(descendant.GetAttribute("alt"))))
        {
            Report(context, element, "the blockquote is empty");
        }
        else if (element.Children.Length == 1 && element.Children[0].LocalName == "blockquote" && string.IsNullOrWhiteSpace(OwnText(element)))
        {
            Report(context, element, "a blockquote that only wraps another blockquote indents it; it quotes nothing");
        }
        else if (element.Descendants<IElement>().FirstOrDefault(descendant => NotQuotedContent.Contains(descendant.LocalName)) is { } layout)
        {
            Report(context, element, $"the blockquote holds <{layout.LocalName}>, which is page content, not a quotation");
        }
    }

    private static string OwnText(IElement element) =>
        string.Concat(element.ChildNodes.OfType<IText>().Select(text => text.Data));
}
