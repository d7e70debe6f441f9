using Microsoft.Playwright;

namespace A11yArticles.Testing;

/// <summary>The keyboard path past the page chrome: skip link first, into its target, and onwards from there.</summary>
public static class SkipLinkAssertions
{
    /// <summary>
    /// Proves the skip-link path twice, each time in a fresh page of the page's URL (the page itself
    /// is not touched): with JavaScript, the first Tab lands on a visible in-page link, Enter moves
    /// focus into its target, and the next Tab stays inside the target; with JavaScript disabled,
    /// Enter moves the reading position to the target and the next Tab lands inside it.
    /// </summary>
    /// <param name="page">A loaded page; its URL is opened again.</param>
    /// <returns>A task that completes when both paths passed.</returns>
    /// <exception cref="A11yAssertionException">Which step failed, with the element that had focus instead.</exception>
    public static async Task AssertSkipLinkAsync(this IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        var problems = new List<string>();

        var withScript = await page.Context.NewPageAsync();
        try
        {
            await withScript.GotoAsync(page.Url);
            await CheckPathAsync(withScript, javaScript: true, problems);
        }
        finally
        {
            await withScript.CloseAsync();
        }

        var browser = page.Context.Browser
            ?? throw new InvalidOperationException("AssertSkipLinkAsync needs a page whose context belongs to a browser (not a persistent context) to open it without JavaScript.");
        await using var noScriptContext = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            JavaScriptEnabled = false,
            ViewportSize = page.ViewportSize is { } size ? new ViewportSize { Width = size.Width, Height = size.Height } : null,
        });
        var withoutScript = await noScriptContext.NewPageAsync();
        await withoutScript.GotoAsync(page.Url);
        await CheckPathAsync(withoutScript, javaScript: false, problems);

        if (problems.Count > 0)
        {
            throw new A11yAssertionException(nameof(AssertSkipLinkAsync), page.Url, problems);
        }
    }

    private static async Task CheckPathAsync(IPage page, bool javaScript, List<string> problems)
    {
        var mode = javaScript ? "with JavaScript" : "without JavaScript";
        await page.Keyboard.PressAsync("Tab");
        var first = await FocusState.ReadAsync(page, null);
        if (!first.IsInPageLink)
        {
            problems.Add($"{mode}: the first Tab should land on a skip link (a link to a fragment of this page, such as <a href=\"#main\">), but it focused {first.Element}.");
            return;
        }

        if (!first.IsVisible)
        {
            problems.Add($"{mode}: the skip link {first.Element} has focus but is not visible ({first.Width:0}x{first.Height:0} px at {first.Left:0},{first.Top:0} in a {first.ViewportWidth:0}x{first.ViewportHeight:0} viewport); a sighted keyboard user cannot see where they are.");
        }

        if (!first.TargetExists)
        {
            problems.Add($"{mode}: the skip link {first.Element} points at '{first.Href}', but the page has no element with that id.");
            return;
        }

        var targetHash = first.Href;
        await page.Keyboard.PressAsync("Enter");
        var afterEnter = await FocusState.ReadAsync(page, targetHash);
        if (afterEnter.Hash != targetHash)
        {
            problems.Add($"{mode}: Enter on the skip link should move the reading position to {targetHash}, but the address ends with '{afterEnter.Hash}'.");
        }

        if (javaScript && !afterEnter.InsideTarget)
        {
            problems.Add($"{mode}: Enter on the skip link should move keyboard focus into its target {targetHash}, but focus is on {afterEnter.Element}.");
        }

        await page.Keyboard.PressAsync("Tab");
        var next = await FocusState.ReadAsync(page, targetHash);
        if (!next.InsideTarget || next.IsTarget)
        {
            problems.Add($"{mode}: after the skip link, the next Tab should land on an element inside {targetHash}, but it focused {next.Element}.");
        }
    }

    /// <summary>What the page says about its focused element (Playwright fills the settable properties).</summary>
    internal sealed class FocusState
    {
        private const string Script = """
            (targetHash) => {
                const active = document.activeElement || document.body;
                const describe = element => {
                    const text = (element.innerText || element.textContent || '').trim().replace(/\s+/g, ' ');
                    const attributes = ['id', 'class', 'href'].filter(a => element.getAttribute(a)).map(a => ` ${a}="${element.getAttribute(a)}"`).join('');
                    return `<${element.tagName.toLowerCase()}${attributes}>` + (text ? ` "${text.length > 60 ? text.slice(0, 59) + '…' : text}"` : '');
                };
                // In-page means: the link, resolved as the browser resolves it (against <base href> too),
                // is this page plus a fragment. '#main' under <base href="/"> leads to the home page.
                const raw = active.getAttribute && active.tagName === 'A' ? (active.getAttribute('href') || '') : '';
                let href = raw;
                if (raw) {
                    const url = new URL(active.href, location.href);
                    const here = new URL(location.href);
                    const samePage = url.origin === here.origin && url.pathname === here.pathname && url.search === here.search;
                    href = samePage && url.hash.length > 1 ? url.hash : (raw.startsWith('#') ? '' : raw);
                }
                const linkTarget = href.startsWith('#') && href.length > 1 ? document.getElementById(decodeURIComponent(href.slice(1))) : null;
                const target = targetHash ? document.getElementById(decodeURIComponent(targetHash.slice(1))) : null;
                const box = active.getBoundingClientRect();
                const style = getComputedStyle(active);
                const clipped = style.clipPath === 'inset(50%)' || style.clip === 'rect(0px, 0px, 0px, 0px)';
                return {
                    element: active === document.body ? '<body> (nothing focused)' : describe(active),
                    isInPageLink: href.startsWith('#') && href.length > 1,
                    href,
                    targetExists: linkTarget !== null,
                    isVisible: !clipped && box.width >= 2 && box.height >= 2 && box.right > 0 && box.bottom > 0 && box.left < innerWidth && box.top < innerHeight && style.visibility !== 'hidden' && Number(style.opacity) > 0,
                    left: box.left, top: box.top, width: box.width, height: box.height,
                    viewportWidth: innerWidth, viewportHeight: innerHeight,
                    hash: location.hash,
                    insideTarget: target !== null && target.contains(active),
                    isTarget: target !== null && target === active,
                };
            }
            """;

        public string Element { get; set; } = "";
        public bool IsInPageLink { get; set; }
        public string Href { get; set; } = "";
        public bool TargetExists { get; set; }
        public bool IsVisible { get; set; }
        public double Left { get; set; }
        public double Top { get; set; }
        public double Width { get; set; }
        public double Height { get; set; }
        public double ViewportWidth { get; set; }
        public double ViewportHeight { get; set; }
        public string Hash { get; set; } = "";
        public bool InsideTarget { get; set; }
        public bool IsTarget { get; set; }

        public static Task<FocusState> ReadAsync(IPage page, string? targetHash) => page.EvaluateAsync<FocusState>(Script, targetHash);
    }
}
