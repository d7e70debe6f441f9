using Microsoft.Playwright;

namespace A11yArticles.Testing.BrowserChecks;

/// <summary>
/// Keeps a page on the document being checked: once that document is there, every request that
/// would replace it (a navigation of the main frame: a meta refresh, <c>location</c> set by a script,
/// a form submitted, a reload) is answered with <c>204 No Content</c>, which a browser takes as
/// "stay where you are" (HTML's navigation steps: a 204 or 205 response aborts the navigation and
/// the current document stays). Without it, a page that moves on by itself during the check takes
/// the DOM being judged with it, and the check fails with "Execution context was destroyed".
/// Frames inside the page may still navigate: they are part of what the page does.
/// </summary>
internal sealed class DocumentPin
{
    private readonly IPage page;
    private string? loading;

    private DocumentPin(IPage page, Uri? loading)
    {
        this.page = page;
        this.loading = loading is null ? null : Comparable(loading.AbsoluteUri);
    }

    /// <summary>
    /// Pins the page. With <paramref name="loading"/>, one main-frame navigation to that address (the
    /// one that loads the page to check) goes through until <see cref="Pin"/> is called; every other
    /// is stopped.
    /// </summary>
    /// <param name="page">The page.</param>
    /// <param name="loading">The address about to be loaded in it, or null when the page is already there.</param>
    public static async Task<DocumentPin> InstallAsync(IPage page, Uri? loading)
    {
        var pin = new DocumentPin(page, loading);
        await page.RouteAsync("**/*", pin.RouteAsync);
        return pin;
    }

    /// <summary>The page has loaded: from now on no navigation of the main frame goes through.</summary>
    public void Pin() => Volatile.Write(ref loading, null);

    /// <summary>Takes the pin away (for a page the caller keeps using).</summary>
    public async Task RemoveAsync()
    {
        try
        {
            await page.UnrouteAsync("**/*", RouteAsync);
        }
        catch (PlaywrightException)
        {
            // The page or its context was closed: there is nothing left to unpin.
        }
    }

    private static bool IsMainFrameNavigation(IRequest request)
    {
        if (!request.IsNavigationRequest)
        {
            return false;
        }

        try
        {
            return request.Frame.ParentFrame is null;
        }
        catch (PlaywrightException)
        {
            // A request without a frame (a service worker's) navigates nothing.
            return false;
        }
    }

    /// <summary>The navigation that loads the page itself (once; a reload of it later is stopped like any other).</summary>
    private bool IsTheLoad(string url)
    {
        var expected = Volatile.Read(ref loading);
        return expected is not null
            && string.Equals(Comparable(url), expected, StringComparison.Ordinal)
            && Interlocked.CompareExchange(ref loading, null, expected) == expected;
    }

    /// <summary>The address without its fragment and percent-escapes (Chromium and .NET escape some characters differently).</summary>
    private static string Comparable(string url)
    {
        var hash = url.IndexOf('#', StringComparison.Ordinal);
        return Uri.UnescapeDataString(hash < 0 ? url : url[..hash]);
    }

    private async Task RouteAsync(IRoute route)
    {
        try
        {
            if (IsMainFrameNavigation(route.Request) && !IsTheLoad(route.Request.Url))
            {
                await route.FulfillAsync(new RouteFulfillOptions { Status = 204 });
                return;
            }

            // Everything else goes on to the context's routes (LocalNetwork) or the network.
            await route.FallbackAsync();
        }
        catch (PlaywrightException)
        {
            // The page went away while the request was routed (closed context): nothing to do.
        }
    }
}
