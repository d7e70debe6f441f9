using A11yArticles.Importers;
using A11yArticles.Importers.PlainText;
using A11yArticles.Model;
using A11yArticles.TestSupport;

namespace A11yArticles.Components.Tests;

internal static class TestArticles
{
    public static Article Seed { get; } = ArticleImporter.ImportFile(Seeds.PathOf(Seeds.AmloWelcomesHarris));

    /// <summary>An article from seed-format text, so tests read like the files they stand for.</summary>
    public static Article FromText(string text) => PlainTextImporter.Parse(text, "test.txt");

    /// <summary>Article text that tries to inject markup through every part of the article.</summary>
    public const string Hostile =
        "<script>alert('headline')</script> Headline\n\n" +
        "<img src=x onerror=alert(1)> — Body with <b>bold</b> and <script>alert(2)</script>.\n\n" +
        "She said “<a href=\"javascript:alert(3)\" onclick=\"alert(4)\">click</a>” loudly.";
}
