namespace A11yArticles.TestSupport;

/// <summary>The seed articles, copied next to every test assembly (see tests/Directory.Build.props).</summary>
internal static class Seeds
{
    public const string AmloWelcomesHarris = "amlo-welcomes-harris.txt";

    /// <summary>An Arabic, right-to-left article without front matter.</summary>
    public const string AmmanLibrary = "amman-library.txt";

    public static string Folder => Path.Combine(AppContext.BaseDirectory, "seeds");

    public static string PathOf(string fileName) => Path.Combine(Folder, fileName);

    /// <summary>A Markdown article with headings, a figure, footnotes, a pull quote, a block quote, a list and a language span.</summary>
    public const string Footbridge = "footbridge-for-everyone.md";

    /// <summary>Every seed article: plain text and Markdown.</summary>
    public static IEnumerable<string> All =>
        Directory.EnumerateFiles(Folder).Where(path => Path.GetExtension(path) is ".txt" or ".md").Order(StringComparer.Ordinal);
}
