using A11yArticles.Testing;
using Microsoft.Playwright;

namespace A11yArticles.Components.BrowserTests;

/// <summary>
/// The keyboard path past an embed, in Chromium: Enter on the embed's skip link moves focus past
/// the frame (whose player has controls of its own), and the next Tab lands after the embed, never
/// inside the frame. The "player" is a local page served on 127.0.0.1 like the article.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class EmbedKeyboardTests(RenderedSeedSite site)
{
    private async Task<IPage> OpenAsync()
    {
        var page = await site.Browser.NewPageAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 800 } });
        await page.GotoAsync(site.Site.UrlOf(NewsroomPage.FileName).AbsoluteUri);
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        return page;
    }

    /// <summary>Where focus is: the active element's text, and whether it is inside / after the embed with that index.</summary>
    private static Task<string> FocusAsync(IPage page) => page.EvaluateAsync<string>("""
        () => {
            const active = document.activeElement;
            const embeds = [...document.querySelectorAll('.a11y-embed')];
            const inside = embeds.findIndex(e => e.contains(active));
            const after = embeds.filter(e => !e.contains(active) && (e.compareDocumentPosition(active) & Node.DOCUMENT_POSITION_FOLLOWING)).length;
            return `${active.tagName.toLowerCase()}|${(active.textContent || '').trim()}|inside:${inside}|after:${after}`;
        }
        """);

    [Theory]
    [InlineData(0, "Skip Example Video content 1", "End of Example Video content 1")]
    [InlineData(1, "Skip Example Maps content", "End of Example Maps content")]
    [InlineData(2, "Skip Example Video content 2", "End of Example Video content 2")]
    public async Task Enter_on_an_embed_skip_link_moves_focus_past_the_frame_and_Tab_goes_on_after_it(int index, string skipText, string endText)
    {
        var page = await OpenAsync();
        try
        {
            // Tab until the embed's skip link has focus (it is hidden until then).
            string focus = "";
            for (var i = 0; i < 40 && !focus.StartsWith($"a|{skipText}|", StringComparison.Ordinal); i++)
            {
                await page.Keyboard.PressAsync("Tab");
                focus = await FocusAsync(page);
            }

            Assert.Equal($"a|{skipText}|inside:{index}|after:{index}", focus);
            var box = await page.Locator(".a11y-embed").Nth(index).Locator("a[data-a11y-skip-link]").BoundingBoxAsync();
            Assert.True(box is { Width: >= 24, Height: >= 24 }, $"the focused skip link should be visible, but it is {box?.Width}x{box?.Height} px");

            await page.Keyboard.PressAsync("Enter");
            Assert.Equal($"p|{endText}|inside:{index}|after:{index}", await FocusAsync(page));

            await page.Keyboard.PressAsync("Tab");
            var next = await FocusAsync(page);
            Assert.True(
                next.EndsWith($"|inside:{index + 1}|after:{index + 1}", StringComparison.Ordinal) || next.EndsWith($"|inside:-1|after:{index + 1}", StringComparison.Ordinal),
                $"the Tab after skipping embed {index} should land after it, but focus is {next}");
            Assert.DoesNotContain("iframe", next, StringComparison.Ordinal);
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task Without_the_skip_link_Tab_goes_through_the_player_s_controls()
    {
        // The control: the player's controls really are Tab stops, so skipping them is worth something.
        var page = await OpenAsync();
        try
        {
            var frames = 0;
            for (var i = 0; i < 40; i++)
            {
                await page.Keyboard.PressAsync("Tab");
                if (await page.EvaluateAsync<bool>("() => document.activeElement.tagName === 'IFRAME'"))
                {
                    frames++;
                }
            }

            Assert.True(frames > 0, "Tab never entered a frame: the test player has no controls to skip");
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task Axe_finds_nothing_on_a_page_with_embeds()
    {
        var page = await OpenAsync();
        try
        {
            await page.AssertNoAxeViolationsAsync();
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }
}
