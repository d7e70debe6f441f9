using A11yArticles.Checks.Engine;

namespace A11yArticles.Checks.Tests.Engine;

/// <summary>
/// One problem, one finding: an article rule that checks what an ACT rule checks (declared with
/// <see cref="RuleInfo.SameFaultAs"/>) does not report an element the ACT rule already reported.
/// </summary>
public sealed class OneFindingPerFaultTests
{
    /// <summary>
    /// Info and Relationships (1.3.1) covers every structural fault, so two rules sharing only it say
    /// nothing about finding the same fault (content outside landmarks, a wrong ARIA role).
    /// </summary>
    private const string InfoAndRelationships = "1.3.1";

    [Theory]
    [InlineData("<main><h1>Story</h1><p><a href=\"/next\"><img src=\"a.png\" alt=\"\"></a></p></main>", "A11Y-ACT-C487AE", "A11Y-LINK-001")]
    [InlineData("<main><h1>Story</h1><p><span lang=\"english\">Hello</span></p></main>", "A11Y-ACT-DE46E4", "A11Y-LANG-002")]
    public void A_fault_two_rules_find_is_reported_once_by_the_ACT_rule_with_the_article_advice(string body, string actRule, string articleRule)
    {
        var html = RuleExampleTests.Page(body);

        var findings = HtmlChecker.Default.Check(html, "page.html").Findings;

        var finding = Assert.Single(findings, f => f.Rule.Id == actRule);
        Assert.DoesNotContain(findings, f => f.Rule.Id == articleRule);
        var advice = HtmlChecker.AllRules.Single(rule => rule.Id == articleRule).Help;
        Assert.Contains($"(also {articleRule}: {advice})", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_the_ACT_rule_the_article_rule_still_reports_the_fault()
    {
        var html = RuleExampleTests.Page("<main><h1>Story</h1><p><a href=\"/next\"><img src=\"a.png\" alt=\"\"></a></p></main>");

        var findings = HtmlChecker.ForRules("article").Check(html, "page.html").Findings;

        var finding = Assert.Single(findings, f => f.Rule.Id == "A11Y-LINK-001");
        Assert.DoesNotContain("(also", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_page_without_lang_gets_one_finding_for_it()
    {
        const string html = "<!DOCTYPE html><html><head><title>Story</title></head><body><main><h1>Story</h1></main></body></html>";

        var findings = HtmlChecker.Default.Check(html, "page.html").Findings.Where(f => f.Selector == "html").ToList();

        Assert.Equal(["A11Y-ACT-B5C3F8"], findings.Select(f => f.Rule.Id));
    }

    [Fact]
    public void Two_faults_on_one_element_are_both_reported()
    {
        var html = RuleExampleTests.Page("<main><h1>Story</h1><h3><span aria-hidden=\"true\">x</span></h3></main>");

        var ids = HtmlChecker.Default.Check(html, "page.html").Findings.Select(f => f.Rule.Id).ToList();

        Assert.Contains("A11Y-HEAD-001", ids);
        Assert.Contains("A11Y-ACT-FFD0E9", ids);
    }

    /// <summary>
    /// Every example page of every rule, checked with all rules: no article rule and ACT rule report
    /// the same element for the same success criterion (other than 1.3.1). A new overlapping rule
    /// fails here until it declares SameFaultAs.
    /// </summary>
    [Fact]
    public void No_element_of_the_example_pages_gets_two_findings_for_one_fault()
    {
        var pages = typeof(OneFindingPerFaultTests).Assembly.GetTypes()
            .Where(type => type.IsSubclassOf(typeof(RuleExampleTests)) && !type.IsAbstract)
            .SelectMany(type => ((RuleExampleTests)Activator.CreateInstance(type)!).AllExamples)
            .ToList();
        Assert.True(pages.Count > 150, $"expected every rule's examples, found {pages.Count}");

        var twice = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var page in pages)
        {
            foreach (var element in HtmlChecker.Default.Check(page.Html, page.Name).Findings.GroupBy(f => f.Selector))
            {
                var articleFindings = element.Where(f => f.Rule.Group == RuleGroups.Article);
                var actFindings = element.Where(f => f.Rule.Group == RuleGroups.Act).ToList();
                foreach (var article in articleFindings)
                {
                    foreach (var act in actFindings.Where(act => act.Rule.Wcag.Intersect(article.Rule.Wcag).Any(criterion => criterion != InfoAndRelationships)))
                    {
                        twice.Add($"{article.Rule.Id} and {act.Rule.Id} on {element.Key} ({page})");
                    }
                }
            }
        }

        Assert.True(twice.Count == 0, "One fault reported twice:\n" + string.Join("\n", twice));
    }
}
