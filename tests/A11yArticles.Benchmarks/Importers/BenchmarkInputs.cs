using System.Text;

namespace A11yArticles.Benchmarks.Importers;

/// <summary>The inputs of the importer benchmarks: the seed, a generated 100-paragraph article, and a generated page shaped like a real news page.</summary>
internal static class BenchmarkInputs
{
    private static readonly string[] Sentences =
    [
        "The council met on Tuesday evening in the old town hall to discuss the budget for the coming year.",
        "“We came here with nothing, and we built this town with our own hands,” said Rosa Elvira Méndez.",
        "Residents filled the room, and many of them stood at the back for the whole of the three-hour meeting.",
        "She said the plan was “a good day for readers” and added that the library would open in May.",
        "The proposal includes longer opening hours, more books in Spanish and Arabic, and a room for children.",
    ];

    public static string SeedPath { get; } = FindSeed();

    public static string Paragraphs(int count, Func<int, string> paragraph)
    {
        var text = new StringBuilder();
        for (var i = 0; i < count; i++)
        {
            text.Append(paragraph(i)).Append("\n\n");
        }

        return text.ToString();
    }

    private static string Paragraph(int i) => string.Join(' ', Enumerable.Range(0, 4).Select(j => Sentences[(i + j) % Sentences.Length]));

    /// <summary>A plain-text article with front matter and 100 paragraphs.</summary>
    public static string HundredParagraphText { get; } =
        "---\nlang: en\nbyline: Rosa Elvira Méndez\n---\nCouncil approves the library budget\n\nMexico City, Mexico — " + Paragraphs(100, Paragraph);

    /// <summary>The same article in Markdown, with headings, emphasis, links and a list now and then.</summary>
    public static string HundredParagraphMarkdown { get; } =
        "# Council approves the library budget\n\n" + Paragraphs(100, i => i % 10 == 9
            ? $"## Part {i / 10 + 1}\n\n- more *books*\n- [longer hours](https://example.org/hours)\n\n{Paragraph(i)}"
            : Paragraph(i));

    /// <summary>A page shaped like a real news page: head metadata, scripts, navigation, the article (100 paragraphs, figures, quotes), a sidebar and a footer.</summary>
    public static string NewsPage { get; } = BuildNewsPage();

    private static string BuildNewsPage()
    {
        var html = new StringBuilder();
        html.Append("""
            <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Council approves the library budget - Example News</title>
            <meta property="og:title" content="Council approves the library budget"><meta property="og:site_name" content="Example News">
            <meta name="author" content="Rosa Elvira Méndez"><meta property="article:published_time" content="2024-03-05T18:30:00+01:00">
            <link rel="stylesheet" href="/site.css"><script src="/analytics.js"></script><script>window.dataLayer = [];</script>
            <style>.ad { display: none }</style></head><body>
            <header class="site-header"><a href="#main" class="skip">Skip to content</a><nav><ul>
            """);
        foreach (var section in new[] { "News", "World", "Business", "Sport", "Culture", "Opinion", "Travel", "Science" })
        {
            html.Append($"<li><a href=\"/{section.ToLowerInvariant()}\">{section}</a></li>");
        }

        html.Append("</ul></nav></header><main id=\"main\"><article><h1>Council approves the library budget</h1><p class=\"byline\">By Rosa Elvira Méndez</p>");
        for (var i = 0; i < 100; i++)
        {
            if (i % 20 == 10)
            {
                html.Append($"<figure><img src=\"/img/{i}.jpg\" alt=\"The reading room, picture {i}\"><figcaption>The reading room. <span class=\"credit\">Photo: Example</span></figcaption></figure>");
            }

            if (i % 25 == 5)
            {
                html.Append("<blockquote><p>Books are for everyone.</p><footer>— Rosa Elvira Méndez</footer></blockquote>");
            }

            html.Append($"<p>{System.Net.WebUtility.HtmlEncode(Paragraph(i))} <a href=\"/story/{i}\">Related</a> <em>note</em> <q>quoted words</q>.</p>");
            if (i % 30 == 15)
            {
                html.Append("<div class=\"ad\"><script>showAd()</script><iframe src=\"https://ads.example/\"></iframe></div>");
            }
        }

        html.Append("</article></main><aside class=\"sidebar\"><h2>Most read</h2><ol>");
        for (var i = 0; i < 10; i++)
        {
            html.Append($"<li><a href=\"/most-read/{i}\">Another story number {i}</a></li>");
        }

        html.Append("</ol></aside><footer class=\"site-footer\"><p>© Example News</p><form action=\"/subscribe\"><input name=\"email\"><button>Subscribe</button></form></footer></body></html>");
        return html.ToString();
    }

    private static string FindSeed()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "seeds", "amlo-welcomes-harris.txt");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException("seeds/amlo-welcomes-harris.txt not found above " + AppContext.BaseDirectory);
    }
}
