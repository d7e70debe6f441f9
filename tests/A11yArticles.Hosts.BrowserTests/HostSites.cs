using A11yArticles.Testing.Browsers;
using Microsoft.Playwright;

namespace A11yArticles.Hosts.BrowserTests;

/// <summary>
/// One way a host renders Razor: which fixture site, the address of an article page (<c>{0}</c> is
/// the slug), and whether an interactive runtime takes the page over after it is shown.
/// </summary>
/// <param name="Name">The kind, as the tests name it.</param>
/// <param name="Host">The fixture project (tests/Hosts).</param>
/// <param name="ArticlePath">The article page's path, with <c>{0}</c> for the slug.</param>
/// <param name="Interactive">Whether the page sets <c>data-host-renderer</c> to Server or WebAssembly once interactive.</param>
public sealed record HostKind(string Name, string Host, string ArticlePath, bool Interactive)
{
    public static IReadOnlyList<HostKind> All { get; } =
    [
        new("blazor-static-ssr", "BlazorHost", "/static/{0}", false),
        new("blazor-interactive-server", "BlazorHost", "/server/{0}", true),
        new("blazor-interactive-webassembly", "BlazorHost", "/wasm/{0}", true),
        new("blazor-interactive-auto", "BlazorHost", "/auto/{0}", true),
        new("blazor-global-interactive-server", "BlazorServerHost", "/articles/{0}", true),
        new("mvc", "MvcHost", "/articles/{0}", false),
        new("razor-pages", "RazorPagesHost", "/articles/{0}", false),
    ];

    public static HostKind Named(string name) => All.Single(kind => kind.Name == name);

    public string PathOf(string slug) => string.Format(System.Globalization.CultureInfo.InvariantCulture, ArticlePath, slug);

    public override string ToString() => Name;
}

/// <summary>One Chromium and the four fixture sites (started in parallel) for the whole suite.</summary>
public sealed class HostSites : IAsyncLifetime
{
    private static readonly (string Name, string Folder)[] Projects =
    [
        ("BlazorHost", "tests/Hosts/BlazorHost/BlazorHost"),
        ("BlazorServerHost", "tests/Hosts/BlazorServerHost"),
        ("MvcHost", "tests/Hosts/MvcHost"),
        ("RazorPagesHost", "tests/Hosts/RazorPagesHost"),
    ];

    private readonly Dictionary<string, HostProcess> _hosts = [];

    public BrowserSession Browser { get; private set; } = null!;

    public HostProcess this[string host] => _hosts[host];

    public string UrlOf(HostKind kind, string slug) => _hosts[kind.Host].UrlOf(kind.PathOf(slug));

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

    public async Task InitializeAsync()
    {
        var starting = Projects.Select(project => HostProcess.StartAsync(RepositoryRoot, project.Folder, project.Name)).ToList();
        var browser = A11yBrowser.LaunchAsync();
        try
        {
            await Task.WhenAll(starting);
        }
        catch
        {
            // Stop the hosts that did start: no site process outlives a failed fixture.
            foreach (var started in starting.Where(task => task.IsCompletedSuccessfully))
            {
                await started.Result.DisposeAsync();
            }

            await (await browser).DisposeAsync();
            throw;
        }

        foreach (var host in starting.Select(task => task.Result))
        {
            _hosts[host.Name] = host;
        }

        Browser = await browser;
    }

    public async Task DisposeAsync()
    {
        foreach (var host in _hosts.Values)
        {
            await host.DisposeAsync();
        }

        if (Browser is { } browser)
        {
            await browser.DisposeAsync();
        }
    }

    /// <summary>A fresh browser context (its own cache, cookies and storage).</summary>
    public Task<IBrowserContext> NewContextAsync() => Browser.Browser.NewContextAsync(new BrowserNewContextOptions
    {
        ViewportSize = new ViewportSize { Width = 1280, Height = 800 },
    });
}

[CollectionDefinition(Name)]
public sealed class HostsCollection : ICollectionFixture<HostSites>
{
    public const string Name = "hosts";
}
