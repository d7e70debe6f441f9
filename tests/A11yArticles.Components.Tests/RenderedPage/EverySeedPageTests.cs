using A11yArticles.Rendering;
using AngleSharp.Dom;

namespace A11yArticles.Components.Tests.RenderedPage;

/// <summary>The article contract (<see cref="PageContract"/>) on every seed page and the rich article, read with AngleSharp.</summary>
public sealed class EverySeedPageTests
{
    public static TheoryData<string> Pages => new(SeedPages.Names);

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Page_has_no_contract_finding(string page)
    {
        var document = StaticPageFacts.Parse(await ArticleRenderer.RenderPageAsync(SeedPages.Article(page)));

        var findings = PageContract.Findings(document).ToList();

        Assert.True(findings.Count == 0, $"{page}:{Environment.NewLine}" + string.Join(Environment.NewLine, findings));
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Quotations_keep_their_words_and_lose_their_marks(string page)
    {
        var article = SeedPages.Article(page);
        var document = StaticPageFacts.Parse(await ArticleRenderer.RenderPageAsync(article));

        var quotations = document.QuerySelectorAll("article q");

        Assert.Equal(article.Quotations.Select(q => q.PlainText), quotations.Select(q => q.TextContent));
        Assert.DoesNotContain(quotations, q => q.TextContent.IndexOfAny(['“', '”', '«', '»', '„']) >= 0);
    }

    /// <summary>The control: the contract does find the faults of a broken page.</summary>
    [Fact]
    public void The_contract_finds_the_faults_of_a_broken_page()
    {
        var broken = StaticPageFacts.Parse(
            "<html><body><p>loose</p><main id=m><h2>x</h2><h1>a</h1><h1>b</h1><h4 id=d>skip</h4><p id=d></p>" +
            "<nav></nav><nav></nav><aside></aside><span class=visually-hidden>Published</span><time>today</time>" +
            "<div aria-hidden=true><a href=#m>x</a></div><img src=a.png><a href=#nowhere>gone</a></main></body></html>");

        var findings = string.Join("\n", PageContract.Findings(broken));

        foreach (var expected in new[] { "no lang", "2 h1", "first heading in main is h2", "level skipped", "id 'd' is used 2 times", "not a skip link", "outside every landmark", "distinct names", "aside has no name", "no valid datetime", "would merge", "inside aria-hidden", "has no alt", "missing id 'nowhere'" })
        {
            Assert.Contains(expected, findings, StringComparison.Ordinal);
        }
    }
}
