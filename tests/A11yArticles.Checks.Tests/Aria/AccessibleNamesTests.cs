using A11yArticles.Checks.Engine;

namespace A11yArticles.Checks.Tests.Aria;

/// <summary>The accessible name computation (accname 1.2) on its own, element by element.</summary>
public sealed class AccessibleNamesTests
{
    private static string NameOf(string body, string selector = "#t")
    {
        var context = new CheckContext(HtmlChecker.Parse(RuleExampleTests.Page(body)));
        return context.Names.Name(context.Document.QuerySelector(selector)!);
    }

    [Theory]
    [InlineData("<button id=\"t\">  Send \n now </button>", "Send now")]
    [InlineData("<a id=\"t\" href=\"/\">Home <img src=\"h.png\" alt=\"page\"></a>", "Home page")]
    [InlineData("<a id=\"t\" href=\"/\" aria-label=\"Start\">Home</a>", "Start")]
    [InlineData("<a id=\"t\" href=\"/\" aria-labelledby=\"a b\" aria-label=\"x\">Home</a><span id=\"a\">Go</span><span id=\"b\" hidden>back</span>", "Go back")]
    [InlineData("<img id=\"t\" src=\"a.png\" alt=\"Chart\" title=\"Tip\">", "Chart")]
    [InlineData("<img id=\"t\" src=\"a.png\" title=\"Tip\">", "Tip")]
    [InlineData("<label for=\"t\">Email</label><input id=\"t\">", "Email")]
    [InlineData("<label>Age <input id=\"t\" type=\"number\"></label>", "Age")]
    [InlineData("<input id=\"t\" placeholder=\"Search\">", "Search")]
    [InlineData("<input id=\"t\" type=\"submit\">", "Submit")]
    [InlineData("<input id=\"t\" type=\"reset\" value=\"Clear\">", "Clear")]
    [InlineData("<button id=\"t\"><span aria-hidden=\"true\">×</span><span style=\"display:none\">gone</span></button>", "")]
    [InlineData("<div id=\"t\" role=\"button\">Flag <span style=\"visibility:hidden\">x</span></div>", "Flag")]
    [InlineData("<fieldset id=\"t\"><legend>Address</legend><input aria-label=\"Street\"></fieldset>", "Address")]
    [InlineData("<table id=\"t\"><caption>Results</caption><tr><td>1</td></tr></table>", "Results")]
    [InlineData("<figure id=\"t\"><img src=\"a.png\" alt=\"\"><figcaption>A bridge</figcaption></figure>", "A bridge")]
    [InlineData("<svg id=\"t\" role=\"img\"><title>Logo</title></svg>", "Logo")]
    [InlineData("<h2 id=\"t\"><img src=\"a.png\" alt=\"News\" role=\"presentation\"></h2>", "")]
    [InlineData("<div id=\"t\">Not named from content</div>", "")]
    [InlineData("<p id=\"t\">Paragraph</p>", "")]
    public void Computes_the_name(string body, string expected) => Assert.Equal(expected, NameOf(body));

    [Fact]
    public void Embedded_controls_contribute_their_value_to_a_label()
    {
        Assert.Equal("Flash the screen 3 times", NameOf("<label for=\"t\">Flash the screen <input value=\"3\" aria-label=\"count\"> times</label><input id=\"t\" type=\"checkbox\">"));
        Assert.Equal("Color red", NameOf("<label for=\"t\">Color <select><option>blue</option><option selected>red</option></select></label><input id=\"t\" type=\"checkbox\">"));
    }

    [Fact]
    public void A_reference_cycle_ends()
    {
        Assert.Equal("A B", NameOf("<div id=\"t\" role=\"button\" aria-labelledby=\"t u\">A</div><div id=\"u\" role=\"button\" aria-labelledby=\"t\">B</div>"));
    }
}
