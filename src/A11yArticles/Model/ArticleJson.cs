using System.Text.Json;
using System.Text.Json.Serialization;

namespace A11yArticles.Model;

/// <summary>
/// Reads and writes an <see cref="Article"/> as JSON (System.Text.Json, camelCase names, blocks and
/// inlines with a <c>"$type"</c> discriminator). This is how an article reaches a WebAssembly client
/// (an endpoint returns it, the client reads it) and how it is persisted across prerendering. The
/// metadata is source-generated (<see cref="ArticleJsonContext"/>), so it also works in a trimmed app.
/// </summary>
public static class ArticleJson
{
    /// <summary>The serializer options the model is written with: web defaults and the source-generated metadata.</summary>
    public static JsonSerializerOptions Options => ArticleJsonContext.Default.Options;

    /// <summary>Writes <paramref name="article"/> as JSON.</summary>
    /// <param name="article">The article.</param>
    /// <returns>The JSON text.</returns>
    public static string Serialize(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        return JsonSerializer.Serialize(article, ArticleJsonContext.Default.Article);
    }

    /// <summary>Reads an article from JSON written by <see cref="Serialize"/> (or by any System.Text.Json writer with <see cref="Options"/>).</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The article.</returns>
    /// <exception cref="JsonException">The text is not an article (the message says where and why).</exception>
    public static Article Deserialize(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        try
        {
            return JsonSerializer.Deserialize(json, ArticleJsonContext.Default.Article)
                ?? throw new JsonException("The JSON is 'null', not an article.");
        }
        catch (NotSupportedException error)
        {
            // A block or inline without its "$type": System.Text.Json cannot make the abstract type.
            throw new JsonException($"The JSON is not an article: {error.Message}", error);
        }
    }

    /// <summary>Reads an article from a stream of JSON without blocking (for a browser's HTTP response).</summary>
    /// <param name="json">The JSON stream; read to its end, not closed.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The article.</returns>
    /// <exception cref="JsonException">The stream does not hold an article.</exception>
    public static async Task<Article> DeserializeAsync(Stream json, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(json);
        try
        {
            return await JsonSerializer.DeserializeAsync(json, ArticleJsonContext.Default.Article, cancellationToken).ConfigureAwait(false)
                ?? throw new JsonException("The JSON is 'null', not an article.");
        }
        catch (NotSupportedException error)
        {
            throw new JsonException($"The JSON is not an article: {error.Message}", error);
        }
    }
}

/// <summary>
/// Source-generated System.Text.Json metadata for the article model, for
/// <c>HttpClient.GetFromJsonAsync(url, ArticleJsonContext.Default.Article)</c> in a WebAssembly client
/// and <c>Results.Json(article, ArticleJsonContext.Default.Article)</c> on a server. Live-blog
/// posts travel the same way (<c>ArticleJsonContext.Default.LivePost</c>,
/// <c>ArticleJsonContext.Default.ImmutableArrayLivePost</c>).
/// </summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(Article))]
[JsonSerializable(typeof(LivePost))]
[JsonSerializable(typeof(System.Collections.Immutable.ImmutableArray<LivePost>))]
public sealed partial class ArticleJsonContext : JsonSerializerContext;
