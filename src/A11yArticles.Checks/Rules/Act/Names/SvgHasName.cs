using A11yArticles.Checks.Dom;
using A11yArticles.Checks.Aria;
using A11yArticles.Checks.Engine;

namespace A11yArticles.Checks.Rules.Act.Names;

/// <summary>7d6734 rule 7d6734: SVG element with explicit role has non-empty accessible name.</summary>
internal sealed class SvgHasName : ElementRule
{
    public override RuleInfo Info { get; } = Describe(
        "A11Y-ACT-7D6734",
        "SVG element with explicit role has non-empty accessible name",
        RuleGroups.Act,
        "1.1.1",
        "7d6734",
        Severity.Error,
        "Name the graphic with a <title> child, aria-label or aria-labelledby, or mark it decorative with aria-hidden=\"true\".");

    public override IReadOnlyList<string> AttributeNames => ["role"];

    public override void Check(CheckContext context, ElementFacts facts)
    {
        if (!facts.IsInAccessibilityTree)
        {
            return;
        }

        var element = facts.Element;
        var role = context.Roles.Role(facts);
        if ((element.NamespaceUri == AngleSharp.Dom.NamespaceNames.SvgUri && Roles.ExplicitRole(facts) is "img" or "image" or "graphics-document" or "graphics-symbol") && context.Names.Name(facts).Length == 0)
        {
            Report(context, element, "the SVG graphic has no accessible name");
        }
    }
}
