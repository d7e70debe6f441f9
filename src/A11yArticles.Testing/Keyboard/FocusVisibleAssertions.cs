using Microsoft.Playwright;

namespace A11yArticles.Testing;

/// <summary>WCAG 2.4.7: a keyboard user always sees where focus is.</summary>
public static class FocusVisibleAssertions
{
    private const string FocusedScript = """
        () => {
            const active = document.activeElement;
            if (!active || active === document.body) return null;
            const text = (active.innerText || active.textContent || '').trim().replace(/\s+/g, ' ');
            const attributes = ['id', 'class', 'href'].filter(a => active.getAttribute(a)).map(a => ` ${a}="${active.getAttribute(a)}"`).join('');
            if (!active.__a11yFocusOrder) active.__a11yFocusOrder = ++window.__a11yFocusCount || (window.__a11yFocusCount = 1);
            const box = active.getBoundingClientRect();
            return {
                element: `<${active.tagName.toLowerCase()}${attributes}>` + (text ? ` "${text.length > 50 ? text.slice(0, 49) + '…' : text}"` : ''),
                order: active.__a11yFocusOrder,
                left: box.left, top: box.top, width: box.width, height: box.height,
            };
        }
        """;

    /// <summary>
    /// Tabs through the page (a fresh page of the same URL in the same context, so the page itself is
    /// not touched, in the page's viewport and emulated media) and, for every element that takes focus,
    /// compares a screenshot of the element and its surroundings focused with one unfocused: they must
    /// differ. Run it after <see cref="PageEmulation.EmulateForcedColorsAsync"/> to check the indicator
    /// in forced-colours mode too.
    /// </summary>
    /// <param name="page">A loaded page.</param>
    /// <param name="maximumStops">The most Tab stops to visit (200 by default).</param>
    /// <returns>A task that completes when every focused element showed an indicator.</returns>
    /// <exception cref="A11yAssertionException">Each element whose focused look is the same as its unfocused look, or no Tab stop at all.</exception>
    public static async Task AssertFocusVisibleAsync(this IPage page, int maximumStops = 200)
    {
        ArgumentNullException.ThrowIfNull(page);
        var fresh = await page.Context.NewPageAsync();
        try
        {
            if (page.ViewportSize is { } size)
            {
                await fresh.SetViewportSizeAsync(size.Width, size.Height);
            }

            // The same media as the page (dark scheme, forced colours, reduced motion), however they were set.
            var media = await page.EvaluateAsync<bool[]>(
                "() => ['(prefers-color-scheme: dark)', '(forced-colors: active)', '(prefers-reduced-motion: reduce)'].map(q => matchMedia(q).matches)");
            await fresh.EmulateMediaAsync(new PageEmulateMediaOptions
            {
                ColorScheme = media[0] ? ColorScheme.Dark : ColorScheme.Light,
                ForcedColors = media[1] ? ForcedColors.Active : ForcedColors.None,
                ReducedMotion = media[2] ? ReducedMotion.Reduce : ReducedMotion.NoPreference,
            });
            await fresh.GotoAsync(page.Url);
            var problems = new List<string>();
            var visited = 0;
            for (var stop = 0; stop < maximumStops; stop++)
            {
                await fresh.Keyboard.PressAsync("Tab");
                var focused = await fresh.EvaluateAsync<Focused?>(FocusedScript);
                if (focused is null || focused.Order <= visited)
                {
                    break; // Focus left the document or came round again: every stop was visited.
                }

                visited = focused.Order;
                var clip = new Clip
                {
                    X = Math.Max(0f, focused.Left - 8),
                    Y = Math.Max(0f, focused.Top - 8),
                    Width = Math.Max(1f, focused.Width + 16),
                    Height = Math.Max(1f, focused.Height + 16),
                };
                var withFocus = await fresh.ScreenshotAsync(new PageScreenshotOptions { Clip = clip, Animations = ScreenshotAnimations.Disabled, Caret = ScreenshotCaret.Hide });
                await fresh.EvaluateAsync("() => document.activeElement.blur()");
                var withoutFocus = await fresh.ScreenshotAsync(new PageScreenshotOptions { Clip = clip, Animations = ScreenshotAnimations.Disabled, Caret = ScreenshotCaret.Hide });
                if (withFocus.AsSpan().SequenceEqual(withoutFocus))
                {
                    problems.Add($"{focused.Element} (Tab stop {focused.Order}) looks the same focused and unfocused: give it a visible focus indicator (:focus-visible outline).");
                }
            }

            if (visited == 0)
            {
                problems.Add("Tab focused nothing: the page has no keyboard-focusable element.");
            }

            if (problems.Count > 0)
            {
                throw new A11yAssertionException(nameof(AssertFocusVisibleAsync), page.Url, problems);
            }
        }
        finally
        {
            await fresh.CloseAsync();
        }
    }

    private sealed class Focused
    {
        public string Element { get; set; } = "";
        public int Order { get; set; }
        public float Left { get; set; }
        public float Top { get; set; }
        public float Width { get; set; }
        public float Height { get; set; }
    }
}
