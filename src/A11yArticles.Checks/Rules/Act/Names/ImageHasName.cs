using A11yArticles.Checks.Dom;
using A11yArticles.Checks.Aria;
using A11yArticles.Checks.Engine;

namespace A11yArticles.Checks.Rules.Act.Names;

/// <summary>23a2a8 rule 23a2a8: Image has non-empty accessible name.</summary>
internal sealed class ImageHasName : ElementRule
{
    public override RuleInfo Info { get; } = Describe(
        "A11Y-ACT-23A2A8",
        "Image has non-empty accessible name",
        RuleGroups.Act,
        "1.1.1",
        "23a2a8",
        Severity.Error,
        "Give the image a text alternative: alt=\"...\" that says what it shows, or alt=\"\" when it is decorative.");

    public override IReadOnlyList<string> RoleNames => ["img"];

    public override void Check(CheckContext context, ElementFacts facts)
    {
        if (!facts.IsInAccessibilityTree)
        {
            return;
        }

        var element = facts.Element;
        var role = context.Roles.Role(facts);
        if ((element.NamespaceUri == AngleSharp.Dom.NamespaceNames.HtmlUri && (element.LocalName == "img" ? role is "img" : role == "img" && Roles.ExplicitRole(facts) is "img" or "image")) && context.Names.Name(facts).Length == 0)
        {
            Report(context, element, "the image has no accessible name");
        }
    }
}
