using A11yArticles.Testing;
using A11yArticles.Testing.BrowserChecks;
using Microsoft.Playwright;

namespace A11yArticles.Components.BrowserTests;

/// <summary>
/// Data tables in Chromium at 320 CSS px (a 1280 px window at 400 % zoom): the page does not scroll
/// sideways while the wide table scrolls inside its region; the region is reached with Tab and
/// scrolled with the arrow keys, so ACT rule 0ssw9k passes; axe and the checker find nothing.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class DataTableBrowserTests(RenderedSeedSite site)
{
    private async Task<IPage> OpenAsync(int width)
    {
        var page = await site.Browser.NewPageAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = width, Height = 640 } });
        await page.GotoAsync(site.Site.UrlOf(TablesPage.FileName).AbsoluteUri);
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        return page;
    }

    [Fact]
    public async Task At_320_px_the_page_does_not_scroll_sideways_but_the_wide_table_scrolls_in_its_region()
    {
        var page = await OpenAsync(320);
        try
        {
            var widths = await page.EvaluateAsync<int[]>("""
                () => {
                    const region = document.querySelector('.a11y-table');
                    return [document.documentElement.scrollWidth, window.innerWidth, region.scrollWidth, region.clientWidth];
                }
                """);

            Assert.True(widths[0] <= widths[1], $"the page scrolls sideways: {widths[0]} px wide in a {widths[1]} px viewport");
            Assert.True(widths[2] > widths[3], $"the wide table should scroll inside its region ({widths[2]} px in {widths[3]} px), or this test proves nothing");
            await page.AssertReflowAsync();
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task Tab_reaches_the_scroll_region_which_shows_focus_and_scrolls_with_the_arrow_keys()
    {
        var page = await OpenAsync(320);
        try
        {
            string focus = "";
            for (var i = 0; i < 20 && focus != "region"; i++)
            {
                await page.Keyboard.PressAsync("Tab");
                focus = await page.EvaluateAsync<string>("() => document.activeElement.getAttribute('role') ?? document.activeElement.tagName.toLowerCase()");
            }

            Assert.Equal("region", focus);
            var name = await page.EvaluateAsync<string>("() => document.getElementById(document.activeElement.getAttribute('aria-labelledby')).textContent");
            Assert.Equal("Weekday departures from the harbour", name);
            var outline = await page.EvaluateAsync<string>("() => { const s = getComputedStyle(document.activeElement); return s.outlineStyle + ' ' + s.outlineWidth; }");
            Assert.Equal("solid 3px", outline);

            await page.Keyboard.PressAsync("ArrowRight");
            await page.Keyboard.PressAsync("ArrowRight");
            await page.WaitForFunctionAsync("() => document.activeElement.scrollLeft > 0", null, new PageWaitForFunctionOptions { Timeout = 5000 });
            Assert.True(await page.EvaluateAsync<int>("() => document.documentElement.scrollLeft") == 0, "the arrow keys scrolled the page, not the table");
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    [Theory]
    [InlineData(320)]
    [InlineData(1280)]
    public async Task Axe_and_the_checker_with_its_browser_rules_find_nothing(int width)
    {
        var page = await OpenAsync(width);
        try
        {
            await page.AssertNoAxeViolationsAsync();
            var report = await BrowserChecker.CheckAsync(page);

            Assert.Empty(report.Report.Findings.Select(finding => $"{finding.Rule.Id} {finding.Selector}: {finding.Message}"));
            if (width == 320)
            {
                Assert.Equal(BrowserRuleOutcome.Passed, report.OutcomeOf("0ssw9k"));
            }
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task In_forced_colours_the_focused_region_keeps_a_visible_outline()
    {
        var page = await OpenAsync(320);
        try
        {
            await page.EmulateForcedColorsAsync();
            await page.Locator(".a11y-table").First.FocusAsync();
            await page.Keyboard.PressAsync("Shift+Tab");
            await page.Keyboard.PressAsync("Tab");
            var outline = await page.EvaluateAsync<string>("() => { const s = getComputedStyle(document.activeElement); return document.activeElement.className + ' ' + s.outlineStyle + ' ' + s.outlineWidth; }");
            Assert.Equal("a11y-table solid 3px", outline);
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }
}
