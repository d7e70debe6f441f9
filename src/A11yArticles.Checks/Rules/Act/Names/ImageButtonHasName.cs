using A11yArticles.Checks.Dom;
using A11yArticles.Checks.Aria;
using A11yArticles.Checks.Engine;

namespace A11yArticles.Checks.Rules.Act.Names;

/// <summary>59796f rule 59796f: Image button has non-empty accessible name.</summary>
internal sealed class ImageButtonHasName : ElementRule
{
    public override RuleInfo Info { get; } = Describe(
        "A11Y-ACT-59796F",
        "Image button has non-empty accessible name",
        RuleGroups.Act,
        "1.1.1,4.1.2",
        "59796f",
        Severity.Error,
        "Say what the button does in its alt attribute (or aria-label): <input type=\"image\" alt=\"Search\">.");

    public override IReadOnlyList<string> ElementNames => ["input"];

    public override void Check(CheckContext context, ElementFacts facts)
    {
        if (!facts.IsInAccessibilityTree)
        {
            return;
        }

        var element = facts.Element;
        var role = context.Roles.Role(facts);
        if ((element.LocalName == "input" && string.Equals(element.GetAttribute("type")?.Trim(), "image", StringComparison.OrdinalIgnoreCase) && role == "button") && context.Names.Name(facts).Length == 0)
        {
            Report(context, element, "the image button has no accessible name");
        }
    }
}
