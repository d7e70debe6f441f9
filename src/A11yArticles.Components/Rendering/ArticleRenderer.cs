using A11yArticles.Model;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace A11yArticles.Components.Rendering;

/// <summary>
/// Renders components to HTML strings outside a web host, with ASP.NET Core's <see cref="HtmlRenderer"/>.
/// Each call uses its own renderer and disposes it, because a renderer keeps every component it has
/// rendered until it is disposed.
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

    /// <summary>Renders <paramref name="article"/> as a complete HTML document with <see cref="ArticlePage.ArticlePage"/>.</summary>
    /// <param name="article">The article.</param>
    /// <param name="options">Page settings; the defaults suit an ASP.NET Core host serving the static web assets.</param>
    /// <returns>The HTML document.</returns>
    public static Task<string> RenderPageAsync(Article article, ArticlePageOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(article);
        options ??= new ArticlePageOptions();
        return RenderAsync<ArticlePage.ArticlePage>(new Dictionary<string, object?>
        {
            [nameof(ArticlePage.ArticlePage.Article)] = article,
            [nameof(ArticlePage.ArticlePage.SiteName)] = options.SiteName,
            [nameof(ArticlePage.ArticlePage.StylesheetHref)] = options.StylesheetHref,
            [nameof(ArticlePage.ArticlePage.ScriptHref)] = options.ScriptHref,
        });
    }

    /// <summary>Renders <paramref name="article"/> as an <c>&lt;article&gt;</c> fragment with <see cref="ArticleView.ArticleView"/>.</summary>
    /// <param name="article">The article.</param>
    /// <returns>The HTML fragment.</returns>
    public static Task<string> RenderArticleAsync(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        return RenderAsync<ArticleView.ArticleView>(new Dictionary<string, object?>
        {
            [nameof(ArticleView.ArticleView.Article)] = article,
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
        return await renderer.Dispatcher.InvokeAsync(async () =>
        {
            var output = await renderer.RenderComponentAsync<TComponent>(ParameterView.FromDictionary(parameters));
            using var writer = new PooledStringWriter();
            output.WriteHtmlTo(writer);
            return writer.ToString();
        });
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
}
