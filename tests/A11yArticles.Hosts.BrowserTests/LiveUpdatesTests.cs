using A11yArticles.Testing;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace A11yArticles.Hosts.BrowserTests;

/// <summary>
/// The <c>LiveUpdates</c> component in an InteractiveServer host (BlazorServerHost's <c>/live/{feed}</c>),
/// with posts added while the page is open through the fixture's local endpoint: new posts never
/// enter the page until the reader asks for them, the status region speaks once, the button moves
/// focus to the newest new post without re-creating the posts already there, axe finds nothing, and
/// without JavaScript the link reloads the page at the latest post.
/// </summary>
[Collection(HostsCollection.Name)]
public sealed class LiveUpdatesTests(HostSites sites, ITestOutputHelper output)
{
    private const string Host = "BlazorServerHost";

    private static readonly HttpClient Http = new() { Timeout = TimeSpan.FromSeconds(30) };

    /// <summary>
    /// Installed before the page's own scripts: records every text the live updates' status region
    /// takes (as a screen reader would be told of it), and the id of every post ever attached to the
    /// document, from the mutation records themselves (so a post inserted and removed between two
    /// checks is seen too).
    /// </summary>
    private const string Recorder = """
        (() => {
            window.__liveStatusTexts = [];
            window.__livePostIds = [];
            let last = null;
            const note = node => {
                if (node.nodeType !== 1) return;
                const posts = node.matches('.a11y-live__post') ? [node] : [...node.querySelectorAll('.a11y-live__post')];
                for (const post of posts) if (!window.__livePostIds.includes(post.id)) window.__livePostIds.push(post.id);
            };
            new MutationObserver(records => {
                for (const record of records) for (const node of record.addedNodes) note(node);
                const status = document.querySelector('.a11y-live__status');
                const text = status ? status.textContent : null;
                if (text !== last) {
                    last = text;
                    if (text) window.__liveStatusTexts.push(text);
                }
            }).observe(document, { subtree: true, childList: true, characterData: true });
        })();
        """;

    private string FeedName(string test) => test + "-" + Guid.NewGuid().ToString("N")[..8];

    private async Task<string> AddPostAsync(string feed, string text, string? headline = null)
    {
        var url = sites[Host].UrlOf($"/test/live/{Uri.EscapeDataString(feed)}/posts?text={Uri.EscapeDataString(text)}" + (headline is null ? "" : "&headline=" + Uri.EscapeDataString(headline)));
        using var response = await Http.PostAsync(url, content: null);
        Assert.True(response.IsSuccessStatusCode, $"POST {url}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}\n{sites[Host].Log}");
        return url;
    }

    private static Task<string[]> StatusTextsAsync(IPage page) => page.EvaluateAsync<string[]>("() => window.__liveStatusTexts");

    private static Task<string[]> PostIdsEverAttachedAsync(IPage page) => page.EvaluateAsync<string[]>("() => window.__livePostIds");

    private static Task<string[]> PostIdsInOrderAsync(IPage page) =>
        page.Locator(".a11y-live__posts > article").EvaluateAllAsync<string[]>("posts => posts.map(post => post.id)");

    [Fact]
    public async Task New_posts_wait_for_the_button_are_announced_once_and_receive_focus_when_shown()
    {
        var feed = FeedName("button");
        var context = await sites.NewContextAsync();
        try
        {
            await context.AddInitScriptAsync(Recorder);
            var page = await context.NewPageAsync();
            await page.GotoAsync(sites[Host].UrlOf("/live/" + feed));
            await page.WaitForSelectorAsync("[data-host-renderer='Server']", new() { State = WaitForSelectorState.Attached, Timeout = 90_000 });
            Assert.Equal(["article-post-second", "article-post-first"], await PostIdsInOrderAsync(page));
            Assert.Equal(0, await page.Locator(".a11y-live__reload").CountAsync());

            // The status region is in the page before anything is announced.
            var status = page.Locator(".a11y-live__status");
            Assert.Equal("status", await status.GetAttributeAsync("role"));
            Assert.Equal("polite", await status.GetAttributeAsync("aria-live"));
            Assert.Equal("", await status.TextContentAsync());

            // The reader is in the second post; remember its element to prove it is never re-created.
            await page.EvaluateAsync("() => window.__readerPost = document.getElementById('article-post-first')");

            await AddPostAsync(feed, "Police have opened the north lane.", "North lane open");
            var button = page.Locator("button.a11y-live__show");
            await Assertions.Expect(button).ToHaveTextAsync("Show 1 new update", new() { Timeout = 30_000 });
            await AddPostAsync(feed, "Engineers are on the bridge.");
            await AddPostAsync(feed, "The bridge reopens at noon.", "Reopening at noon");
            await Assertions.Expect(button).ToHaveTextAsync("Show 3 new updates", new() { Timeout = 30_000 });

            // A moment for any late render; then nothing new is in the page, and one announcement was made.
            await page.WaitForTimeoutAsync(500);
            Assert.Equal(["article-post-first", "article-post-second"], (await PostIdsEverAttachedAsync(page)).Order(StringComparer.Ordinal));
            Assert.Equal(0, await page.GetByText("North lane open").CountAsync());
            Assert.Equal(0, await page.GetByText("The bridge reopens at noon.").CountAsync());
            Assert.Equal(["1 new update"], await StatusTextsAsync(page));
            Assert.True(await button.IsVisibleAsync());

            var axe = await page.AssertNoAxeViolationsAsync(new AxeAssertionOptions { StaticCheck = null });
            output.WriteLine($"with the button: {axe.Passes.Length} axe rules passed, none violated");

            // By keyboard, as a screen-reader user would: focus the button and press Enter.
            await button.FocusAsync();
            await page.Keyboard.PressAsync("Enter");
            await page.WaitForFunctionAsync("() => document.activeElement && document.activeElement.id === 'article-post-post-5'", null, new() { Timeout = 30_000 });

            Assert.Equal(["article-post-post-5", "article-post-post-4", "article-post-post-3", "article-post-second", "article-post-first"], await PostIdsInOrderAsync(page));
            Assert.Equal("-1", await page.Locator("#article-post-post-5").GetAttributeAsync("tabindex"));
            Assert.Equal("09:40 Reopening at noon", (await page.Locator("#article-post-post-5 h2").TextContentAsync())?.Trim());
            Assert.Equal("2026-12-03T09:40:00+00:00", await page.Locator("#article-post-post-5 h2 time").GetAttributeAsync("datetime"));
            Assert.Equal(0, await button.CountAsync());
            Assert.Equal("", await status.TextContentAsync());
            Assert.True(await page.EvaluateAsync<bool>("() => window.__readerPost === document.getElementById('article-post-first') && window.__readerPost.isConnected"), "the post the reader was in was re-created");
            Assert.Equal(["1 new update"], await StatusTextsAsync(page));

            axe = await page.AssertNoAxeViolationsAsync(new AxeAssertionOptions { StaticCheck = null });
            output.WriteLine($"after showing: {axe.Passes.Length} axe rules passed, none violated");

            // The next batch is announced again, once.
            await AddPostAsync(feed, "Traffic flows again.");
            await Assertions.Expect(button).ToHaveTextAsync("Show 1 new update", new() { Timeout = 30_000 });
            await page.WaitForTimeoutAsync(300);
            Assert.Equal(["1 new update", "1 new update"], await StatusTextsAsync(page));
            Assert.Equal(5, await page.Locator(".a11y-live__posts > article").CountAsync());
        }
        finally
        {
            await context.CloseAsync();
        }
    }

    [Fact]
    public async Task A_post_that_arrives_before_the_interactive_runtime_starts_waits_for_the_button_too()
    {
        var feed = FeedName("prerender");
        var context = await sites.NewContextAsync();
        try
        {
            await context.AddInitScriptAsync(Recorder);
            var page = await context.NewPageAsync();

            // Hold Blazor's script until the post has arrived: the prerendered page is all there is meanwhile.
            var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            await page.RouteAsync("**/_framework/blazor.web*.js", async route =>
            {
                await release.Task;
                await route.ContinueAsync();
            });
            // Blazor's script blocks the parser, so the page's load events wait for it: wait for the posts instead.
            await page.GotoAsync(sites[Host].UrlOf("/live/" + feed), new() { WaitUntil = WaitUntilState.Commit });
            await page.WaitForSelectorAsync(".a11y-live__reload a", new() { State = WaitForSelectorState.Attached });
            Assert.Equal(["article-post-second", "article-post-first"], await PostIdsInOrderAsync(page));
            Assert.Equal(1, await page.Locator(".a11y-live__reload a").CountAsync());

            await AddPostAsync(feed, "Police have opened the north lane.", "North lane open");
            release.SetResult();
            await page.WaitForSelectorAsync("[data-host-renderer='Server']", new() { State = WaitForSelectorState.Attached, Timeout = 90_000 });
            await Assertions.Expect(page.Locator("button.a11y-live__show")).ToHaveTextAsync("Show 1 new update", new() { Timeout = 30_000 });
            await page.WaitForTimeoutAsync(300);

            Assert.Equal(["article-post-first", "article-post-second"], (await PostIdsEverAttachedAsync(page)).Order(StringComparer.Ordinal));
            Assert.Equal(["article-post-second", "article-post-first"], await PostIdsInOrderAsync(page));
            Assert.Equal(["1 new update"], await StatusTextsAsync(page));
            Assert.Equal(0, await page.Locator(".a11y-live__reload").CountAsync());
        }
        finally
        {
            await context.CloseAsync();
        }
    }

    [Fact]
    public async Task Without_javascript_the_link_reloads_the_page_at_the_latest_post()
    {
        var feed = FeedName("nojs");
        var context = await sites.Browser.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            JavaScriptEnabled = false,
            ViewportSize = new ViewportSize { Width = 1280, Height = 800 },
        });
        try
        {
            var page = await context.NewPageAsync();
            await page.GotoAsync(sites[Host].UrlOf("/live/" + feed));
            Assert.Equal(["article-post-second", "article-post-first"], await PostIdsInOrderAsync(page));
            Assert.Equal(0, await page.Locator("button").Filter(new() { HasText = "new update" }).CountAsync());
            var link = page.Locator(".a11y-live__reload a");
            var href = await link.GetAttributeAsync("href");
            output.WriteLine($"link: {href}");
            Assert.StartsWith($"/live/{feed}?latest=", href, StringComparison.Ordinal);
            Assert.EndsWith("#article-live-posts", href, StringComparison.Ordinal);

            await AddPostAsync(feed, "The bridge reopens at noon.", "Reopening at noon");
            Assert.Equal(0, await page.GetByText("Reopening at noon").CountAsync());

            await link.ClickAsync();
            // WaitForURLAsync waits for the new document's load event itself; a second wait for the
            // load state after it timed out once on a loaded machine (the event had already fired).
            await page.WaitForURLAsync(
                url => url.Contains("?latest=", StringComparison.Ordinal) && url.EndsWith("#article-live-posts", StringComparison.Ordinal),
                new() { WaitUntil = WaitUntilState.Load, Timeout = 60_000 });

            Assert.Equal("article-post-post-3", await page.Locator(".a11y-live__posts > article").First.GetAttributeAsync("id"));
            Assert.Equal("09:20 Reopening at noon", (await page.Locator("#article-post-post-3 h2").TextContentAsync())?.Trim());
            Assert.Equal(1, await page.Locator("#article-live-posts:target").CountAsync());

            // The page was loaded again (a new document), not only scrolled; its link again reloads.
            var again = await page.Locator(".a11y-live__reload a").GetAttributeAsync("href");
            Assert.NotEqual(href, again);
        }
        finally
        {
            await context.CloseAsync();
        }
    }
}
