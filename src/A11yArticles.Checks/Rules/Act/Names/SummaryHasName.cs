using A11yArticles.Checks.Aria;
using A11yArticles.Checks.Engine;

namespace A11yArticles.Checks.Rules.Act.Names;

/// <summary>2t702h rule 2t702h: Summary element has non-empty accessible name.</summary>
internal sealed class SummaryHasName : Rule
{
    public override RuleInfo Info { get; } = Describe(
        "A11Y-ACT-2T702H",
        "Summary element has non-empty accessible name",
        RuleGroups.Act,
        "4.1.2",
        "2t702h",
        Severity.Error,
        "Put text in the summary element that says what the details hold.");

    public override void Check(CheckContext context)
    {
        foreach (var element in context.Elements)
        {
            if (!context.Facts.IsInAccessibilityTree(element))
            {
                continue;
            }

            var role = context.Roles.Role(element);
            if ((element.LocalName == "summary" && Dom.PageFacts.IsDetailsSummary(element) && role is null) && context.Names.Name(element).Length == 0)
            {
                Report(context, element, "the summary has no accessible name");
            }
        }
    }
}
