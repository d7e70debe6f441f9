namespace A11yArticles.Checks.Tests.Rules.Article.Navigation;

public sealed class NavigationRulesTests : RuleExampleTests
{
    protected override IEnumerable<RuleExample> Examples =>
    [
        Pass("A11Y-SKIP-001", "skip link to main", "<a href=\"#m\">Skip to main content</a><header><a href=\"/\">Site</a></header><main id=\"m\"><h1>Title</h1></main>"),
        Pass("A11Y-SKIP-001", "skip link to the article inside main", "<a href=\"#story\">Skip to story</a><main><article id=\"story\"><h1>Title</h1></article></main>"),
        Pass("A11Y-SKIP-001", "skip link with the page path (Blazor hosts with base href)", "<a href=\"/articles/story#m\">Skip to main content</a><header><a href=\"/\">Site</a></header><main id=\"m\"><h1>Title</h1></main>"),
        Fail("A11Y-SKIP-001", "first link to another page's fragment that this page lacks", "<a href=\"/elsewhere#intro\">Intro</a><main id=\"m\"><h1>Title</h1></main>"),
        Fail("A11Y-SKIP-001", "no skip link", "<header><a href=\"/\">Site</a></header><main id=\"m\"><h1>Title</h1></main>"),
        Fail("A11Y-SKIP-001", "skip link after the navigation", "<nav><a href=\"/\">Home</a></nav><a href=\"#m\">Skip</a><main id=\"m\"><h1>Title</h1></main>"),
        Fail("A11Y-SKIP-001", "target missing", "<a href=\"#content\">Skip</a><main id=\"m\"><h1>Title</h1></main>"),
        Fail("A11Y-SKIP-001", "target outside main", "<a href=\"#top\">Skip</a><header id=\"top\">Site</header><main><h1>Title</h1></main>"),
        Fail("A11Y-SKIP-001", "target id used twice", "<a href=\"#m\">Skip</a><main id=\"m\"><h1 id=\"m\">Title</h1></main>"),

        Pass("A11Y-TAB-001", "tabindex 0 and -1", "<div tabindex=\"0\">A</div><div tabindex=\"-1\">B</div>"),
        Fail("A11Y-TAB-001", "positive tabindex", "<input aria-label=\"Search\" tabindex=\"1\">"),
    ];
}
