using A11yArticles.Cli;
using A11yArticles.Testing.Browsers;
using A11yArticles.Testing.Hosting;
using A11yArticles.TestSupport;

namespace A11yArticles.Components.BrowserTests;

/// <summary>
/// One browser and one site for the whole browser suite: every seed rendered by the real
/// <c>render</c> command into a temporary folder, served on 127.0.0.1, and also openable from disk.
/// </summary>
public sealed class RenderedSeedSite : IAsyncLifetime
{
    private readonly string _folder = Directory.CreateTempSubdirectory("a11y-browser-site-").FullName;

    public BrowserSession Browser { get; private set; } = null!;

    public LoopbackStaticSite Site { get; private set; } = null!;

    public string Folder => _folder;

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

    /// <summary>The URL of a seed's page, over HTTP or as a file on disk.</summary>
    public string UrlOf(string seedFileName, bool fromDisk = false)
    {
        var page = Path.ChangeExtension(seedFileName, ".html");
        return fromDisk ? new Uri(Path.Combine(_folder, page)).AbsoluteUri : Site.UrlOf(page).AbsoluteUri;
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<RenderedSeedSite>
{
    public const string Name = "browser";
}
