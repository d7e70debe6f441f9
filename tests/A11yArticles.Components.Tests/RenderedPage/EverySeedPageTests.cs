using A11yArticles.Checks;
using A11yArticles.Rendering;
using AngleSharp.Dom;

namespace A11yArticles.Components.Tests.RenderedPage;

/// <summary>
/// The article contract on every seed page and the rich article: every rule of the checker
/// (<see cref="HtmlChecker.Default"/>, errors and warnings), and what it does not judge (<see cref="BeyondTheChecker"/>).
/// </summary>
public sealed class EverySeedPageTests
{
    public static TheoryData<string> Pages => new(SeedPages.Names);

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Page_has_no_checker_finding(string page)
    {
        var report = HtmlChecker.Default.Check(await ArticleRenderer.RenderPageAsync(SeedPages.Article(page)), page);

        Assert.True(report.Findings.Count == 0, $"{page}:{Environment.NewLine}" + string.Join(Environment.NewLine, report.Findings.Select(f => $"{f.Rule.Id} {f.Selector}: {f.Message}")));
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Page_keeps_the_contract_the_checker_does_not_judge(string page)
    {
        var document = HtmlChecker.Parse(await ArticleRenderer.RenderPageAsync(SeedPages.Article(page)));

        var findings = BeyondTheChecker.Findings(document).ToList();

        Assert.True(findings.Count == 0, $"{page}:{Environment.NewLine}" + string.Join(Environment.NewLine, findings));
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Quotations_keep_their_words_and_lose_their_marks(string page)
    {
        var article = SeedPages.Article(page);
        var document = HtmlChecker.Parse(await ArticleRenderer.RenderPageAsync(article));

        var quotations = document.QuerySelectorAll("article q");

        Assert.Equal(article.Quotations.Select(q => q.PlainText), quotations.Select(q => q.TextContent));
        Assert.DoesNotContain(quotations, q => q.TextContent.IndexOfAny(['“', '”', '«', '»', '„']) >= 0);
    }

    private const string BrokenPage =
        "<html><body><p>loose <a href=/home>home</a></p><main id=m><h2>x</h2><h1>a</h1><h1>b</h1><h4 id=d>skip</h4><p id=d></p>" +
        "<nav></nav><nav></nav><aside></aside><span class=visually-hidden>Published</span><time>today</time>" +
        "<div aria-hidden=true><a href=#m>x</a></div><img src=a.png><a href=#nowhere>gone</a>" +
        "<article><p aria-describedby=missing>text</p></article></main></body></html>";

    /// <summary>The control: the checker and the rest of the contract do find the faults of a broken page.</summary>
    [Fact]
    public void The_contract_finds_the_faults_of_a_broken_page()
    {
        var found = HtmlChecker.Default.Check(BrokenPage).Findings.Select(finding => finding.Rule.Id).ToHashSet();

        Assert.Superset(
            new HashSet<string>
            {
                "A11Y-ACT-B5C3F8", // no lang (A11Y-LANG-001 finds it too; the report keeps one finding)
                "A11Y-H1-001", // two h1, the first heading in main is an h2
                "A11Y-HEAD-001", // h1 then h4
                "A11Y-SKIP-001", // the first Tab stop is not a skip link to main
                "A11Y-LAND-001", // text outside every landmark
                "A11Y-LAND-002", // two navigation landmarks without names
                "A11Y-TIME-001", // a time without a datetime
                "A11Y-TEXT-001", // visually hidden text running into the next word
                "A11Y-LINK-003", // a link to a missing id
                "A11Y-ACT-6CFA84", // a focusable link inside aria-hidden
                "A11Y-ACT-23A2A8", // an image without alt
            },
            found);

        var beyond = string.Join("\n", BeyondTheChecker.Findings(HtmlChecker.Parse(BrokenPage)));
        foreach (var expected in new[] { "id 'd' is used 2 times", "refers to missing id 'missing'", "aside has no name", "the article has no lang or dir" })
        {
            Assert.Contains(expected, beyond, StringComparison.Ordinal);
        }
    }
}
