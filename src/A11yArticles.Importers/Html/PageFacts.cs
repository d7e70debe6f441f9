using System.Globalization;
using A11yArticles.Model;
using AngleSharp.Dom;

namespace A11yArticles.Importers.Html;

/// <summary>What the whole page (not only the extracted article) says about itself: language, direction, title and meta data.</summary>
internal sealed record PageFacts
{
    /// <summary>
    /// Deeper nesting than this is refused before extraction: no real page needs it, and recursive
    /// code could overflow the stack on it. (AngleSharp's parser itself stops nesting at 512.)
    /// </summary>
    public const int MaxNesting = 256;

    public string? Language { get; init; }

    public TextDirection? Direction { get; init; }

    public string? Title { get; init; }

    public string? SiteName { get; init; }

    public string? Description { get; init; }

    public string? CanonicalUrl { get; init; }

    public DateTimeOffset? Published { get; init; }

    public int Nesting { get; init; }

    /// <summary>The longest <c>articleBody</c> the page's JSON-LD gives, if any: the publisher's own text of the article.</summary>
    public string? ArticleBody { get; init; }

    /// <summary>The title the page's metadata gives (og:title, twitter:title, dc:title).</summary>
    public string? MetadataTitle { get; init; }

    /// <summary>True when the page's JSON-LD gives the article's headline (then SmartReader's title is that headline).</summary>
    public bool HasJsonLdHeadline { get; init; }

    /// <summary>An author named by the page's metadata, when it is a name and not an address.</summary>
    public string? MetadataAuthor { get; init; }

    /// <summary>The texts of the page's byline elements, in document order.</summary>
    public IReadOnlyList<string> BylineTexts { get; init; } = [];

    /// <summary>The first byline element whose text ends with <paramref name="byline"/>: SmartReader trims a leading "by", the page shows it.</summary>
    public string? BylineContaining(string? byline) =>
        byline is null ? null : BylineTexts.FirstOrDefault(text => text.EndsWith(byline, StringComparison.Ordinal));

    public static PageFacts Read(IDocument document)
    {
        var root = document.DocumentElement;
        string? Meta(string selector) => document.QuerySelector(selector)?.GetAttribute("content")?.Trim() is { Length: > 0 } value ? value : null;
        var dir = ArticleDirection(document);
        var canonical = document.QuerySelector("link[rel=canonical]")?.GetAttribute("href") ?? Meta("meta[property='og:url']");
        var published = Meta("meta[property='article:published_time']") ?? Meta("meta[name='date']");
        return new PageFacts
        {
            Language = root?.GetAttribute("lang") ?? root?.GetAttribute("xml:lang") ?? Meta("meta[http-equiv='content-language' i]"),
            Direction = dir,
            Title = Meta("meta[property='og:title']") ?? (string.IsNullOrWhiteSpace(document.Title) ? null : document.Title.Trim()),
            SiteName = Meta("meta[property='og:site_name']"),
            Description = Meta("meta[name='description']") ?? Meta("meta[property='og:description']"),
            CanonicalUrl = canonical is not null && Uri.TryCreate(canonical, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" ? uri.ToString() : null,
            Published = published is not null && DateTimeOffset.TryParse(published, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date) ? date : null,
            Nesting = MaxDepth(document),
            ArticleBody = JsonLdArticleBody(document),
            HasJsonLdHeadline = document.QuerySelectorAll("script[type='application/ld+json']").Any(script => script.TextContent.Contains("\"headline\"", StringComparison.Ordinal)),
            MetadataTitle = Meta("meta[property='og:title']") ?? Meta("meta[name='twitter:title']") ?? Meta("meta[property='twitter:title']") ?? Meta("meta[name='dc.title' i]"),
            MetadataAuthor = new[]
                {
                    Meta("meta[property='article:author']"), Meta("meta[property='og:article:author']"), Meta("meta[name='dc.creator' i]"),
                    Meta("meta[name='dcterm:creator' i]"), Meta("meta[name='author']"), Meta("meta[name='parsely-author']"),
                }
                .FirstOrDefault(value => value is not null && !value.Contains("://", StringComparison.Ordinal) && !value.StartsWith("www.", StringComparison.Ordinal)),
            BylineTexts = [.. document.QuerySelectorAll("[rel=author], [itemprop*=author], [class*=byline i], [id*=byline i], [class*=author i], [class*=dateline i], [class*=writtenby i]")
                .Select(element => string.Join(' ', element.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)))
                .Where(text => text.Length is > 0 and < 100)],
        };
    }

    /// <summary>
    /// The direction of the element that holds the article: each paragraph takes the <c>dir</c> of
    /// its nearest element that sets one (itself, a wrapper, <c>body</c>, <c>html</c>), and the
    /// direction that holds the most text wins. So <c>&lt;body dir="rtl"&gt;</c> or a right-to-left
    /// wrapper is not overruled by <c>&lt;html dir="ltr"&gt;</c>. A page without paragraphs takes
    /// <c>body</c>'s, else <c>html</c>'s.
    /// </summary>
    private static TextDirection? ArticleDirection(IDocument document)
    {
        static TextDirection? Parse(string? dir) => dir?.Trim().ToLowerInvariant() switch
        {
            "rtl" => TextDirection.RightToLeft,
            "ltr" => TextDirection.LeftToRight,
            _ => null,
        };

        static TextDirection? Nearest(IElement? element)
        {
            for (var current = element; current is not null; current = current.ParentElement)
            {
                if (Parse(current.GetAttribute("dir")) is { } direction)
                {
                    return direction;
                }
            }

            return null;
        }

        long rightToLeft = 0, leftToRight = 0;
        foreach (var paragraph in document.Body?.GetElementsByTagName("p") ?? Enumerable.Empty<IElement>())
        {
            var length = paragraph.TextContent.Length;
            switch (Nearest(paragraph))
            {
                case TextDirection.RightToLeft:
                    rightToLeft += length;
                    break;
                case TextDirection.LeftToRight:
                    leftToRight += length;
                    break;
            }
        }

        return rightToLeft + leftToRight == 0
            ? Nearest(document.Body)
            : rightToLeft > leftToRight ? TextDirection.RightToLeft : TextDirection.LeftToRight;
    }

    /// <summary>The longest <c>articleBody</c> string anywhere in the page's JSON-LD blocks (also inside <c>@graph</c>); unreadable JSON is skipped.</summary>
    private static string? JsonLdArticleBody(IDocument document)
    {
        string? longest = null;
        foreach (var script in document.QuerySelectorAll("script[type='application/ld+json']"))
        {
            var text = script.TextContent;
            if (!text.Contains("\"articleBody\"", StringComparison.Ordinal))
            {
                continue;
            }

            try
            {
                using var json = System.Text.Json.JsonDocument.Parse(text, new System.Text.Json.JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = System.Text.Json.JsonCommentHandling.Skip, MaxDepth = 64 });
                var stack = new Stack<System.Text.Json.JsonElement>();
                stack.Push(json.RootElement);
                while (stack.Count > 0)
                {
                    var element = stack.Pop();
                    if (element.ValueKind == System.Text.Json.JsonValueKind.Object)
                    {
                        foreach (var property in element.EnumerateObject())
                        {
                            if (property.Name == "articleBody" && property.Value.ValueKind == System.Text.Json.JsonValueKind.String)
                            {
                                var body = property.Value.GetString()!;
                                if (body.Length > (longest?.Length ?? 0))
                                {
                                    longest = body;
                                }
                            }
                            else
                            {
                                stack.Push(property.Value);
                            }
                        }
                    }
                    else if (element.ValueKind == System.Text.Json.JsonValueKind.Array)
                    {
                        foreach (var item in element.EnumerateArray())
                        {
                            stack.Push(item);
                        }
                    }
                }
            }
            catch (System.Text.Json.JsonException)
            {
                // A page's broken JSON-LD is not our problem to report: the article is read from the page.
            }
        }

        return longest;
    }

    /// <summary>The deepest element nesting, walked with an explicit stack (never recursion).</summary>
    private static int MaxDepth(IDocument document)
    {
        if (document.DocumentElement is null)
        {
            return 0;
        }

        var deepest = 0;
        var stack = new Stack<(IElement Element, int Depth)>();
        stack.Push((document.DocumentElement, 1));
        while (stack.Count > 0)
        {
            var (element, depth) = stack.Pop();
            deepest = Math.Max(deepest, depth);
            foreach (var child in element.Children)
            {
                stack.Push((child, depth + 1));
            }
        }

        return deepest;
    }
}
