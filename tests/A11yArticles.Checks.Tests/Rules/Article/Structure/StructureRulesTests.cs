namespace A11yArticles.Checks.Tests.Rules.Article.Structure;

public sealed class StructureRulesTests : RuleExampleTests
{
    protected override IEnumerable<RuleExample> Examples =>
    [
        Pass("A11Y-MAIN-001", "one main", "<main><h1>Title</h1></main>"),
        Fail("A11Y-MAIN-001", "no main", "<div><h1>Title</h1></div>"),
        Fail("A11Y-MAIN-001", "two mains", "<main><h1>Title</h1></main><div role=\"main\">More</div>"),

        Pass("A11Y-H1-001", "h1 first in main", "<header><h2>Site</h2></header><main><h1>Title</h1><h2>Part</h2></main>"),
        Fail("A11Y-H1-001", "no h1", "<main><h2>Title</h2></main>"),
        Fail("A11Y-H1-001", "two h1", "<main><h1>Title</h1><h1>Other</h1></main>"),
        Fail("A11Y-H1-001", "h2 before the h1 in main", "<main><h2>Kicker</h2><h1>Title</h1></main>"),

        Pass("A11Y-HEAD-001", "levels one step at a time", "<main><h1>T</h1><h2>A</h2><h3>B</h3><h2>C</h2></main>"),
        Fail("A11Y-HEAD-001", "h1 then h3", "<main><h1>T</h1><h3>B</h3></main>"),
        Fail("A11Y-HEAD-001", "role heading level 4 after h2", "<main><h1>T</h1><h2>A</h2><div role=\"heading\" aria-level=\"4\">B</div></main>"),

        Pass("A11Y-LAND-001", "all content in landmarks", "<a href=\"#m\">Skip</a><header>Site</header><main id=\"m\"><p>Text</p></main><footer>©</footer>"),
        Pass("A11Y-LAND-001", "several skip links before the landmarks", "<div><a href=\"#m\">Skip to content</a><a href=\"#n\">Skip to navigation</a></div><nav id=\"n\"><a href=\"/\">Home</a></nav><main id=\"m\"><p>Text</p></main>"),
        Fail("A11Y-LAND-001", "an in-page link after other content is not a skip link", "<a href=\"#m\">Skip</a><p>Stray text</p><a href=\"#m\">Jump</a><main id=\"m\"><p>Text</p></main>"),
        Fail("A11Y-LAND-001", "paragraph outside landmarks", "<main><p>Text</p></main><p>Stray text</p>"),
        Fail("A11Y-LAND-001", "header inside a div in an article is not a banner", "<article><header>Byline</header></article><main><p>Text</p></main>"),

        Pass("A11Y-LAND-002", "two named navs", "<nav aria-label=\"Main\"><a href=\"/\">Home</a></nav><nav aria-label=\"Footer\"><a href=\"/c\">Contact</a></nav>"),
        Pass("A11Y-LAND-002", "one unnamed nav", "<nav><a href=\"/\">Home</a></nav>"),
        Fail("A11Y-LAND-002", "two unnamed navs", "<nav><a href=\"/\">Home</a></nav><nav><a href=\"/c\">Contact</a></nav>"),
        Fail("A11Y-LAND-002", "two asides with the same name", "<aside aria-label=\"Related\">A</aside><aside aria-label=\"related\">B</aside>"),
    ];

    [Fact]
    public void Page_rules_do_not_apply_to_a_fragment()
    {
        var report = HtmlChecker.ForRules("A11Y-MAIN-001", "A11Y-SKIP-001", "A11Y-LAND-001", "A11Y-H1-001").Check("<article><h2>Story</h2><p>Text</p></article>");

        Assert.Empty(report.Findings);
    }
}
