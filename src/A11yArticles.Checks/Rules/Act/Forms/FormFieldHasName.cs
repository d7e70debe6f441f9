using A11yArticles.Checks.Dom;
using A11yArticles.Checks.Aria;
using A11yArticles.Checks.Engine;

namespace A11yArticles.Checks.Rules.Act.Forms;

/// <summary>e086e5 rule e086e5: Form field has non-empty accessible name.</summary>
internal sealed class FormFieldHasName : ElementRule
{
    public override RuleInfo Info { get; } = Describe(
        "A11Y-ACT-E086E5",
        "Form field has non-empty accessible name",
        RuleGroups.Act,
        "1.3.1,2.5.3,4.1.2",
        "e086e5",
        Severity.Error,
        "Label the field: <label for=\"id\">, a wrapping <label>, aria-label or aria-labelledby.");

    public override IReadOnlyList<string> RoleNames => ["checkbox", "combobox", "listbox", "menuitemcheckbox", "menuitemradio", "radio", "searchbox", "slider", "spinbutton", "switch", "textbox"];

    public override void Check(CheckContext context, ElementFacts facts)
    {
        if (!facts.IsInAccessibilityTree)
        {
            return;
        }

        var element = facts.Element;
        var role = context.Roles.Role(facts);
        if ((role is "checkbox" or "combobox" or "listbox" or "menuitemcheckbox" or "menuitemradio" or "radio" or "searchbox" or "slider" or "spinbutton" or "switch" or "textbox") && context.Names.Name(facts).Length == 0)
        {
            Report(context, element, "the form field has no accessible name");
        }
    }
}
