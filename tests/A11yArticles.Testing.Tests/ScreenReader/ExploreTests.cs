using A11yArticles.TestSupport;
using Xunit.Abstractions;

namespace A11yArticles.Testing.Tests.ScreenReader;

[Collection(SeedSiteCollection.Name)]
public sealed class ExploreTests(SeedSite site, ITestOutputHelper output)
{
    [Fact]
    public async Task Explore()
    {
        var page = await site.OpenAsync(site.UrlOf(Seeds.AmloWelcomesHarris));
        foreach (var x in await page.GetLandmarksAsync()) output.WriteLine("L " + x);
        foreach (var x in await page.GetHeadingOutlineAsync()) output.WriteLine("H " + x);
        foreach (var x in await page.GetQuotationsAsync()) output.WriteLine("Q " + x);
        foreach (var x in await page.GetLinksAsync()) output.WriteLine("K " + x);
        var t = await page.ReadAllAsync(new ReadAllOptions { FailOnProblems = false });
        output.WriteLine(t.ToString());
        foreach (var p in t.Problems) output.WriteLine("P " + p);
        var sw = System.Diagnostics.Stopwatch.StartNew();
        try { await page.AssertNoAxeViolationsAsync(); } catch (A11yAssertionException e) { output.WriteLine(e.Message); }
        output.WriteLine($"axe {sw.ElapsedMilliseconds}"); sw.Restart();
        foreach (var check in new Func<Task>[] { () => page.AssertSkipLinkAsync(), () => page.AssertReflowAsync(), () => page.AssertTextSpacingAsync(), () => page.AssertFocusVisibleAsync(), () => page.AssertTargetSizeAsync() })
        {
            try { await check(); output.WriteLine("ok"); } catch (A11yAssertionException e) { output.WriteLine(e.Message); }
            output.WriteLine($"{sw.ElapsedMilliseconds}"); sw.Restart();
        }
        await page.EmulateZoomAsync(400);
        await page.ScreenshotAsync(new() { Path = "/tmp/zoom400.png" });
        await page.EmulateForcedColorsAsync();
        try { await page.AssertFocusVisibleAsync(); output.WriteLine("fc ok"); } catch (A11yAssertionException e) { output.WriteLine(e.Message); }
        await page.Context.CloseAsync();
    }
}
