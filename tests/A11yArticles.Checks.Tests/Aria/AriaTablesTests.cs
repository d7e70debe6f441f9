using A11yArticles.Checks.Aria;
using A11yArticles.Checks.Engine;

namespace A11yArticles.Checks.Tests.Aria;

/// <summary>The WAI-ARIA 1.2 tables and the role of an element, on their own.</summary>
public sealed class AriaTablesTests
{
    [Theory]
    [InlineData("aria-label", true)]
    [InlineData("aria-describedby", true)]
    [InlineData("aria-checked", false)]
    [InlineData("aria-valuenow", false)]
    public void Knows_which_attributes_are_global(string name, bool global) =>
        Assert.Equal(global, AriaTables.Attributes[name].IsGlobal);

    [Fact]
    public void Knows_the_required_states_context_and_owned_roles()
    {
        Assert.Equal(["aria-checked"], AriaTables.Role("checkbox")!.Required);
        Assert.Equal(["aria-level"], AriaTables.Role("heading")!.Required);
        Assert.Contains("tablist", AriaTables.Role("tab")!.RequiredContext);
        Assert.Equal(["listitem"], AriaTables.Role("list")!.RequiredOwned);
        Assert.Equal(["row"], AriaTables.Role("rowgroup")!.RequiredOwned);
        Assert.Equal(["grid", "table", "treegrid"], AriaTables.Role("rowgroup")!.RequiredContext);
        Assert.True(AriaTables.Role("button")!.ChildrenPresentational);
        Assert.True(AriaTables.Role("link")!.NameFromContent);
    }

    [Fact]
    public void Abstract_roles_are_not_valid_roles()
    {
        Assert.False(AriaTables.IsConcreteRole("widget"));
        Assert.False(AriaTables.IsConcreteRole("landmark"));
        Assert.True(AriaTables.IsConcreteRole("doc-pullquote"));
        Assert.True(AriaTables.IsConcreteRole("graphics-symbol"));
    }

    [Theory]
    [InlineData("aria-pressed", "button", true)]
    [InlineData("aria-pressed", "link", false)]
    [InlineData("aria-checked", "switch", true)]
    [InlineData("aria-label", "generic", true)]
    [InlineData("aria-sort", "columnheader", true)]
    [InlineData("aria-sort", null, false)]
    public void Knows_where_an_attribute_is_allowed(string attribute, string? role, bool allowed) =>
        Assert.Equal(allowed, AriaTables.IsAllowed(attribute, role));

    [Theory]
    [InlineData("<a id=\"t\" href=\"/\">x</a>", "link")]
    [InlineData("<a id=\"t\">x</a>", "generic")]
    [InlineData("<img id=\"t\" src=\"a\" alt=\"\">", "presentation")]
    [InlineData("<img id=\"t\" src=\"a\" alt=\"\" aria-label=\"x\">", "img")]
    [InlineData("<input id=\"t\" type=\"checkbox\">", "checkbox")]
    [InlineData("<input id=\"t\" list=\"l\">", "combobox")]
    [InlineData("<select id=\"t\" multiple></select>", "listbox")]
    [InlineData("<select id=\"t\"></select>", "combobox")]
    [InlineData("<section id=\"t\">x</section>", "generic")]
    [InlineData("<section id=\"t\" aria-label=\"x\">x</section>", "region")]
    [InlineData("<article><header id=\"t\">x</header></article>", "generic")]
    [InlineData("<header id=\"t\">x</header>", "banner")]
    [InlineData("<div id=\"t\" role=\"bogus button\">x</div>", "button")]
    [InlineData("<button id=\"t\" role=\"none\">x</button>", "button")]
    [InlineData("<span id=\"t\" role=\"none\">x</span>", "none")]
    [InlineData("<table><tr><th id=\"t\">h</th><td>d</td></tr></table>", "rowheader")]
    [InlineData("<table><tr><th id=\"t\">h</th></tr><tr><td>d</td></tr></table>", "columnheader")]
    public void Resolves_the_role_of_an_element(string body, string role)
    {
        var context = new CheckContext(HtmlChecker.Parse(RuleExampleTests.Page(body)));

        Assert.Equal(role, context.Roles.Role(context.Document.QuerySelector("#t")!));
    }
}
