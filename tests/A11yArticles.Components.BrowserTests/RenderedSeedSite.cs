using A11yArticles.Cli;
using A11yArticles.Rendering;
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

    /// <summary>The demo host site, running on its own loopback port.</summary>
    public DemoSiteProcess Demo { get; private set; } = null!;

    /// <summary>The pages of the static site: every seed and the rich article.</summary>
    public static IEnumerable<string> PageNames => [.. Seeds.All.Select(Path.GetFileName)!, RichArticle.FileName];

    /// <summary>The repository's root folder (the one with A11yArticles.sln).</summary>
    public static string RepositoryRoot
    {
        get
        {
            for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
            {
                if (File.Exists(Path.Combine(folder.FullName, "A11yArticles.sln")))
                {
                    return folder.FullName;
                }
            }

            throw new InvalidOperationException($"A11yArticles.sln not found above {AppContext.BaseDirectory}; the browser tests run from a clone of the repository.");
        }
    }

    private const string BridgeModelSvg =
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"640\" height=\"240\" viewBox=\"0 0 640 240\">" +
        "<rect width=\"640\" height=\"240\" fill=\"#d9e7f5\"/><rect y=\"170\" width=\"640\" height=\"70\" fill=\"#2f6f9f\"/>" +
        "<path d=\"M0 150 L120 150 L160 130 L480 130 L520 150 L640 150 L640 160 L0 160 Z\" fill=\"#8b5a2b\"/></svg>";

    public async Task InitializeAsync()
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exitCode = await CliApplication.RunAsync(["render", Seeds.Folder, "--out", _folder], stdout, stderr);
        if (exitCode != 0)
        {
            throw new InvalidOperationException($"render failed with exit code {exitCode}: {stderr}");
        }

        // The rich article (headings, figure, footnotes, pull quotes, ...) built in C# until the Markdown
        // importer exists, rendered next to the seeds with the same relative asset paths as the CLI's pages.
        var rich = await ArticleRenderer.RenderPageAsync(RichArticle.Create(), new ArticlePageOptions
        {
            StylesheetHref = ArticleAssets.StylesheetFileName,
            ScriptHref = ArticleAssets.ScriptFileName,
        });
        await File.WriteAllTextAsync(Path.Combine(_folder, Path.ChangeExtension(RichArticle.FileName, ".html")), rich);
        await File.WriteAllTextAsync(Path.Combine(_folder, "bridge-model.svg"), BridgeModelSvg);

        // A page of newsroom blocks (embeds whose "player" is a local page), for their keyboard tests and docs.
        await File.WriteAllTextAsync(Path.Combine(_folder, NewsroomPage.PlayerFileName), NewsroomPage.Player);
        await File.WriteAllTextAsync(Path.Combine(_folder, NewsroomPage.CaptionsFileName), NewsroomPage.Captions);
        await File.WriteAllTextAsync(Path.Combine(_folder, NewsroomPage.FileName), await ArticleRenderer.RenderPageAsync(NewsroomPage.Create(), new ArticlePageOptions
        {
            StylesheetHref = ArticleAssets.StylesheetFileName,
            ScriptHref = ArticleAssets.ScriptFileName,
        }));

        // A page of data tables, one wider than a 320 px viewport, for their reflow and keyboard tests and docs.
        await File.WriteAllTextAsync(Path.Combine(_folder, TablesPage.FileName), await ArticleRenderer.RenderPageAsync(TablesPage.Create(), new ArticlePageOptions
        {
            StylesheetHref = ArticleAssets.StylesheetFileName,
            ScriptHref = ArticleAssets.ScriptFileName,
        }));

        // A live blog as static rendering writes it, for the outline in docs/components/live-updates.md.
        await File.WriteAllTextAsync(Path.Combine(_folder, LiveUpdatesPage.FileName), await LiveUpdatesPage.CreateAsync());

        Site = await LoopbackStaticSite.StartAsync(_folder);
        Demo = await DemoSiteProcess.StartAsync(RepositoryRoot);
        Browser = await A11yBrowser.LaunchAsync();
    }

    public async Task DisposeAsync()
    {
        if (Demo is not null)
        {
            await Demo.DisposeAsync();
        }

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
