using Xunit.Abstractions;

namespace A11yArticles.Components.BrowserTests;

/// <summary>
/// A statically rendered live blog (every post, and the link that reloads the page at the latest
/// post): axe and the kit's checks find nothing in light, dark, 320 px and forced colours. The
/// interactive behaviour is proven in tests/A11yArticles.Hosts.BrowserTests (LiveUpdatesTests).
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class LiveUpdatesStaticTests(RenderedSeedSite site, ITestOutputHelper output)
{
    [Fact]
    public async Task Axe_finds_no_violation_on_a_static_live_blog()
    {
        var problems = await PageScan.ScanAllModesAsync(site.Browser, site.UrlOf(LiveUpdatesPage.FileName));

        output.WriteLine($"{LiveUpdatesPage.FileName}: {ViewMode.All.Count} view modes scanned");
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }
}
