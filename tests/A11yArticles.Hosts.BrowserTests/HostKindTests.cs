using A11yArticles.Testing;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace A11yArticles.Hosts.BrowserTests;

/// <summary>
/// Every way a host renders Razor (docs/hosting.md), each in its stock-template fixture site: axe
/// finds nothing, the skip-link path (Tab, Enter, Tab) ends inside <c>main</c> on 20 of 20 fresh
/// loads (with the keys before, during and after the interactive runtime's start), and following a
/// link to another article gives its title, its <c>lang</c> and a focus that is not lost to the old article.
/// </summary>
[Collection(HostsCollection.Name)]
public sealed class HostKindTests(HostSites sites, ITestOutputHelper output)
{
    private const string Rich = "footbridge-for-everyone";
    private const string English = "amlo-welcomes-harris";
    private const string Spanish = "biblioteca-nocturna-sevilla";
    private const string SpanishHeadline = "Una biblioteca que no duerme: Triana abre sus salas hasta medianoche";
    private const int Loads = 20;

    public static TheoryData<string> Kinds => new(HostKind.All.Select(kind => kind.Name));

    private const string DescribeFocus = """
        () => {
            const active = document.activeElement;
            const mains = document.querySelectorAll('main');
            const old = window.__hostOldArticle;
            return {
                tag: active ? active.tagName.toLowerCase() : '',
                id: active && active.id || '',
                text: (active && active.textContent || '').trim().slice(0, 60),
                isSkipLink: !!active && active.hasAttribute('data-a11y-skip-link'),
                insideMain: mains.length === 1 && mains[0].contains(active),
                mains: mains.length,
                connected: !!active && active.isConnected,
                inOldArticle: !!old && old !== document.querySelector('article') && old.contains(active),
                renderer: document.querySelector('[data-host-renderer]')?.getAttribute('data-host-renderer') || '',
            };
        }
        """;

    /// <summary>What <see cref="DescribeFocus"/> returns.</summary>
    private sealed class Focus
    {
        public string Tag { get; set; } = "";
        public string Id { get; set; } = "";
        public string Text { get; set; } = "";
        public bool IsSkipLink { get; set; }
        public bool InsideMain { get; set; }
        public int Mains { get; set; }
        public bool Connected { get; set; }
        public bool InOldArticle { get; set; }
        public string Renderer { get; set; } = "";

        public override string ToString() =>
            $"<{Tag}{(Id.Length > 0 ? "#" + Id : "")}> '{Text}'{(IsSkipLink ? " (skip link)" : "")}{(InsideMain ? " inside main" : " NOT inside main")} [{Mains} main, renderer '{Renderer}']";
    }

    private static Task<Focus> FocusAsync(IPage page) => page.EvaluateAsync<Focus>(DescribeFocus);

    /// <summary>Two animation frames: what the page does in reaction to a render has happened.</summary>
    private static Task SettleAsync(IPage page) =>
        page.EvaluateAsync("() => new Promise(resolve => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 0))))");

    /// <summary>Until the page is interactive (its marker says Server or WebAssembly), or loaded for a static page.</summary>
    private static async Task WaitForRuntimeAsync(IPage page, HostKind kind)
    {
        if (kind.Interactive)
        {
            await page.WaitForSelectorAsync("[data-host-renderer]:not([data-host-renderer='Static'])", new() { State = WaitForSelectorState.Attached, Timeout = 90_000 });
        }
        else
        {
            await page.WaitForLoadStateAsync(LoadState.Load);
        }

        await SettleAsync(page);
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task Axe_finds_nothing_on_an_article_page(string name)
    {
        var kind = HostKind.Named(name);
        var context = await sites.NewContextAsync();
        try
        {
            var page = await context.NewPageAsync();
            await page.GotoAsync(sites.UrlOf(kind, Rich));
            await WaitForRuntimeAsync(page, kind);

            // axe on the page as rendered. Not the kit's static check: it reads the HTML without CSS and
            // so counts the templates' hidden error bar and closed reconnect dialog as page content.
            var result = await page.AssertNoAxeViolationsAsync(new AxeAssertionOptions { StaticCheck = null });
            output.WriteLine($"{kind}: {result.Passes.Length} axe rules passed, none violated, on {page.Url}");
            Assert.Equal(1, await page.Locator("main").CountAsync());
        }
        finally
        {
            await context.CloseAsync();
        }
    }

    /// <summary>When the interactive runtime may start, relative to the keys.</summary>
    private enum Timing
    {
        /// <summary>Tab, Enter, Tab on the prerendered page; then the runtime starts.</summary>
        AllKeysBeforeRuntime,

        /// <summary>Tab; the runtime starts (the focused skip link is re-rendered); Enter, Tab.</summary>
        RuntimeAfterTab,

        /// <summary>Tab, Enter; the runtime starts (the focused main is re-rendered); Tab.</summary>
        RuntimeAfterEnter,

        /// <summary>The runtime has started (FocusOnNavigate has run); Tab, Enter, Tab.</summary>
        KeysAfterRuntime,
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task Tab_Enter_Tab_ends_inside_main_on_20_of_20_fresh_loads(string name)
    {
        var kind = HostKind.Named(name);
        var failures = new List<string>();
        var timings = new Dictionary<Timing, int>();

        // One context: later loads find the framework files in the cache (a returning reader; for
        // InteractiveAuto, the WebAssembly runtime once it is cached). Each load is a new page.
        var context = await sites.NewContextAsync();
        try
        {
            for (var load = 1; load <= Loads; load++)
            {
                var timingCount = kind.Interactive ? 4 : 2;
                var timing = kind.Interactive ? (Timing)((load - 1) % 4) : load % 2 == 1 ? Timing.AllKeysBeforeRuntime : Timing.KeysAfterRuntime;
                // Each timing with both articles: one without a link after its headline (a Tab from
                // a focused headline leaves main), one with a table of contents and links.
                var slug = (load - 1) / timingCount % 2 == 0 ? English : Rich;
                timings[timing] = timings.GetValueOrDefault(timing) + 1;
                var result = await SkipOnceAsync(context, kind, sites.UrlOf(kind, slug), timing);
                output.WriteLine($"load {load,2} ({timing}, {slug}): {result.Describe}");
                if (result.Failure is { } failure)
                {
                    failures.Add($"load {load} ({timing}, {slug}): {failure}");
                }
            }
        }
        finally
        {
            await context.CloseAsync();
        }

        output.WriteLine($"{kind}: {Loads - failures.Count} of {Loads} loads ended inside main ({string.Join(", ", timings.Select(t => $"{t.Key} {t.Value}"))}).");
        Assert.True(failures.Count == 0, $"{kind}: {failures.Count} of {Loads} loads did not end inside main:{Environment.NewLine}{string.Join(Environment.NewLine, failures)}");
    }

    private sealed record SkipResult(string Describe, string? Failure);

    private async Task<SkipResult> SkipOnceAsync(IBrowserContext context, HostKind kind, string url, Timing timing)
    {
        var page = await context.NewPageAsync();
        // Hold the interactive runtime (the Server circuit's negotiation, the WebAssembly runtime)
        // until the keys of this timing are sent, so "before" really is before.
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        if (kind.Interactive && timing != Timing.KeysAfterRuntime)
        {
            async Task Hold(IRoute route)
            {
                await gate.Task;
                await route.ContinueAsync();
            }

            await page.RouteAsync("**/_blazor/negotiate**", Hold);
            await page.RouteAsync("**/_framework/dotnet.js", Hold);
            await page.RouteAsync("**/_framework/dotnet.*.js", Hold);
        }
        else
        {
            gate.SetResult();
        }

        try
        {
            await page.GotoAsync(url, new() { WaitUntil = timing == Timing.KeysAfterRuntime ? WaitUntilState.Load : WaitUntilState.DOMContentLoaded });
            if (timing == Timing.KeysAfterRuntime)
            {
                await WaitForRuntimeAsync(page, kind);
            }

            // Enter on a link other than the skip link leaves the page: a failure to report, not a
            // runtime to wait for.
            bool NavigatedAway() => new Uri(page.Url).AbsolutePath != new Uri(url).AbsolutePath;

            async Task StartRuntimeAsync()
            {
                gate.TrySetResult();
                if (!NavigatedAway())
                {
                    await WaitForRuntimeAsync(page, kind);
                }
            }

            await page.Keyboard.PressAsync("Tab");
            var afterTab = await FocusAsync(page);
            if (timing == Timing.RuntimeAfterTab)
            {
                await StartRuntimeAsync();
            }

            await page.Keyboard.PressAsync("Enter");
            if (timing == Timing.RuntimeAfterEnter)
            {
                await StartRuntimeAsync();
            }

            await page.Keyboard.PressAsync("Tab");
            if (NavigatedAway())
            {
                return new SkipResult($"after the first Tab {afterTab}; then the page left for {page.Url}", $"the keys left the page for {page.Url} (after the first Tab: {afterTab})");
            }

            var afterKeys = await FocusAsync(page);
            await StartRuntimeAsync();
            var settled = await FocusAsync(page);

            var describe = $"after the first Tab {afterTab}; after the keys {afterKeys}; once interactive {settled}";
            string? failure = NavigatedAway() ? $"the keys left the page for {page.Url}"
                : !afterKeys.InsideMain ? $"after Tab, Enter, Tab focus is on {afterKeys}"
                : !settled.InsideMain ? $"after Tab, Enter, Tab focus was inside main, then went to {settled} when the page became interactive"
                : !page.Url.StartsWith(url, StringComparison.Ordinal) ? $"the page navigated to {page.Url}"
                : null;
            return new SkipResult(describe, failure is null ? null : failure + $" (after the first Tab: {afterTab})");
        }
        finally
        {
            gate.TrySetResult();
            await page.CloseAsync();
        }
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task Following_a_link_to_another_article_gives_its_title_lang_and_a_focus_outside_the_old_article(string name)
    {
        var kind = HostKind.Named(name);
        var context = await sites.NewContextAsync();
        try
        {
            var page = await context.NewPageAsync();
            await page.GotoAsync(sites.UrlOf(kind, English));
            await WaitForRuntimeAsync(page, kind);
            Assert.Equal("en", await page.Locator("article").First.GetAttributeAsync("lang") ?? await page.EvaluateAsync<string>("() => document.documentElement.lang"));
            await page.EvaluateAsync("() => { window.__hostOldArticle = document.querySelector('article'); }");

            await page.Locator($"a[href$='/{Spanish}']").First.ClickAsync();
            await page.WaitForFunctionAsync("headline => document.title.startsWith(headline)", SpanishHeadline);
            await page.WaitForFunctionAsync("() => document.querySelector('article')?.getAttribute('lang') === 'es'");
            if (kind.Interactive)
            {
                await page.WaitForFunctionAsync("() => document.querySelector('article') !== window.__hostOldArticle && document.querySelector('[data-host-renderer]')?.getAttribute('data-host-renderer') !== 'Static'");
            }

            await WaitForRuntimeAsync(page, kind);
            var focus = await FocusAsync(page);
            output.WriteLine($"{kind}: after following the link to {Spanish}: title '{await page.TitleAsync()}', focus {focus}");

            Assert.EndsWith(kind.PathOf(Spanish), new Uri(page.Url).AbsolutePath, StringComparison.Ordinal);
            Assert.StartsWith(SpanishHeadline, await page.TitleAsync(), StringComparison.Ordinal);
            Assert.Equal(SpanishHeadline, (await page.Locator("article h1").InnerTextAsync()).Trim());
            Assert.Equal(1, await page.Locator("article").CountAsync());
            Assert.Equal(1, focus.Mains);
            Assert.True(focus.Connected, $"focus is on an element that is no longer in the page: {focus}");
            Assert.False(focus.InOldArticle, $"focus is still in the old article: {focus}");
            if (kind.Host.StartsWith("Blazor", StringComparison.Ordinal))
            {
                // No new document: FocusOnNavigate's headline (kept when an interactive render replaces
                // it) or the link the reader followed, never <body> (MVC and Razor Pages load a new page).
                Assert.True(focus.Tag != "body", $"after the navigation focus fell to <body>: {focus}");
            }
            // The skip link now belongs to the new page: its own path (Blazor, with <base href>) or a bare fragment.
            var skipHref = await page.Locator("[data-a11y-skip-link]").First.GetAttributeAsync("href") ?? "";
            Assert.Contains(skipHref, new[] { kind.PathOf(Spanish) + "#main", "#main" });
        }
        finally
        {
            await context.CloseAsync();
        }
    }
}
