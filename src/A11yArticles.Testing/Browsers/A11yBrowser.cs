using System.Runtime.InteropServices;
using Microsoft.Playwright;

namespace A11yArticles.Testing.Browsers;

/// <summary>
/// Finds and launches the Chromium that accessibility tests run in. Resolution order:
/// the <see cref="ExecutablePathVariable"/> environment variable; then a Chromium that Playwright
/// itself installed; then the system's <c>/usr/bin/chromium</c>. No browser found is a
/// <see cref="BrowserNotFoundException"/> that says how to install one: a browser test must fail,
/// never skip, when it cannot run.
/// </summary>
public static class A11yBrowser
{
    /// <summary>The environment variable that names the Chromium executable to use, overriding the search.</summary>
    public const string ExecutablePathVariable = "A11Y_ARTICLES_CHROMIUM";

    /// <summary>
    /// Command-line switches for a quiet, headless Chromium on a CI machine: no sandbox (CI runs as
    /// root), no GPU, and none of the background connections that a closed network refuses.
    /// </summary>
    public static IReadOnlyList<string> LaunchArguments { get; } =
    [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-quic",
    ];

    /// <summary>Finds the Chromium executable to launch.</summary>
    /// <returns>The path of an existing executable.</returns>
    /// <exception cref="BrowserNotFoundException">No Chromium was found; the message says how to install one.</exception>
    public static string ResolveExecutablePath() => ResolveExecutablePath(Environment.GetEnvironmentVariable(ExecutablePathVariable));

    /// <summary>The resolution with the environment variable's value given (tests cannot change the process's environment safely).</summary>
    internal static string ResolveExecutablePath(string? fromEnvironment)
    {
        if (!string.IsNullOrWhiteSpace(fromEnvironment))
        {
            return File.Exists(fromEnvironment)
                ? fromEnvironment
                : throw new BrowserNotFoundException(
                    $"{ExecutablePathVariable} is set to '{fromEnvironment}', but no such file exists. " +
                    $"Point it at a Chromium executable, or unset it to search the usual places.{Environment.NewLine}{HowToInstall}");
        }

        var candidates = PlaywrightInstalledChromiums().Concat(SystemChromiums).ToList();
        return candidates.FirstOrDefault(File.Exists)
            ?? throw new BrowserNotFoundException(
                $"No Chromium found for the browser tests. Looked at:{Environment.NewLine}" +
                string.Join(Environment.NewLine, candidates.Select(path => "  " + path)) + Environment.NewLine + HowToInstall);
    }

    /// <summary>Starts Playwright and launches headless Chromium with <see cref="LaunchArguments"/>.</summary>
    /// <param name="extraArguments">More Chromium switches, if a test needs them.</param>
    /// <returns>A session that owns Playwright and the browser; dispose it to close both.</returns>
    public static async Task<BrowserSession> LaunchAsync(IEnumerable<string>? extraArguments = null)
    {
        var executablePath = ResolveExecutablePath();
        var playwright = await Playwright.CreateAsync();
        try
        {
            var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = executablePath,
                Headless = true,
                Args = [.. LaunchArguments, .. extraArguments ?? []],
            });
            return new BrowserSession(playwright, browser, executablePath);
        }
        catch
        {
            playwright.Dispose();
            throw;
        }
    }

    private static string HowToInstall =>
        "To get Chromium: on Debian run 'apt-get update && apt-get install -y chromium' (the repository's ./test.sh " +
        "does this when it finds no browser); on Ubuntu 'snap install chromium'; on macOS 'brew install --cask chromium'; " +
        "elsewhere run Playwright's installer from the test output folder " +
        "('pwsh bin/Debug/net10.0/playwright.ps1 install chromium'), or install Chromium or Chrome and set " +
        ExecutablePathVariable + " to its executable.";

    private static IEnumerable<string> SystemChromiums =>
        RuntimeInformation.IsOSPlatform(OSPlatform.Linux)
            ? ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/snap/bin/chromium", "/usr/bin/google-chrome"]
            : RuntimeInformation.IsOSPlatform(OSPlatform.OSX)
                ? ["/Applications/Chromium.app/Contents/MacOS/Chromium", "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome"]
                : [@"C:\Program Files\Google\Chrome\Application\chrome.exe"];

    /// <summary>Chromium builds that 'playwright install chromium' put in Playwright's browser cache.</summary>
    private static IEnumerable<string> PlaywrightInstalledChromiums()
    {
        var cache = Environment.GetEnvironmentVariable("PLAYWRIGHT_BROWSERS_PATH") is { Length: > 0 } custom && custom != "0"
            ? custom
            : RuntimeInformation.IsOSPlatform(OSPlatform.Windows)
                ? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData), "ms-playwright")
                : RuntimeInformation.IsOSPlatform(OSPlatform.OSX)
                    ? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), "Library", "Caches", "ms-playwright")
                    : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache", "ms-playwright");
        if (!Directory.Exists(cache))
        {
            return [Path.Combine(cache, "chromium-*", "...")];
        }

        string[] executables = ["chrome-linux64/chrome", "chrome-linux/chrome", "chrome-mac/Chromium.app/Contents/MacOS/Chromium", @"chrome-win\chrome.exe"];
        return Directory.EnumerateDirectories(cache, "chromium-*")
            .OrderDescending(StringComparer.Ordinal)
            .SelectMany(folder => executables.Select(executable => Path.Combine(folder, executable)));
    }
}
