using Microsoft.Playwright;

namespace A11yArticles.Testing.Browsers;

/// <summary>
/// A running Playwright and its Chromium. Share one per test run (an xunit collection fixture) and
/// give each test a fresh context with <see cref="NewPageAsync"/>.
/// </summary>
public sealed class BrowserSession : IAsyncDisposable
{
    private readonly IPlaywright _playwright;

    internal BrowserSession(IPlaywright playwright, IBrowser browser, string executablePath)
    {
        _playwright = playwright;
        Browser = browser;
        ExecutablePath = executablePath;
    }

    /// <summary>The launched browser.</summary>
    public IBrowser Browser { get; }

    /// <summary>The executable that was launched (for test output).</summary>
    public string ExecutablePath { get; }

    /// <summary>Opens a page in a new, isolated browser context.</summary>
    /// <param name="options">Context options (viewport, JavaScript, colour scheme, ...); defaults to a 1280 x 800 viewport.</param>
    /// <returns>The page; closing its context is done by <see cref="IAsyncDisposable"/> on the context.</returns>
    public async Task<IPage> NewPageAsync(BrowserNewContextOptions? options = null)
    {
        var context = await Browser.NewContextAsync(options ?? new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = 1280, Height = 800 },
        });
        return await context.NewPageAsync();
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await Browser.DisposeAsync();
        _playwright.Dispose();
    }
}
