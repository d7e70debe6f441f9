using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Logging;

namespace A11yArticles.Testing.Hosting;

/// <summary>
/// Serves a folder of static files over HTTP on 127.0.0.1 at a free port, for browser tests.
/// It listens on the loopback address only, so nothing outside the machine can reach it.
/// </summary>
public sealed class LoopbackStaticSite : IAsyncDisposable
{
    private readonly WebApplication _app;

    private LoopbackStaticSite(WebApplication app, Uri baseAddress)
    {
        _app = app;
        BaseAddress = baseAddress;
    }

    /// <summary>The site's root URL, ending with a slash (for example <c>http://127.0.0.1:41234/</c>).</summary>
    public Uri BaseAddress { get; }

    /// <summary>Starts serving <paramref name="folder"/>.</summary>
    /// <param name="folder">The folder whose files are served; <c>.html</c> as <c>text/html</c>.</param>
    /// <returns>The running site; dispose it to stop it.</returns>
    public static async Task<LoopbackStaticSite> StartAsync(string folder)
    {
        if (!Directory.Exists(folder))
        {
            throw new DirectoryNotFoundException($"Cannot serve '{folder}': no such folder.");
        }

        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = new PhysicalFileProvider(Path.GetFullPath(folder)),
            RequestPath = "",
        });
        await app.StartAsync();

        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        return new LoopbackStaticSite(app, new Uri(address.TrimEnd('/') + "/"));
    }

    /// <summary>The absolute URL of a file of the site.</summary>
    /// <param name="relativePath">The file's path relative to the served folder.</param>
    /// <returns>The URL.</returns>
    public Uri UrlOf(string relativePath) => new(BaseAddress, relativePath);

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
