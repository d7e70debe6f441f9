using A11yArticles.Checks.Dom;
using A11yArticles.Checks.Engine;

namespace A11yArticles.Checks.Rules.Act.Focus;

/// <summary>ACT rule 6cfa84: Element with aria-hidden has no content in sequential focus navigation.</summary>
internal sealed class AriaHiddenNotFocusable : ElementRule
{
    public override RuleInfo Info { get; } = Describe(
        "A11Y-ACT-6CFA84",
        "Element with aria-hidden has no content in sequential focus navigation",
        RuleGroups.Act,
        "4.1.2",
        "6cfa84",
        Severity.Error,
        "Take focusable content out of the aria-hidden element, or make it unfocusable (tabindex=\"-1\", disabled, display:none); keyboard users would land on something a screen reader does not announce.");

    public override IReadOnlyList<string> AttributeNames => ["aria-hidden"];

    public override void Check(CheckContext context, ElementFacts facts)
    {
        var element = facts.Element;
        if (!PageFacts.HasAriaHiddenTrue(element))
        {
            return;
        }

        var focusable = context.Facts.FirstInSequentialFocusOrder(facts);
        if (focusable is not null)
        {
            Report(context, element, $"aria-hidden=\"true\" hides <{focusable.LocalName}>, which is still in the Tab order");
        }
    }
}
