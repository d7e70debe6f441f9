using Xunit.Abstractions;

namespace A11yArticles.Components.BrowserTests;

[Collection(BrowserCollection.Name)]
public sealed class AxeTests(RenderedSeedSite site, ITestOutputHelper output)
{
    public static TheoryData<string> Pages => new(RenderedSeedSite.PageNames);

    /// <summary>Every rendered seed page and the rich article: no axe violation and no sideways scrolling, in light and dark, at 1280 and 320 px, and in forced colours.</summary>
    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Axe_finds_no_violation_on_the_rendered_page(string page)
    {
        var problems = await PageScan.ScanAllModesAsync(site.Browser, site.UrlOf(page));

        output.WriteLine($"{page}: {ViewMode.All.Count} view modes scanned in {site.Browser.ExecutablePath}");
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    /// <summary>The control: the same scan does find violations on a page that breaks the contract.</summary>
    [Fact]
    public async Task Axe_finds_the_violations_of_a_deliberately_broken_page()
    {
        var seedPage = await File.ReadAllTextAsync(Path.Combine(site.Folder, Path.ChangeExtension(TestSupport.Seeds.AmloWelcomesHarris, ".html")));
        var broken = seedPage
            .Replace("<html lang=\"en\" dir=\"ltr\">", "<html>", StringComparison.Ordinal)
            .Replace("<main ", "<div ", StringComparison.Ordinal)
            .Replace("</main>", "</div>", StringComparison.Ordinal);
        Assert.NotEqual(seedPage, broken);
        await File.WriteAllTextAsync(Path.Combine(site.Folder, "broken-by-axe-test.html"), broken);

        var page = await site.Browser.NewPageAsync();
        await page.GotoAsync(site.Site.UrlOf("broken-by-axe-test.html").AbsoluteUri);
        var result = await PageScan.AxeAsync(page);
        await page.Context.CloseAsync();

        var violated = result.Violations.Select(v => v.Id).ToList();
        Assert.Contains("html-has-lang", violated);
        Assert.Contains("landmark-one-main", violated);
        Assert.Contains("region", violated);
    }
}
