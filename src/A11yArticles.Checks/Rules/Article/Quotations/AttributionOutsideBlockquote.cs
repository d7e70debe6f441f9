using A11yArticles.Checks.Dom;
using A11yArticles.Checks.Engine;
using AngleSharp.Dom;

namespace A11yArticles.Checks.Rules.Article.Quotations;

/// <summary>The attribution of a blockquote sits outside it (in the figure's figcaption, or after it), as HTML requires.</summary>
internal sealed class AttributionOutsideBlockquote : ElementRule
{
    private static readonly char[] AttributionDashes = ['—', '–', '―', '-', '~'];

    public override RuleInfo Info { get; } = Describe(
        "A11Y-QUOTE-002",
        "A blockquote's attribution is outside the blockquote",
        RuleGroups.Article,
        "1.3.1",
        "",
        Severity.Error,
        "Move the speaker out of the blockquote: <figure><blockquote>…</blockquote><figcaption>Name, role</figcaption></figure>. Inside, it is read as part of the quotation.");

    public override IReadOnlyList<string> ElementNames => ["blockquote"];

    public override void Check(CheckContext context, ElementFacts facts)
    {
        var element = facts.Element;
        if (element.LocalName != "blockquote" || !facts.IsInAccessibilityTree)
        {
            return;
        }

        var last = element.Children.LastOrDefault();
        if (last is null)
        {
            return;
        }

        if (last.LocalName is "footer" or "cite" or "figcaption")
        {
            Report(context, last, $"the attribution (<{last.LocalName}>) is inside the blockquote");
        }
        else if (element.Children.Length > 1 && last.LocalName == "p" && last.TextContent.TrimStart().IndexOfAny(AttributionDashes) == 0)
        {
            Report(context, last, "the last paragraph of the blockquote looks like an attribution (it starts with a dash); put it in a figcaption");
        }
    }
}
