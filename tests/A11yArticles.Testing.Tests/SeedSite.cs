using A11yArticles.Cli;
using A11yArticles.Testing.Browsers;
using A11yArticles.Testing.Hosting;
using A11yArticles.TestSupport;
using Microsoft.Playwright;

namespace A11yArticles.Testing.Tests;

/// <summary>
/// One browser and one site per test run: every seed (in every language: whatever seeds/ holds) rendered
/// by the real <c>render</c> command into a temporary folder and served on 127.0.0.1. Tests add their
/// own deliberately broken pages to the same folder with <see cref="AddPageAsync"/>.
/// </summary>
public sealed class SeedSite : IAsyncLifetime
{
    private readonly string _folder = Directory.CreateTempSubdirectory("a11y-testing-site-").FullName;

    public BrowserSession Browser { get; private set; } = null!;

    public LoopbackStaticSite Site { get; private set; } = null!;

    /// <summary>Every seed file name (for example <c>amlo-welcomes-harris.txt</c>), in ordinal order.</summary>
    public static IEnumerable<string> SeedNames => Seeds.All.Select(path => Path.GetFileName(path));

    public async Task InitializeAsync()
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

    public async Task DisposeAsync()
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

/// <summary>The collection that shares one <see cref="SeedSite"/>.</summary>
[CollectionDefinition(Name)]
public sealed class SeedSiteCollection : ICollectionFixture<SeedSite>
{
    public const string Name = "seed site";
}
