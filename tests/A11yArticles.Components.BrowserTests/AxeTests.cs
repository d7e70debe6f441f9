using A11yArticles.TestSupport;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Xunit.Abstractions;

namespace A11yArticles.Components.BrowserTests;

[Collection(BrowserCollection.Name)]
public sealed class AxeTests(RenderedSeedSite site, ITestOutputHelper output)
{
    /// <summary>WCAG 2.0, 2.1 and 2.2 at levels A and AA, and axe's best practices.</summary>
    private static readonly List<string> Tags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"];

    public static TheoryData<string> SeedPages => new(Directory.EnumerateFiles(Seeds.Folder, "*.txt").Select(Path.GetFileName).Order()!);

    [Theory]
    [MemberData(nameof(SeedPages))]
    public async Task Axe_finds_no_violation_on_the_rendered_seed(string seed)
    {
        var result = await ScanAsync(site.UrlOf(seed));

        output.WriteLine($"axe-core {result.TestEngine.Version} in {site.Browser.ExecutablePath}: {result.Passes.Length} rules passed, {result.Violations.Length} violated, {result.Incomplete.Length} incomplete");
        Assert.True(result.Passes.Length > 10, "axe ran too few rules to be a real scan");
        Assert.True(result.Violations.Length == 0, "axe found violations:" + Environment.NewLine + string.Join(
            Environment.NewLine,
            result.Violations.Select(v => $"  {v.Id} ({v.Impact}): {v.Help} {v.HelpUrl}{Environment.NewLine}" +
                string.Join(Environment.NewLine, v.Nodes.Select(n => $"    {n.Target}: {n.Html}")))));
    }

    /// <summary>The control: the same scan does find violations on a page that breaks the contract.</summary>
    [Fact]
    public async Task Axe_finds_the_violations_of_a_deliberately_broken_page()
    {
        var seedPage = await File.ReadAllTextAsync(Path.Combine(site.Folder, Path.ChangeExtension(Seeds.AmloWelcomesHarris, ".html")));
        var broken = seedPage
            .Replace("<html lang=\"en\" dir=\"ltr\">", "<html>", StringComparison.Ordinal)
            .Replace("<main ", "<div ", StringComparison.Ordinal)
            .Replace("</main>", "</div>", StringComparison.Ordinal);
        Assert.NotEqual(seedPage, broken);
        await File.WriteAllTextAsync(Path.Combine(site.Folder, "broken-by-axe-test.html"), broken);

        var result = await ScanAsync(site.Site.UrlOf("broken-by-axe-test.html").AbsoluteUri);

        var violated = result.Violations.Select(v => v.Id).ToList();
        Assert.Contains("html-has-lang", violated);
        Assert.Contains("landmark-one-main", violated);
        Assert.Contains("region", violated);
    }

    private async Task<AxeResult> ScanAsync(string url)
    {
        var page = await site.Browser.NewPageAsync();
        try
        {
            await page.GotoAsync(url);
            return await page.RunAxe(new AxeRunOptions { RunOnly = new RunOnlyOptions { Type = "tag", Values = Tags } });
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }
}
