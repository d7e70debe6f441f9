using Microsoft.Playwright;

namespace A11yArticles.Testing;

/// <summary>
/// The settings people read with: dark scheme, forced colours (Windows High Contrast), reduced
/// motion, and browser zoom. Each changes the page in place; run the assertions afterwards.
/// </summary>
public static class PageEmulation
{
    /// <summary>Emulates <c>prefers-color-scheme: dark</c>.</summary>
    /// <param name="page">The page.</param>
    /// <returns>A task that completes when the media is emulated.</returns>
    public static Task EmulateDarkSchemeAsync(this IPage page) =>
        page.EmulateMediaAsync(new PageEmulateMediaOptions { ColorScheme = ColorScheme.Dark });

    /// <summary>Emulates <c>forced-colors: active</c> (as Windows High Contrast does).</summary>
    /// <param name="page">The page.</param>
    /// <returns>A task that completes when the media is emulated.</returns>
    public static Task EmulateForcedColorsAsync(this IPage page) =>
        page.EmulateMediaAsync(new PageEmulateMediaOptions { ForcedColors = ForcedColors.Active });

    /// <summary>Emulates <c>prefers-reduced-motion: reduce</c>.</summary>
    /// <param name="page">The page.</param>
    /// <returns>A task that completes when the media is emulated.</returns>
    public static Task EmulateReducedMotionAsync(this IPage page) =>
        page.EmulateMediaAsync(new PageEmulateMediaOptions { ReducedMotion = ReducedMotion.Reduce });

    /// <summary>
    /// Emulates browser zoom for layout: zooming a window to <paramref name="percent"/> % shrinks the
    /// viewport, in CSS px, to the window's size divided by the zoom factor, and that is what a page's
    /// layout (media queries, wrapping, reflow) responds to. 400 % of a 1280 px window is the
    /// 320 CSS px of WCAG 1.4.10. Pixel density stays as it is; for sharper screenshots create the
    /// context with <c>DeviceScaleFactor = percent / 100</c>.
    /// </summary>
    /// <param name="page">The page.</param>
    /// <param name="percent">The zoom, for example 200 or 400.</param>
    /// <param name="windowWidth">The window's width at 100 % (1280 by default).</param>
    /// <param name="windowHeight">The window's height at 100 % (800 by default).</param>
    /// <returns>A task that completes when the page has the zoomed viewport.</returns>
    public static Task EmulateZoomAsync(this IPage page, int percent, int windowWidth = 1280, int windowHeight = 800)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentOutOfRangeException.ThrowIfLessThan(percent, 25);
        return page.SetViewportSizeAsync(windowWidth * 100 / percent, windowHeight * 100 / percent);
    }
}
