using A11yArticles.Checks.Dom;
using A11yArticles.Checks.Aria;
using A11yArticles.Checks.Engine;

namespace A11yArticles.Checks.Rules.Act.Aria;

/// <summary>ACT rule 5f99a7: ARIA attribute is defined in WAI-ARIA.</summary>
internal sealed class AriaAttributeIsDefined : ElementRule
{
    public override RuleInfo Info { get; } = Describe(
        "A11Y-ACT-5F99A7",
        "ARIA attribute is defined in WAI-ARIA",
        RuleGroups.Act,
        "1.3.1,4.1.2",
        "5f99a7",
        Severity.Error,
        "Fix the spelling of the aria-* attribute or remove it; only attributes defined in WAI-ARIA are exposed.");

    public override IReadOnlyList<string> AttributeNames => ["aria-*"];

    public override void Check(CheckContext context, ElementFacts facts)
    {
        if (!facts.HasAriaAttribute)
        {
            return;
        }

        var element = facts.Element;
        foreach (var attribute in element.Attributes)
        {
            if (attribute.Name.StartsWith("aria-", StringComparison.Ordinal) && !AriaTables.IsDefinedAttribute(attribute.Name))
            {
                Report(context, element, $"{attribute.Name} is not a WAI-ARIA attribute");
            }
        }
    }
}
