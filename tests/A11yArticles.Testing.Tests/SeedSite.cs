using A11yArticles.Cli;
using A11yArticles.Testing.Browsers;
using A11yArticles.Testing.Hosting;
using A11yArticles.TestSupport;
using Microsoft.Playwright;

namespace A11yArticles.Testing.Tests;

/// <summary>
/// One browser and one site per test run: every seed (in every language: whatever seeds/ holds) rendered
/// by the real <c>render</c> command into a temporary folder and served on 127.0.0.1. Tests add their
/// own deliberately broken pages to the same folder with <see cref="AddPageAsync"/>. Each test opens
/// its own browser context, so collections can share the site and run in parallel.
/// </summary>
public sealed class SeedSite
{
    private readonly string _folder = Directory.CreateTempSubdirectory("a11y-testing-site-").FullName;

    public BrowserSession Browser { get; private set; } = null!;

    public LoopbackStaticSite Site { get; private set; } = null!;

    /// <summary>Every seed file name (for example <c>amlo-welcomes-harris.txt</c>), in ordinal order.</summary>
    public static IEnumerable<string> SeedNames => Seeds.All.Select(path => Path.GetFileName(path));

    internal SeedSite()
    {
    }

    internal Task StartForSharingAsync() => StartAsync();

    internal Task StopForSharingAsync() => StopAsync();

    private async Task StartAsync()
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exitCode = await CliApplication.RunAsync(["render", Seeds.Folder, "--out", _folder], stdout, stderr);
        if (exitCode != 0)
        {
            throw new InvalidOperationException($"render failed with exit code {exitCode}: {stderr}");
        }

        Site = await LoopbackStaticSite.StartAsync(_folder);
        Browser = await A11yBrowser.LaunchAsync();
    }

    private async Task StopAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        if (Site is not null)
        {
            await Site.DisposeAsync();
        }

        Directory.Delete(_folder, recursive: true);
    }

    /// <summary>The rendered HTML of a seed.</summary>
    public string HtmlOf(string seed) => File.ReadAllText(Path.Combine(_folder, Path.ChangeExtension(seed, ".html")));

    /// <summary>The URL of a seed's page.</summary>
    public string UrlOf(string seed) => Site.UrlOf(Path.ChangeExtension(seed, ".html")).AbsoluteUri;

    /// <summary>Writes a page (next to the seeds, so it finds their stylesheet and script) and returns its URL.</summary>
    public async Task<string> AddPageAsync(string name, string html)
    {
        await File.WriteAllTextAsync(Path.Combine(_folder, name), html);
        return Site.UrlOf(name).AbsoluteUri;
    }

    /// <summary>Opens a URL in a fresh context (1280 x 800); close it with <c>page.Context.CloseAsync()</c>.</summary>
    public async Task<IPage> OpenAsync(string url, BrowserNewContextOptions? options = null)
    {
        var page = await Browser.NewPageAsync(options);
        await page.GotoAsync(url);
        return page;
    }
}

/// <summary>
/// Hands every test collection the same <see cref="SeedSite"/>: started by the first collection that
/// needs it and stopped when the last one is done (xunit 2 has no assembly fixture).
/// </summary>
public sealed class SharedSeedSite : IAsyncLifetime
{
    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static SeedSite? _site;
    private static int _users;

    public SeedSite Site { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        await Gate.WaitAsync();
        try
        {
            if (_site is null)
            {
                var site = new SeedSite();
                await site.StartForSharingAsync();
                _site = site;
            }

            _users++;
            Site = _site;
        }
        finally
        {
            Gate.Release();
        }
    }

    public async Task DisposeAsync()
    {
        await Gate.WaitAsync();
        try
        {
            if (--_users == 0 && _site is not null)
            {
                await _site.StopForSharingAsync();
                _site = null;
            }
        }
        finally
        {
            Gate.Release();
        }
    }
}

/// <summary>The project's browser suite over every seed page.</summary>
[CollectionDefinition(Name)]
public sealed class SeedPagesCollection : ICollectionFixture<SharedSeedSite>
{
    public const string Name = "seed pages";
}

/// <summary>Screen-reader golden files and facts.</summary>
[CollectionDefinition(Name)]
public sealed class ScreenReaderCollection : ICollectionFixture<SharedSeedSite>
{
    public const string Name = "screen reader";
}

/// <summary>The kit's assertions on deliberately broken pages.</summary>
[CollectionDefinition(Name)]
public sealed class BrokenPagesCollection : ICollectionFixture<SharedSeedSite>
{
    public const string Name = "broken pages";
}

/// <summary>The browser ACT rules on the project's own examples.</summary>
[CollectionDefinition(Name)]
public sealed class BrowserRulesCollection : ICollectionFixture<SharedSeedSite>
{
    public const string Name = "browser rules";
}
