using A11yArticles.Cli;
using A11yArticles.Testing.Hosting;
using A11yArticles.TestSupport;

namespace A11yArticles.Testing.Tests.Orca;

/// <summary>
/// Every seed rendered by the real <c>render</c> command (the renderer the browser suite uses) and
/// served on 127.0.0.1, for the Orca tests; they start their own Orca and Chromium. Broken pages are
/// written next to the seeds with <see cref="AddPageAsync"/>.
/// </summary>
public sealed class OrcaSite : IAsyncLifetime
{
    private readonly string _folder = Directory.CreateTempSubdirectory("a11y-orca-site-").FullName;

    public LoopbackStaticSite Site { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var stderr = new StringWriter();
        var exitCode = await CliApplication.RunAsync(["render", Seeds.Folder, "--out", _folder], new StringWriter(), stderr);
        if (exitCode != 0)
        {
            throw new InvalidOperationException($"render failed with exit code {exitCode}: {stderr}");
        }

        Site = await LoopbackStaticSite.StartAsync(_folder);
    }

    public async Task DisposeAsync()
    {
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

    /// <summary>Writes a page next to the seeds (so it finds their stylesheet and script) and returns its URL.</summary>
    public async Task<string> AddPageAsync(string name, string html)
    {
        await File.WriteAllTextAsync(Path.Combine(_folder, name), html);
        return Site.UrlOf(name).AbsoluteUri;
    }
}

/// <summary>
/// The tests that run Orca: one collection, so they run one after another (only one Orca runs at a
/// time; <c>OrcaScreenReader</c> also takes a machine-wide lock).
/// </summary>
[CollectionDefinition(Name)]
public sealed class OrcaCollection : ICollectionFixture<OrcaSite>
{
    public const string Name = "orca";
}
