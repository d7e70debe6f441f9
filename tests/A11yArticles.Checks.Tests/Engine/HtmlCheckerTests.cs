namespace A11yArticles.Checks.Tests.Engine;

public sealed class HtmlCheckerTests
{
    [Fact]
    public void A_finding_has_the_line_column_selector_and_snippet_of_the_element()
    {
        const string html = "<!DOCTYPE html>\n<html lang=\"en\">\n<head><title>T</title></head>\n<body>\n<main>\n  <p>Intro</p>\n  <p>See <img src=\"a.png\"> and <img id=\"map\" src=\"b.png\"></p>\n</main>\n</body>\n</html>";

        var findings = HtmlChecker.ForRules("23a2a8").Check(html, "page.html").Findings;

        Assert.Equal(2, findings.Count);
        Assert.Equal((7, 10), (findings[0].Line, findings[0].Column));
        Assert.Equal("html > body > main > p:nth-of-type(2) > img:nth-of-type(1)", findings[0].Selector);
        Assert.Equal("<img src=\"a.png\">", findings[0].Snippet);
        Assert.Equal("#map", findings[1].Selector);
        Assert.Equal("the image has no accessible name", findings[0].Message);
    }

    [Fact]
    public void Selectors_in_a_wide_parent_count_each_name_and_follow_a_change_to_the_document()
    {
        var siblings = string.Concat(Enumerable.Range(1, 300).Select(i => i % 3 == 0 ? "<span>s</span>" : $"<img src=\"{i}.png\">"));
        var document = HtmlChecker.Parse(RuleExampleTests.Page("<div>" + siblings + "</div>"));
        var checker = HtmlChecker.ForRules("23a2a8");

        var findings = checker.Check(document).Findings;

        Assert.Equal(200, findings.Count);
        Assert.EndsWith("div > img:nth-of-type(1)", findings[0].Selector, StringComparison.Ordinal);
        Assert.EndsWith("div > img:nth-of-type(200)", findings[^1].Selector, StringComparison.Ordinal);
        Assert.Equal("<img src=\"299.png\">", findings[^1].Snippet);

        // The page changes and is checked again: positions are taken anew.
        var div = document.QuerySelector("img")!.ParentElement!;
        div.InsertBefore(document.CreateElement("img"), div.FirstChild);
        var again = checker.Check(document).Findings;
        Assert.Equal(201, again.Count);
        Assert.EndsWith("div > img:nth-of-type(201)", again[^1].Selector, StringComparison.Ordinal);
    }

    [Fact]
    public void A_long_element_is_cut_short_in_the_snippet()
    {
        var html = RuleExampleTests.Page($"<button>{new string('x', 500)}<a href=\"/\">in</a></button>");

        var finding = Assert.Single(HtmlChecker.ForRules("307n5z").Check(html).Findings);

        Assert.True(finding.Snippet.Length <= 161, finding.Snippet);
        Assert.EndsWith("…", finding.Snippet);
    }

    [Fact]
    public void Selectors_found_by_the_checker_find_the_element_again()
    {
        var html = RuleExampleTests.Page("<div><span><img src=\"1.png\"></span><span><img src=\"2.png\"></span></div><ul><li><img src=\"3.png\"></li></ul>");
        var document = HtmlChecker.Parse(html);

        var findings = HtmlChecker.ForRules("23a2a8").Check(document).Findings;

        Assert.Equal(3, findings.Count);
        Assert.Equal(["1.png", "2.png", "3.png"], findings.Select(finding => Assert.Single(document.QuerySelectorAll(finding.Selector)).GetAttribute("src")));
    }

    [Fact]
    public void The_whole_rule_set_finds_nothing_on_a_well_made_page()
    {
        const string html = """
            <!DOCTYPE html>
            <html lang="en">
            <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Harris visits Mexico</title></head>
            <body>
            <a href="#main">Skip to main content</a>
            <header><p>Daily News</p><nav aria-label="Sections"><a href="/world">World</a></nav></header>
            <main id="main">
              <article aria-labelledby="h">
                <h1 id="h">Harris visits Mexico</h1>
                <p><time datetime="2021-06-08">8 June 2021</time></p>
                <p>She said <q>we will work together</q>.</p>
                <figure><blockquote><p>It was a good meeting.</p></blockquote><figcaption>The president</figcaption></figure>
                <h2>Background</h2>
                <p lang="es">Buenos días.</p>
                <img src="palace.jpg" alt="The National Palace">
              </article>
            </main>
            <footer><nav aria-label="Footer"><a href="/contact">Contact us</a></nav></footer>
            </body>
            </html>
            """;

        var report = HtmlChecker.Default.Check(html, "good.html");

        Assert.True(report.Findings.Count == 0, string.Join("\n", report.Findings.Select(finding => $"{finding.Rule.Id}: {finding.Message}")));
    }
}
