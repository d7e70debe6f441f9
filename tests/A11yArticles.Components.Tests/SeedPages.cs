using A11yArticles.Importers;
using A11yArticles.Model;
using A11yArticles.TestSupport;

namespace A11yArticles.Components.Tests;

/// <summary>Every page the tests render: each seed file, and the rich article built in C#.</summary>
internal static class SeedPages
{
    public static IEnumerable<string> Names => [.. Seeds.All.Select(Path.GetFileName)!, RichArticle.FileName];

    public static Article Article(string name) =>
        name == RichArticle.FileName ? RichArticle.Create() : ArticleImporter.ImportFile(Seeds.PathOf(name));
}
