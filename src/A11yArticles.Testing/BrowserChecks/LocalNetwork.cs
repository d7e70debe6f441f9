using Microsoft.Playwright;

namespace A11yArticles.Testing.BrowserChecks;

/// <summary>
/// Keeps a checked page off the network: requests to files, data and blob URLs and to the loopback
/// address (127.0.0.1, ::1, localhost) go through; every other request is aborted, so a page under
/// test (or a test case) cannot reach, or wait for, anything outside the machine.
/// </summary>
public static class LocalNetwork
{
    /// <summary>Aborts every request of the context's pages that is not local.</summary>
    /// <param name="context">The browser context (do this before opening the page).</param>
    public static Task BlockNonLocalAsync(IBrowserContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.RouteAsync("**/*", RouteAsync);
    }

    /// <summary>Aborts every request of the page that is not local.</summary>
    /// <param name="page">The page (do this before navigating).</param>
    public static Task BlockNonLocalAsync(IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        return page.RouteAsync("**/*", RouteAsync);
    }

    /// <summary>Whether a request to this address may go through.</summary>
    /// <param name="url">The request's URL.</param>
    public static bool IsLocal(string url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri))
        {
            return false;
        }

        return uri.Scheme switch
        {
            "file" or "data" or "blob" or "about" => true,
            "http" or "https" or "ws" or "wss" => uri.IsLoopback && uri.Host is "127.0.0.1" or "localhost" or "[::1]",
            _ => false,
        };
    }

    private static async Task RouteAsync(IRoute route)
    {
        try
        {
            if (IsLocal(route.Request.Url))
            {
                await route.ContinueAsync();
            }
            else
            {
                await route.AbortAsync("blockedbyclient");
            }
        }
        catch (PlaywrightException)
        {
            // The page went away while the request was routed (closed context): nothing to do.
        }
    }
}
