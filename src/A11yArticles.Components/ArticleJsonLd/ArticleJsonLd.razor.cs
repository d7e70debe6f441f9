using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using A11yArticles.Model;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;

namespace A11yArticles.Components;

/// <summary>
/// The article as schema.org <c>NewsArticle</c> JSON-LD, built from the same model as the visible
/// page: headline, standfirst as description, published and updated dates, authors, language,
/// publisher, tags as keywords, and <c>speakable</c> pointing at the headline and standfirst by id.
/// The JSON escapes <c>&lt;</c>, <c>&gt;</c> and <c>&amp;</c>, so article text can never close the script.
/// </summary>
public partial class ArticleJsonLd
{
    private static readonly JsonSerializerOptions Options = new()
    {
        Encoder = JavaScriptEncoder.Default,
        WriteIndented = false,
    };

    /// <summary>The article; defaults to the cascaded article.</summary>
    [Parameter]
    public Article? Article { get; set; }

    /// <summary>The publisher's name; defaults to the article's <see cref="Model.Article.SiteName"/>.</summary>
    [Parameter]
    public string? Publisher { get; set; }

    /// <summary>The JSON text.</summary>
    public string Json { get; private set; } = "{}";

    /// <inheritdoc />
    protected override void OnParametersSet()
    {
        var article = Article ?? Context?.Article
            ?? throw new InvalidOperationException($"{nameof(ArticleJsonLd)} needs an {nameof(Article)} parameter or an ArticleView around it.");
        Json = JsonFor(article, IdPrefix, Publisher);
    }

    private void RenderSelf(RenderTreeBuilder builder) => Render(builder, Json, AdditionalAttributes);

    /// <summary>The JSON text for <paramref name="article"/> (what <see cref="Json"/> holds).</summary>
    internal static string JsonFor(Article article, string idPrefix, string? publisher) => Build(article, idPrefix, publisher).ToJsonString(Options);

    /// <summary>
    /// Writes the script (what this component renders), so that <see cref="ArticleView"/>
    /// writes it without a component of its own. The JSON escapes <c>&lt;</c>, <c>&gt;</c> and
    /// <c>&amp;</c>, so it is written as markup, in a region.
    /// </summary>
    internal static void Render(RenderTreeBuilder builder, string json, IReadOnlyDictionary<string, object>? attributes)
    {
        builder.OpenRegion(0);
        builder.OpenElement(0, "script");
        builder.AddAttribute(1, "type", "application/ld+json");
        builder.AddMultipleAttributes(2, attributes);
        builder.AddMarkupContent(3, json);
        builder.CloseElement();
        builder.CloseRegion();
    }

    /// <summary>The JSON-LD object for <paramref name="article"/>.</summary>
    /// <param name="article">The article.</param>
    /// <param name="idPrefix">The id prefix of the rendered article (for <c>speakable</c>).</param>
    /// <param name="publisher">The publisher's name, if not the article's site name.</param>
    /// <returns>The object.</returns>
    public static JsonObject Build(Article article, string idPrefix, string? publisher = null)
    {
        ArgumentNullException.ThrowIfNull(article);
        var json = new JsonObject
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "NewsArticle",
            ["headline"] = article.Headline,
            ["inLanguage"] = article.Language,
        };
        if (!string.IsNullOrWhiteSpace(article.Standfirst))
        {
            json["description"] = article.Standfirst;
        }

        if (article.Published is { } published)
        {
            json["datePublished"] = published.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
        }

        if (article.Updated is { } updated)
        {
            json["dateModified"] = updated.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
        }

        if (!article.Authors.IsDefaultOrEmpty)
        {
            json["author"] = new JsonArray([.. article.Authors.Select(author =>
            {
                var person = new JsonObject { ["@type"] = "Person", ["name"] = author.Name };
                if (UrlPolicy.IsSafe(author.Url))
                {
                    person["url"] = author.Url;
                }

                return (JsonNode)person;
            })]);
        }

        if ((publisher ?? article.SiteName) is { Length: > 0 } publisherName)
        {
            json["publisher"] = new JsonObject { ["@type"] = "Organization", ["name"] = publisherName };
        }

        if (UrlPolicy.IsSafe(article.SourceUrl) && Uri.TryCreate(article.SourceUrl, UriKind.Absolute, out _))
        {
            json["mainEntityOfPage"] = article.SourceUrl;
        }

        if (!article.Tags.IsDefaultOrEmpty)
        {
            json["keywords"] = new JsonArray([.. article.Tags.Select(tag => (JsonNode)tag)]);
        }

        var selectors = new JsonArray { (JsonNode)("#" + idPrefix + "headline") };
        if (!string.IsNullOrWhiteSpace(article.Standfirst))
        {
            selectors.Add((JsonNode)("#" + idPrefix + "standfirst"));
        }

        json["speakable"] = new JsonObject { ["@type"] = "SpeakableSpecification", ["cssSelector"] = selectors };
        return json;
    }
}
