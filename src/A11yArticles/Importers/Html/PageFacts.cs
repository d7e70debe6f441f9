using System.Globalization;
using A11yArticles.Model;
using AngleSharp.Dom;

namespace A11yArticles.Importers.Html;

/// <summary>What the whole page (not only the extracted article) says about itself: language, direction, title and meta data.</summary>
internal sealed record PageFacts
{
    /// <summary>Deeper nesting than this is refused before extraction: no real page needs it, and recursive code could overflow the stack on it.</summary>
    public const int MaxNesting = 512;

    public string? Language { get; init; }

    public TextDirection? Direction { get; init; }

    public string? Title { get; init; }

    public string? SiteName { get; init; }

    public string? Description { get; init; }

    public string? CanonicalUrl { get; init; }

    public DateTimeOffset? Published { get; init; }

    public int Nesting { get; init; }

    public static PageFacts Read(IDocument document)
    {
        var root = document.DocumentElement;
        string? Meta(string selector) => document.QuerySelector(selector)?.GetAttribute("content")?.Trim() is { Length: > 0 } value ? value : null;
        var dir = (root?.GetAttribute("dir") ?? document.Body?.GetAttribute("dir"))?.Trim().ToLowerInvariant();
        var canonical = document.QuerySelector("link[rel=canonical]")?.GetAttribute("href") ?? Meta("meta[property='og:url']");
        var published = Meta("meta[property='article:published_time']") ?? Meta("meta[name='date']");
        return new PageFacts
        {
            Language = root?.GetAttribute("lang") ?? root?.GetAttribute("xml:lang") ?? Meta("meta[http-equiv='content-language' i]"),
            Direction = dir switch
            {
                "rtl" => TextDirection.RightToLeft,
                "ltr" => TextDirection.LeftToRight,
                _ => null,
            },
            Title = Meta("meta[property='og:title']") ?? (string.IsNullOrWhiteSpace(document.Title) ? null : document.Title.Trim()),
            SiteName = Meta("meta[property='og:site_name']"),
            Description = Meta("meta[name='description']") ?? Meta("meta[property='og:description']"),
            CanonicalUrl = canonical is not null && Uri.TryCreate(canonical, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" ? uri.ToString() : null,
            Published = published is not null && DateTimeOffset.TryParse(published, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date) ? date : null,
            Nesting = MaxDepth(document),
        };
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
