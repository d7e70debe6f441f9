namespace A11yArticles.Checks.Tests.Dom;

/// <summary>Shadow trees the page declares (declarative shadow DOM, or the simple inline-script pattern) are checked, with their boundary kept.</summary>
public sealed class ShadowTreesTests
{
    [Fact]
    public void A_finding_in_a_tree_set_by_a_script_points_at_the_host()
    {
        const string html = "<!DOCTYPE html>\n<html lang=\"en\">\n<head><title>T</title></head>\n<body>\n<main>\n  <div id=\"card\"></div>\n</main>\n"
            + "<script>const card = document.getElementById('card'); const root = card.attachShadow({ mode: 'open' }); root.innerHTML = '<p><img src=\"a.png\"></p>';</script>\n</body>\n</html>";

        var finding = Assert.Single(HtmlChecker.ForRules("23a2a8").Check(html).Findings);

        Assert.Equal((6, 3), (finding.Line, finding.Column));
        Assert.Equal("#card", finding.Selector);
        Assert.Equal("<img src=\"a.png\">", finding.Snippet);
    }

    [Fact]
    public void A_finding_in_a_declarative_tree_keeps_its_line_and_names_the_host()
    {
        const string html = "<!DOCTYPE html>\n<html lang=\"en\">\n<head><title>T</title></head>\n<body>\n<main>\n  <figure id=\"photo\"><template shadowrootmode=\"open\">\n    <img src=\"a.png\">\n  </template></figure>\n</main>\n</body>\n</html>";

        var finding = Assert.Single(HtmlChecker.ForRules("23a2a8").Check(html).Findings);

        Assert.Equal((7, 5), (finding.Line, finding.Column));
        Assert.Equal("#photo", finding.Selector);
    }

    [Fact]
    public void A_host_whose_tag_name_the_dom_refuses_is_skipped_not_fatal()
    {
        var html = RuleExampleTests.Page("<x@y id=\"h\"></x@y><img src=\"b.png\">"
            + "<script>const h = document.getElementById('h'); const r = h.attachShadow({ mode: 'open' }); r.innerHTML = '<img src=\"a.png\">';</script>");

        var findings = HtmlChecker.ForRules("23a2a8").Check(html).Findings;

        Assert.Equal("<img src=\"b.png\">", Assert.Single(findings).Snippet);
    }

    [Fact]
    public void A_script_with_long_runs_and_unclosed_literals_is_read_in_reasonable_work()
    {
        // Letters by the megabyte and many unclosed template literals beside an attachShadow: the
        // patterns must neither rescan the run from every position nor throw.
        var script = "const r = document.getElementById('h').attachShadow({ mode: 'open' }); var blob = '" + new string('A', 1_000_000) + "';"
            + string.Concat(Enumerable.Repeat("r.innerHTML = `", 2_000));
        var html = RuleExampleTests.Page("<div id=\"h\"></div><script>" + script + "</script>");

        var report = HtmlChecker.ForRules("23a2a8").Check(html);

        Assert.Empty(report.Findings);
    }

    [Fact]
    public void Id_references_do_not_cross_the_shadow_boundary()
    {
        var across = RuleExampleTests.Page("<span id=\"label\">Send</span><div><template shadowrootmode=\"open\"><button aria-labelledby=\"label\"></button></template></div>");
        var inside = RuleExampleTests.Page("<div><template shadowrootmode=\"open\"><span id=\"label\">Send</span><button aria-labelledby=\"label\"></button></template></div>");

        Assert.Single(HtmlChecker.ForRules("97a4e1").Check(across).Findings);
        Assert.Empty(HtmlChecker.ForRules("97a4e1").Check(inside).Findings);
    }

    [Fact]
    public void Hiding_the_host_hides_its_shadow_tree()
    {
        var html = RuleExampleTests.Page("<div aria-hidden=\"true\"><template shadowrootmode=\"open\"><button></button></template></div>");

        Assert.Empty(HtmlChecker.ForRules("97a4e1").Check(html).Findings);
    }

    [Fact]
    public void Checking_a_parsed_document_does_not_attach_shadow_roots_to_it()
    {
        var document = HtmlChecker.Parse(RuleExampleTests.Page("<div id=\"host\"></div><script>const host = document.querySelector('#host'); const root = host.attachShadow({ mode: 'open' }); root.innerHTML = '<button></button>';</script>"));

        var findings = HtmlChecker.ForRules("97a4e1").Check(document).Findings;

        Assert.Single(findings);
        Assert.Null(document.GetElementById("host")!.ShadowRoot);
    }
}
