using System.Collections.Immutable;
using System.Net;
using A11yArticles.Model;
using A11yArticles.Rendering;

namespace A11yArticles.Components.BrowserTests;

/// <summary>
/// A live blog as static rendering writes it (no interactive runtime: every post shown, and the link
/// that reloads the page at the latest post), for docs/components/live-updates.md's outline. The
/// interactive behaviour is proven in tests/A11yArticles.Hosts.BrowserTests (LiveUpdatesTests).
/// </summary>
internal static class LiveUpdatesPage
{
    public const string FileName = "live-updates.html";

    private static readonly DateTimeOffset Start = new(2026, 12, 3, 9, 0, 0, TimeSpan.Zero);

    public static ImmutableArray<LivePost> Posts { get; } =
    [
        new("first", Start, [new ParagraphBlock([new TextInline("The bridge closed to traffic at nine this morning.")])]) { Headline = "The bridge is closed" },
        new("second", Start.AddMinutes(10), [new ParagraphBlock([new TextInline("Buses take the ring road until further notice.")])]),
    ];

    public static async Task<string> CreateAsync()
    {
        const string headline = "Live: the bridge";
        var skipLink = await ArticleRenderer.RenderAsync<SkipLink>(new Dictionary<string, object?> { [nameof(SkipLink.Target)] = "main" });
        var updates = await ArticleRenderer.RenderAsync<LiveUpdates>(new Dictionary<string, object?> { [nameof(LiveUpdates.Posts)] = Posts });
        return $"""
            <!DOCTYPE html>
            <html lang="en" dir="ltr">
            <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>{WebUtility.HtmlEncode(headline)}</title>
            <link rel="stylesheet" href="{ArticleAssets.StylesheetFileName}"><script src="{ArticleAssets.ScriptFileName}" defer></script></head>
            <body class="a11y-page">{skipLink}<main id="main"><h1>{WebUtility.HtmlEncode(headline)}</h1>
            {updates}
            </main></body></html>
            """;
    }
}
