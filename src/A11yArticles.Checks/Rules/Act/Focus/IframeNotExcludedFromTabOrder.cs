using A11yArticles.Checks.Dom;
using A11yArticles.Checks.Engine;

namespace A11yArticles.Checks.Rules.Act.Focus;

/// <summary>ACT rule akn7bn: Iframe with interactive elements is not excluded from tab-order.</summary>
internal sealed class IframeNotExcludedFromTabOrder : ElementRule
{
    public override RuleInfo Info { get; } = Describe(
        "A11Y-ACT-AKN7BN",
        "Iframe with interactive elements is not excluded from tab-order",
        RuleGroups.Act,
        "2.1.1,2.1.3",
        "akn7bn",
        Severity.Error,
        "Remove the negative tabindex from the iframe: its links and controls cannot be reached with Tab.");

    /// <summary>A frame of 8 px or less (the body's default margin) cannot show any of its content.</summary>
    private static bool TooSmallToShowContent(AngleSharp.Dom.IElement element) =>
        (int.TryParse(element.GetAttribute("width"), out var width) && width <= 8)
        || (int.TryParse(element.GetAttribute("height"), out var height) && height <= 8);

    public override IReadOnlyList<string> ElementNames => ["iframe"];

    public override void Check(CheckContext context, ElementFacts facts)
    {
        var element = facts.Element;
        if (element.LocalName != "iframe" || PageFacts.TabIndex(element) is not < 0 || !context.Facts.IsVisible(element)
            || context.Facts.IsInert(element) || TooSmallToShowContent(element))
        {
            return;
        }

        var srcdoc = element.GetAttribute("srcdoc");
        if (srcdoc is null)
        {
            return;
        }

        // The iframe's own document: the checker reads srcdoc content (other sources are not fetched).
        var inner = HtmlChecker.Parse(srcdoc);
        var innerContext = new CheckContext(inner);
        if (innerContext.Elements.Any(innerContext.Facts.IsInSequentialFocusOrder))
        {
            Report(context, element, "tabindex=\"-1\" takes the iframe out of the Tab order, but it holds focusable content");
        }
    }
}
