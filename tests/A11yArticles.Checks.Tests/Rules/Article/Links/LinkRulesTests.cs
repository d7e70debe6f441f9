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
    ];
}
