using A11yArticles.Components;
using A11yArticles.Model;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace A11yArticles.Rendering;

/// <summary>
/// Renders components to HTML strings outside a web host, with ASP.NET Core's <see cref="HtmlRenderer"/>.
/// A renderer keeps every component it has rendered until it is disposed. <see cref="RenderAsync{TComponent}"/>
/// therefore uses a renderer of its own for each call (a host's component may need disposing).
/// <see cref="RenderPageAsync"/> and <see cref="RenderArticleAsync"/> render only this library's
/// components, which hold nothing to dispose: they take a renderer from a small pool (one per core),
/// each used by one call at a time, and dispose it after 16 renders, so a pooled renderer keeps at
/// most 16 rendered pages and creating and disposing renderers costs a sixteenth as much.
/// </summary>
public static class ArticleRenderer
{
    // HtmlRenderer encodes text with the HtmlEncoder it finds in the services. The default one turns
    // every non-ASCII letter into a character reference (L&#xF3;pez); allowing all of Unicode keeps
    // the page readable as source while markup characters (<, >, &, quotes) are still encoded.
    private static readonly IServiceProvider Services = new ServiceCollection()
        .AddLogging()
        .AddSingleton(HtmlEncoder.Create(UnicodeRanges.All))
        .BuildServiceProvider();

    /// <summary>Renders <paramref name="article"/> as a complete HTML document with <see cref="ArticlePage"/>.</summary>
    /// <param name="article">The article.</param>
    /// <param name="options">Page settings; the defaults suit an ASP.NET Core host serving the static web assets.</param>
    /// <returns>The HTML document.</returns>
    public static Task<string> RenderPageAsync(Article article, ArticlePageOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(article);
        options ??= new ArticlePageOptions();
        return RenderPooledAsync<ArticlePage>(new Dictionary<string, object?>
        {
            [nameof(ArticlePage.Article)] = article,
            [nameof(ArticlePage.SiteName)] = options.SiteName,
            [nameof(ArticlePage.StylesheetHref)] = options.StylesheetHref,
            [nameof(ArticlePage.ScriptHref)] = options.ScriptHref,
            [nameof(ArticlePage.Options)] = options.Article,
        });
    }

    /// <summary>Renders <paramref name="article"/> as an <c>&lt;article&gt;</c> fragment with <see cref="ArticleView"/>.</summary>
    /// <param name="article">The article.</param>
    /// <param name="options">How the article is rendered; null for <see cref="ArticleOptions.Default"/>.</param>
    /// <returns>The HTML fragment.</returns>
    public static Task<string> RenderArticleAsync(Article article, ArticleOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(article);
        return RenderPooledAsync<ArticleView>(new Dictionary<string, object?>
        {
            [nameof(ArticleView.Article)] = article,
            [nameof(ArticleView.Options)] = options,
        });
    }

    /// <summary>Renders any component with the given parameters to an HTML string.</summary>
    /// <typeparam name="TComponent">The component type.</typeparam>
    /// <param name="parameters">The component's parameters by name.</param>
    /// <returns>The HTML.</returns>
    public static async Task<string> RenderAsync<TComponent>(IDictionary<string, object?> parameters)
        where TComponent : IComponent
    {
        await using var renderer = new HtmlRenderer(Services, Services.GetRequiredService<ILoggerFactory>());
        return await RenderWithAsync<TComponent>(renderer, parameters);
    }

    private const int RendersPerRenderer = 16;

    private static readonly PooledRenderer?[] Pool = new PooledRenderer?[Math.Max(2, Environment.ProcessorCount)];

    private static async Task<string> RenderPooledAsync<TComponent>(IDictionary<string, object?> parameters)
        where TComponent : IComponent
    {
        var pooled = Rent();
        var rendered = false;
        try
        {
            var html = await RenderWithAsync<TComponent>(pooled.Renderer, parameters);
            rendered = true;
            return html;
        }
        finally
        {
            // A renderer that failed, or has kept enough pages, is disposed instead of going back.
            if (!rendered || ++pooled.Renders >= RendersPerRenderer || !TryReturn(pooled))
            {
                await pooled.Renderer.DisposeAsync();
            }
        }
    }

    private static PooledRenderer Rent()
    {
        for (var i = 0; i < Pool.Length; i++)
        {
            if (Interlocked.Exchange(ref Pool[i], null) is { } pooled)
            {
                return pooled;
            }
        }

        return new PooledRenderer(new HtmlRenderer(Services, Services.GetRequiredService<ILoggerFactory>()));
    }

    private static bool TryReturn(PooledRenderer pooled)
    {
        for (var i = 0; i < Pool.Length; i++)
        {
            if (Interlocked.CompareExchange(ref Pool[i], pooled, null) is null)
            {
                return true;
            }
        }

        return false;
    }

    private static Task<string> RenderWithAsync<TComponent>(HtmlRenderer renderer, IDictionary<string, object?> parameters)
        where TComponent : IComponent =>
        renderer.Dispatcher.InvokeAsync(async () =>
        {
            var output = await renderer.RenderComponentAsync<TComponent>(ParameterView.FromDictionary(parameters));
            using var writer = new PooledStringWriter();
            output.WriteHtmlTo(writer);
            return writer.ToString();
        });

    /// <summary>A renderer of the pool and how many renders it has done.</summary>
    private sealed class PooledRenderer(HtmlRenderer renderer)
    {
        public HtmlRenderer Renderer { get; } = renderer;

        public int Renders { get; set; }
    }
}

/// <summary>Settings for a page rendered by <see cref="ArticleRenderer.RenderPageAsync"/>.</summary>
public sealed record ArticlePageOptions
{
    /// <summary>The site's name, for the banner, the footer and the title; null for the article's own site name, then <c>A11yArticles</c>.</summary>
    public string? SiteName { get; init; }

    /// <summary>The stylesheet's URL, relative to the page or absolute.</summary>
    public string StylesheetHref { get; init; } = ArticleAssets.StylesheetPath;

    /// <summary>The script's URL, relative to the page or absolute.</summary>
    public string ScriptHref { get; init; } = ArticleAssets.ScriptPath;

    /// <summary>How the article itself is rendered (the <see cref="ArticlePage.Options"/> of the page); null for the defaults.</summary>
    public ArticleOptions? Article { get; init; }
}
