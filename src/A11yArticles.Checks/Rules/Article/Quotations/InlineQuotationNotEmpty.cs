using A11yArticles.Checks.Dom;
using A11yArticles.Checks.Engine;

namespace A11yArticles.Checks.Rules.Article.Quotations;

/// <summary>An inline quotation (q) has text.</summary>
internal sealed class InlineQuotationNotEmpty : ElementRule
{
    public override RuleInfo Info { get; } = Describe(
        "A11Y-QUOTE-003",
        "An inline quotation is not empty",
        RuleGroups.Article,
        "1.3.1",
        "",
        Severity.Error,
        "Put the quoted words inside <q>…</q>, or remove the empty element (browsers still draw its quotation marks).");

    public override IReadOnlyList<string> ElementNames => ["q"];

    public override void Check(CheckContext context, ElementFacts facts)
    {
        var element = facts.Element;
        if (element.LocalName == "q" && facts.IsVisible && !Dom.Traversal.HasNonWhiteSpaceText(element))
        {
            Report(context, element, "the <q> is empty: only a pair of quotation marks is shown and read");
        }
    }
}
