using A11yArticles.Model;

namespace BlazorHost.Client;

/// <summary>Where a page gets its article: the server's catalog, or the server's JSON endpoint from the browser.</summary>
public interface IArticleSource
{
    /// <summary>The article with this slug, or null.</summary>
    Task<Article?> FindAsync(string slug, CancellationToken cancellationToken = default);
}
