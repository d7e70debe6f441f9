using A11yArticles.Checks.Aria;
using A11yArticles.Checks.Engine;

namespace A11yArticles.Checks.Rules.Act.Names;

/// <summary>cae760 rule cae760: Iframe element has non-empty accessible name.</summary>
internal sealed class IframeHasName : Rule
{
    public override RuleInfo Info { get; } = Describe(
        "A11Y-ACT-CAE760",
        "Iframe element has non-empty accessible name",
        RuleGroups.Act,
        "4.1.2",
        "cae760",
        Severity.Error,
        "Give the iframe a title (or aria-label) that says what it holds.");

    public override void Check(CheckContext context)
    {
        foreach (var element in context.Elements)
        {
            if (!context.Facts.IsInAccessibilityTree(element))
            {
                continue;
            }

            var role = context.Roles.Role(element);
            if ((element.LocalName == "iframe" && Roles.ExplicitRole(element) is null && !(Dom.PageFacts.TabIndex(element) < 0)) && context.Names.Name(element).Length == 0)
            {
                Report(context, element, "the iframe has no accessible name");
            }
        }
    }
}
