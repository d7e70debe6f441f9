using A11yArticles.Checks.Dom;
using A11yArticles.Checks.Aria;
using A11yArticles.Checks.Engine;

namespace A11yArticles.Checks.Rules.Act.Names;

/// <summary>ffd0e9 rule ffd0e9: Heading has non-empty accessible name.</summary>
internal sealed class HeadingHasName : ElementRule
{
    public override RuleInfo Info { get; } = Describe(
        "A11Y-ACT-FFD0E9",
        "Heading has non-empty accessible name",
        RuleGroups.Act,
        "",
        "ffd0e9",
        Severity.Error,
        "Put text in the heading, or remove the empty heading.");

    public override IReadOnlyList<string> RoleNames => ["heading"];

    public override void Check(CheckContext context, ElementFacts facts)
    {
        if (!facts.IsInAccessibilityTree)
        {
            return;
        }

        var element = facts.Element;
        var role = context.Roles.Role(facts);
        if ((role == "heading") && context.Names.Name(facts).Length == 0)
        {
            Report(context, element, "the heading has no accessible name");
        }
    }
}
