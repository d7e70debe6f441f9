using System.Net;
using System.Net.Http.Json;
using A11yArticles.Model;

namespace BlazorHost.Client;

/// <summary>In the browser: the article as JSON from the server's <c>/api/articles/{slug}</c>.</summary>
public sealed class HttpArticleSource(HttpClient http) : IArticleSource
{
    /// <inheritdoc />
    public async Task<Article?> FindAsync(string slug, CancellationToken cancellationToken = default)
    {
        using var response = await http.GetAsync("api/articles/" + Uri.EscapeDataString(slug), cancellationToken);
        if (response.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }

        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync(ArticleJsonContext.Default.Article, cancellationToken);
    }
}
