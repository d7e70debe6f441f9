using A11yArticles.Importers;
using A11yArticles.Model;

namespace BlazorServerHost;

/// <summary>The site's articles: every file of a folder, imported once at start-up.</summary>
public sealed class ArticleCatalog
{
    private readonly Dictionary<string, Article> _bySlug;

    private ArticleCatalog(Dictionary<string, Article> bySlug) => _bySlug = bySlug;

    /// <summary>The slugs (file names without extension) and headlines, in file-name order.</summary>
    public IEnumerable<(string Slug, string Headline)> Entries =>
        _bySlug.OrderBy(entry => entry.Key, StringComparer.Ordinal).Select(entry => (entry.Key, entry.Value.Headline));

    /// <summary>Imports every .txt and .md file of <paramref name="folder"/>.</summary>
    public static ArticleCatalog Load(string folder) => new(
        Directory.EnumerateFiles(folder)
            .Where(path => Path.GetExtension(path) is ".txt" or ".md")
            .ToDictionary(path => Path.GetFileNameWithoutExtension(path), path => ArticleImporter.ImportFile(path), StringComparer.OrdinalIgnoreCase));

    /// <summary>The article with this slug, or null.</summary>
    public Article? Find(string slug) => _bySlug.GetValueOrDefault(slug);
}
