using A11yArticles.Checks.Dom;
using A11yArticles.Checks.Aria;
using A11yArticles.Checks.Engine;

namespace A11yArticles.Checks.Rules.Act.Names;

/// <summary>c487ae rule c487ae: Link has non-empty accessible name.</summary>
internal sealed class LinkHasName : ElementRule
{
    public override RuleInfo Info { get; } = Describe(
        "A11Y-ACT-C487AE",
        "Link has non-empty accessible name",
        RuleGroups.Act,
        "1.1.1,2.4.4,2.4.9,4.1.2",
        "c487ae",
        Severity.Error,
        "Give the link text content (or an image with alt text, or aria-label) that says where it goes.");

    public override IReadOnlyList<string> RoleNames => ["link", "doc-backlink", "doc-biblioref", "doc-glossref", "doc-noteref"];

    public override void Check(CheckContext context, ElementFacts facts)
    {
        if (!facts.IsInAccessibilityTree)
        {
            return;
        }

        var element = facts.Element;
        var role = context.Roles.Role(facts);
        if ((role is "link" or "doc-backlink" or "doc-biblioref" or "doc-glossref" or "doc-noteref") && context.Names.Name(facts).Length == 0)
        {
            Report(context, element, "the link has no accessible name");
        }
    }
}
