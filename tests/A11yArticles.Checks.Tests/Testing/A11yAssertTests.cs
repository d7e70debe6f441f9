namespace A11yArticles.Checks.Tests.Testing;

public sealed class A11yAssertTests
{
    [Fact]
    public void Passes_on_a_page_without_errors() =>
        A11yAssert.NoViolations("<article><h2>Story</h2><p>Text with a <a href=\"/more\">link to the archive</a>.</p></article>");

    [Fact]
    public void Fails_with_a_readable_report_of_rule_element_line_and_fix()
    {
        var error = Assert.Throws<A11yViolationException>(() => A11yAssert.NoViolations("<article>\n<h2>Story</h2>\n<img src=\"a.png\">\n</article>"));

        Assert.Equal(1, error.Report.ErrorCount);
        Assert.Contains("1 accessibility error(s) in (html):", error.Message);
        Assert.Contains("(html):3:1: error A11Y-ACT-23A2A8: the image has no accessible name (WCAG 1.1.1)", error.Message);
        Assert.Contains("element: html > body > article > img  <img src=\"a.png\">", error.Message);
        Assert.Contains("fix: Give the image a text alternative", error.Message);
    }

    [Fact]
    public void Runs_only_the_chosen_rules()
    {
        const string html = "<article><h2>Story</h2><img src=\"a.png\"><p lang=\"english\">Text</p></article>";

        A11yAssert.NoViolations(html, "A11Y-HEAD-*", "A11Y-QUOTE-*");
        var error = Assert.Throws<A11yViolationException>(() => A11yAssert.NoViolations(html, "A11Y-LANG-002"));
        Assert.Equal(["A11Y-LANG-002"], error.Report.Findings.Select(finding => finding.Rule.Id));
    }

    [Fact]
    public async Task Awaits_rendered_html()
    {
        await A11yAssert.NoViolationsAsync(Task.FromResult("<p>Fine</p>"));
        await Assert.ThrowsAsync<A11yViolationException>(() => A11yAssert.NoViolationsAsync(Task.FromResult("<p><q></q></p>")));
    }
}
