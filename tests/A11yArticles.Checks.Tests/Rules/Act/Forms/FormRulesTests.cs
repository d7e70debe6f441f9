namespace A11yArticles.Checks.Tests.Rules.Act.Forms;

public sealed class FormRulesTests : RuleExampleTests
{
    protected override IEnumerable<RuleExample> Examples =>
    [
        Pass("A11Y-ACT-E086E5", "input with label for", "<label for=\"q\">Search</label><input id=\"q\">"),
        Pass("A11Y-ACT-E086E5", "wrapped select", "<label>Country <select><option>Mexico</option></select></label>"),
        Pass("A11Y-ACT-E086E5", "textbox role with aria-label", "<div role=\"textbox\" contenteditable aria-label=\"Comment\"></div>"),
        Fail("A11Y-ACT-E086E5", "unlabelled input", "<input type=\"text\" name=\"q\">"),
        Fail("A11Y-ACT-E086E5", "label not associated", "<label>Email</label> <input type=\"email\">"),
        Fail("A11Y-ACT-E086E5", "unnamed checkbox role", "<span role=\"checkbox\" aria-checked=\"false\" tabindex=\"0\"></span>"),

        Pass("A11Y-ACT-73F2C2", "email", "<label>Email <input autocomplete=\"email\"></label>"),
        Pass("A11Y-ACT-73F2C2", "section, billing and field", "<label>Street <input autocomplete=\"section-a billing address-line1\"></label>"),
        Pass("A11Y-ACT-73F2C2", "off", "<label>Code <input autocomplete=\"off\"></label>"),
        Pass("A11Y-ACT-73F2C2", "disabled field is not checked", "<label>X <input autocomplete=\"nonsense\" disabled></label>"),
        Fail("A11Y-ACT-73F2C2", "unknown field", "<label>Name <input autocomplete=\"fullname\"></label>"),
        Fail("A11Y-ACT-73F2C2", "home before a non-contact field", "<label>Name <input autocomplete=\"home given-name\"></label>"),
        Fail("A11Y-ACT-73F2C2", "tokens in the wrong order", "<label>Email <input autocomplete=\"email work\"></label>"),
    ];
}
