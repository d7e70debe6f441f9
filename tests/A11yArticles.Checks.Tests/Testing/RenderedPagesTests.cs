using A11yArticles.Rendering;
using A11yArticles.Importers;
using A11yArticles.TestSupport;

namespace A11yArticles.Checks.Tests.Testing;

/// <summary>The pages and fragments the components render pass every rule.</summary>
public sealed class RenderedPagesTests
{
    public static TheoryData<string> SeedFiles => new(Seeds.All.Select(Path.GetFileName)!);

    [Theory]
    [MemberData(nameof(SeedFiles))]
    public async Task The_rendered_page_of_every_seed_has_no_finding(string seed)
    {
        var article = ArticleImporter.ImportFile(Seeds.PathOf(seed));

        var report = HtmlChecker.Default.Check(await ArticleRenderer.RenderPageAsync(article), seed);

        Assert.True(report.Findings.Count == 0, string.Join("\n", report.Findings.Select(finding => $"{finding.Rule.Id} {finding.Selector}: {finding.Message}")));
    }

    [Theory]
    [MemberData(nameof(SeedFiles))]
    public async Task The_rendered_article_of_every_seed_has_no_finding(string seed)
    {
        var article = ArticleImporter.ImportFile(Seeds.PathOf(seed));

        await A11yAssert.NoViolationsAsync(ArticleRenderer.RenderArticleAsync(article));
    }
}
