using A11yArticles.Importers;
using A11yArticles.Model;

namespace A11yArticles.Demo;

/// <summary>One article of the demo site: its address slug (the file name) and the imported article.</summary>
/// <param name="Slug">The file name without extension, used in the URL.</param>
/// <param name="Article">The article.</param>
public sealed record CatalogEntry(string Slug, Article Article);

/// <summary>The articles the demo site shows: every <c>.txt</c> file of the seeds folder, imported once at start-up.</summary>
public sealed class ArticleCatalog
{
    private readonly Dictionary<string, CatalogEntry> _bySlug;

    private ArticleCatalog(IReadOnlyList<CatalogEntry> entries)
    {
        Entries = entries;
        _bySlug = entries.ToDictionary(entry => entry.Slug, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The articles, in file-name order.</summary>
    public IReadOnlyList<CatalogEntry> Entries { get; }

    /// <summary>Imports every article in <paramref name="folder"/>.</summary>
    /// <param name="folder">The seeds folder.</param>
    /// <returns>The catalog.</returns>
    public static ArticleCatalog Load(string folder)
    {
        if (!Directory.Exists(folder))
        {
            throw new DirectoryNotFoundException($"The demo site's seeds folder '{folder}' does not exist; set 'Seeds' to the folder with the article files.");
        }

        var entries = Directory.EnumerateFiles(folder)
            .Where(path => Path.GetExtension(path) is ".txt" or ".md")
            .Order(StringComparer.Ordinal)
            .Select(path => new CatalogEntry(Path.GetFileNameWithoutExtension(path), ArticleImporter.ImportFile(path)))
            .ToList();
        return new ArticleCatalog(entries);
    }

    /// <summary>The article at <paramref name="slug"/>, or null.</summary>
    /// <param name="slug">The URL slug.</param>
    /// <returns>The entry, or null.</returns>
    public CatalogEntry? Find(string? slug) => slug is not null && _bySlug.TryGetValue(slug, out var entry) ? entry : null;
}
