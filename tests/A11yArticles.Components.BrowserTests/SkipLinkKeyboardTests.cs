using A11yArticles.TestSupport;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace A11yArticles.Components.BrowserTests;

/// <summary>
/// The keyboard path through the rendered seed page, as a keyboard user meets it: Tab reaches a
/// visible skip link first, Enter moves focus into <c>main</c>, and the next Tab stays in <c>main</c>.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class SkipLinkKeyboardTests(RenderedSeedSite site, ITestOutputHelper output)
{
    private const string DescribeActiveElement = """
        () => {
            const active = document.activeElement;
            const main = document.querySelector('main');
            const box = active.getBoundingClientRect();
            return {
                tag: active.tagName.toLowerCase(),
                text: (active.textContent || '').trim(),
                isSkipLink: active.hasAttribute('data-a11y-skip-link'),
                insideMain: main !== null && main.contains(active),
                isMain: active === main,
                left: box.left, top: box.top, width: box.width, height: box.height,
                viewportWidth: window.innerWidth, viewportHeight: window.innerHeight,
                hash: location.hash,
            };
        }
        """;

    /// <summary>What <see cref="DescribeActiveElement"/> returns (Playwright fills settable properties).</summary>
    private sealed class ActiveElement
    {
        public string Tag { get; set; } = "";
        public string Text { get; set; } = "";
        public bool IsSkipLink { get; set; }
        public bool InsideMain { get; set; }
        public bool IsMain { get; set; }
        public double Left { get; set; }
        public double Top { get; set; }
        public double Width { get; set; }
        public double Height { get; set; }
        public double ViewportWidth { get; set; }
        public double ViewportHeight { get; set; }
        public string Hash { get; set; } = "";
    }

    private async Task<IPage> OpenSeedAsync(bool fromDisk = false, bool javaScript = true)
    {
        var page = await site.Browser.NewPageAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = 1280, Height = 800 },
            JavaScriptEnabled = javaScript,
        });
        await page.GotoAsync(site.UrlOf(Seeds.AmloWelcomesHarris, fromDisk));
        return page;
    }

    private static Task<ActiveElement> ActiveAsync(IPage page) => page.EvaluateAsync<ActiveElement>(DescribeActiveElement);

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Tab_Enter_Tab_goes_from_the_skip_link_into_main(bool fromDisk)
    {
        var page = await OpenSeedAsync(fromDisk);

        await page.Keyboard.PressAsync("Tab");
        var skipLink = await ActiveAsync(page);
        output.WriteLine($"After Tab: <{skipLink.Tag}> '{skipLink.Text}' at {skipLink.Left},{skipLink.Top} size {skipLink.Width}x{skipLink.Height}");
        Assert.True(skipLink.IsSkipLink, $"the first Tab should focus the skip link, but focused <{skipLink.Tag}> '{skipLink.Text}'");
        Assert.True(skipLink.Width >= 24 && skipLink.Height >= 24, $"the focused skip link should be clearly visible, but it is {skipLink.Width}x{skipLink.Height} px");
        Assert.True(
            skipLink.Left >= 0 && skipLink.Top >= 0 && skipLink.Left + skipLink.Width <= skipLink.ViewportWidth && skipLink.Top + skipLink.Height <= skipLink.ViewportHeight,
            $"the focused skip link should be inside the viewport, but it is at {skipLink.Left},{skipLink.Top}");
        Assert.True(await page.Locator("[data-a11y-skip-link]").IsVisibleAsync());
        var screenshot = Path.Combine(AppContext.BaseDirectory, "screenshots", $"skip-link-focused{(fromDisk ? "-from-disk" : "")}.png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = screenshot });
        output.WriteLine($"Screenshot of the focused skip link: {screenshot}");

        await page.Keyboard.PressAsync("Enter");
        var afterEnter = await ActiveAsync(page);
        output.WriteLine($"After Enter: <{afterEnter.Tag}> main={afterEnter.IsMain} hash={afterEnter.Hash}");
        Assert.True(afterEnter.InsideMain, $"Enter on the skip link should move focus into main, but focus is on <{afterEnter.Tag}>");
        Assert.Equal("#article-main", afterEnter.Hash);
        // On the headline, main's first content: a screen reader speaks the focused element, and "main
        // content" alone would not tell the reader where they are.
        Assert.Equal("h1", afterEnter.Tag);

        await page.Keyboard.PressAsync("Tab");
        var afterSecondTab = await ActiveAsync(page);
        output.WriteLine($"After the next Tab: <{afterSecondTab.Tag}> '{afterSecondTab.Text}'");
        Assert.True(afterSecondTab.InsideMain && !afterSecondTab.IsMain, $"the next Tab should land on an element inside main, but focused <{afterSecondTab.Tag}> '{afterSecondTab.Text}'");

        // The temporary tabindex is gone once focus left the headline, so it never becomes a Tab stop.
        Assert.Null(await page.Locator("main").GetAttributeAsync("tabindex"));
        Assert.Null(await page.Locator("main h1").GetAttributeAsync("tabindex"));
    }

    [Fact]
    public async Task Skip_link_is_hidden_until_it_has_focus()
    {
        var page = await OpenSeedAsync();

        var box = await page.Locator("[data-a11y-skip-link]").BoundingBoxAsync();

        Assert.NotNull(box);
        Assert.True(box.Width <= 1 && box.Height <= 1, $"the unfocused skip link should be visually hidden, but it is {box.Width}x{box.Height} px");
    }

    [Fact]
    public async Task Without_javascript_the_skip_link_still_moves_the_reading_position_into_main()
    {
        var page = await OpenSeedAsync(javaScript: false);

        await page.Keyboard.PressAsync("Tab");
        Assert.True((await ActiveAsync(page)).IsSkipLink);
        await page.Keyboard.PressAsync("Enter");
        await page.Keyboard.PressAsync("Tab");

        var active = await ActiveAsync(page);
        Assert.Equal("#article-main", active.Hash);
        Assert.True(active.InsideMain, $"after following the skip link without JavaScript, Tab should land inside main, but focused <{active.Tag}> '{active.Text}'");
    }
}
