using Microsoft.Playwright;
using Xunit.Abstractions;

namespace A11yArticles.Testing.Tests.Suite;

/// <summary>
/// The project's own browser suite: every page the project renders (each seed in seeds/, whatever its
/// language) passes every assertion of the kit, in Chromium.
/// </summary>
[Collection(SeedPagesCollection.Name)]
public sealed class SeedPageSuiteTests(SharedSeedSite shared, ITestOutputHelper output)
{
    private SeedSite Site => shared.Site;

    public static TheoryData<string> Seeds => new(SeedSite.SeedNames);

    public static TheoryData<string, string> SeedsInEveryScheme
    {
        get
        {
            var data = new TheoryData<string, string>();
            foreach (var seed in SeedSite.SeedNames)
            {
                foreach (var scheme in new[] { "light", "dark", "forced colours" })
                {
                    data.Add(seed, scheme);
                }
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(SeedsInEveryScheme))]
    public async Task Axe_finds_nothing(string seed, string scheme)
    {
        var page = await Site.OpenAsync(Site.UrlOf(seed));
        try
        {
            await (scheme switch
            {
                "dark" => page.EmulateDarkSchemeAsync(),
                "forced colours" => page.EmulateForcedColorsAsync(),
                _ => Task.CompletedTask,
            });
            Assert.Equal(scheme == "dark", await page.EvaluateAsync<bool>("() => matchMedia('(prefers-color-scheme: dark)').matches"));

            var result = await page.AssertNoAxeViolationsAsync();

            output.WriteLine($"{seed} in {scheme}: axe-core {result.TestEngine.Version}, {result.Passes.Length} rules passed, {result.Incomplete.Length} incomplete");
            var screenshot = Path.Combine(AppContext.BaseDirectory, "screenshots", $"{Path.GetFileNameWithoutExtension(seed)}-{scheme.Replace(' ', '-')}.png");
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = screenshot });
            output.WriteLine($"Screenshot: {screenshot}");
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public Task Skip_link_works_with_and_without_javascript(string seed) => OnSeedAsync(seed, page => page.AssertSkipLinkAsync());

    [Theory]
    [MemberData(nameof(Seeds))]
    public Task Reflows_at_320_css_pixels(string seed) => OnSeedAsync(seed, page => page.AssertReflowAsync(320));

    [Theory]
    [MemberData(nameof(Seeds))]
    public Task Reflows_at_400_percent_zoom(string seed) => OnSeedAsync(seed, async page =>
    {
        await page.EmulateZoomAsync(400);
        Assert.Equal(320, await page.EvaluateAsync<int>("() => window.innerWidth"));
        await page.AssertReflowAsync(320);
        await page.AssertTextSpacingAsync();
    });

    [Theory]
    [MemberData(nameof(Seeds))]
    public Task Keeps_text_readable_with_wcag_text_spacing(string seed) => OnSeedAsync(seed, page => page.AssertTextSpacingAsync());

    [Theory]
    [MemberData(nameof(Seeds))]
    public Task Shows_focus_on_every_tab_stop(string seed) => OnSeedAsync(seed, page => page.AssertFocusVisibleAsync());

    [Theory]
    [MemberData(nameof(Seeds))]
    public Task Shows_focus_on_every_tab_stop_in_forced_colours(string seed) => OnSeedAsync(seed, async page =>
    {
        await page.EmulateForcedColorsAsync();
        await page.AssertFocusVisibleAsync();
    });

    [Theory]
    [MemberData(nameof(Seeds))]
    public Task Targets_are_at_least_24_pixels(string seed) => OnSeedAsync(seed, page => page.AssertTargetSizeAsync(24));

    [Theory]
    [MemberData(nameof(Seeds))]
    public Task Targets_are_at_least_24_pixels_at_200_percent_zoom_with_reduced_motion(string seed) => OnSeedAsync(seed, async page =>
    {
        await page.EmulateReducedMotionAsync();
        await page.EmulateZoomAsync(200);
        Assert.True(await page.EvaluateAsync<bool>("() => matchMedia('(prefers-reduced-motion: reduce)').matches"));
        await page.AssertTargetSizeAsync(24);
        await page.AssertReflowAsync(640);
    });

    private async Task OnSeedAsync(string seed, Func<IPage, Task> check)
    {
        var page = await Site.OpenAsync(Site.UrlOf(seed));
        try
        {
            await check(page);
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }
}
