using A11yArticles.Checks.Aria;
using A11yArticles.Checks.Engine;

namespace A11yArticles.Checks.Rules.Act.Names;

/// <summary>7d6734 rule 7d6734: SVG element with explicit role has non-empty accessible name.</summary>
internal sealed class SvgHasName : Rule
{
    public override RuleInfo Info { get; } = Describe(
        "A11Y-ACT-7D6734",
        "SVG element with explicit role has non-empty accessible name",
        RuleGroups.Act,
        "1.1.1",
        "7d6734",
        Severity.Error,
        "Name the graphic with a <title> child, aria-label or aria-labelledby, or mark it decorative with aria-hidden=\"true\".");

    public override void Check(CheckContext context)
    {
        foreach (var element in context.Elements)
        {
            if (!context.Facts.IsInAccessibilityTree(element))
            {
                continue;
            }

            var role = context.Roles.Role(element);
            if ((element.NamespaceUri == AngleSharp.Dom.NamespaceNames.SvgUri && Roles.ExplicitRole(element) is "img" or "image" or "graphics-document" or "graphics-symbol") && context.Names.Name(element).Length == 0)
            {
                Report(context, element, "the SVG graphic has no accessible name");
            }
        }
    }
}
