namespace A11yArticles.Checks.Tests.Rules.Article.Links;

public sealed class LinkRulesTests : RuleExampleTests
{
    protected override IEnumerable<RuleExample> Examples =>
    [
        Pass("A11Y-LINK-001", "link with text", "<a href=\"/story\">Full story</a>"),
        Fail("A11Y-LINK-001", "icon link without name", "<a href=\"/share\"><svg aria-hidden=\"true\"></svg></a>"),

        Pass("A11Y-LINK-002", "descriptive text", "<p><a href=\"/interview\">Read the full interview</a></p>"),
        Pass("A11Y-LINK-002", "generic words inside a sentence", "<p>The transcript is <a href=\"/t\">here</a> for anyone who missed it.</p>"),
        Pass("A11Y-LINK-002", "generic words with aria-describedby", "<h2 id=\"h\">Border talks</h2><div><a href=\"/b\" aria-describedby=\"h\">Read more</a></div>"),
        Fail("A11Y-LINK-002", "read more alone", "<div class=\"teaser\"><h2>Border talks</h2><a href=\"/b\">Read more</a></div>"),
        Fail("A11Y-LINK-002", "click here alone in a paragraph", "<p><a href=\"/b\">Click here</a></p>"),

        Pass("A11Y-LINK-003", "link to an id of the page", "<p><a href=\"#budget\">Budget</a></p><h2 id=\"budget\">Budget</h2>"),
        Pass("A11Y-LINK-003", "href=# and #top need no target", "<p><a href=\"#\">Menu</a> <a href=\"#top\">Back to top</a> <a href=\"#TOP\">Top</a></p>"),
        Pass("A11Y-LINK-003", "legacy a name target", "<p><a href=\"#notes\">Notes</a></p><p><a name=\"notes\"></a>Notes</p>"),
        Pass("A11Y-LINK-003", "percent-encoded and non-ASCII ids", "<p><a href=\"#caf%C3%A9\">Café</a> <a href=\"#café\">Café</a> <a href=\"#two%20words\">Two</a></p><p id=\"café\">x</p><p id=\"two words\">y</p>"),
        Pass("A11Y-LINK-003", "a link with a path is not judged (the page's address is unknown)", "<p><a href=\"/articles/story#main\">Story</a> <a href=\"other.html#x\">Other</a></p>"),
        Pass("A11Y-LINK-003", "a page with base href is not judged", "<base href=\"/\"><p><a href=\"#nowhere\">Home section</a></p>"),
        Pass("A11Y-LINK-003", "hash routes are a script's", "<p><a href=\"#/about\">About</a> <a href=\"#!/contact\">Contact</a></p>"),
        Pass("A11Y-LINK-003", "a link acting as a button is not an in-page link", "<p><a href=\"#menu\" role=\"button\">Menu</a></p>"),
        Pass("A11Y-LINK-003", "a link that controls a widget", "<p><a href=\"#menu\" aria-expanded=\"false\" aria-controls=\"nav\">Menu</a></p><ul id=\"nav\" hidden><li>x</li></ul>"),
        Fail("A11Y-LINK-003", "target id missing", "<p><a href=\"#nowhere\">Gone</a></p>"),
        Fail("A11Y-LINK-003", "target id differs in case", "<p><a href=\"#Budget\">Budget</a></p><h2 id=\"budget\">Budget</h2>"),
        Fail("A11Y-LINK-003", "an area with a missing target", "<map name=\"m\"><area href=\"#south\" alt=\"South\" shape=\"rect\" coords=\"0,0,1,1\"></map><img usemap=\"#m\" src=\"m.png\" alt=\"Map\">"),
        Fail("A11Y-LINK-003", "an id inside a shadow tree is not a target", "<p><a href=\"#inner\">Inner</a></p><div><template shadowrootmode=\"open\"><p id=\"inner\">x</p></template></div>"),
    ];
}
