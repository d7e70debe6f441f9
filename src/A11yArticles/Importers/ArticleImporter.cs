using A11yArticles.Importers.PlainText;
using A11yArticles.Model;

namespace A11yArticles.Importers;

/// <summary>
/// The one entry point for importing: picks the importer for a file by its extension.
/// </summary>
public static class ArticleImporter
{
    /// <summary>The file extensions that can be imported, with their leading dot.</summary>
    public static IReadOnlyList<string> SupportedExtensions { get; } = [".txt"];

    /// <summary>Imports the article in <paramref name="path"/>.</summary>
    /// <param name="path">The article file.</param>
    /// <returns>The article.</returns>
    /// <exception cref="ArticleImportException">The file is missing, unreadable, of an unsupported kind, or not a valid article.</exception>
    public static Article ImportFile(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var extension = Path.GetExtension(path).ToLowerInvariant();
        if (!SupportedExtensions.Contains(extension))
        {
            throw new ArticleImportException(
                path,
                $"unsupported file type '{extension}'; supported: {string.Join(", ", SupportedExtensions)}");
        }

        if (Directory.Exists(path))
        {
            throw new ArticleImportException(path, "is a folder, not an article file");
        }

        if (!File.Exists(path))
        {
            throw new ArticleImportException(path, "file not found");
        }

        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            throw new ArticleImportException(path, $"cannot be read: {error.Message}", error);
        }

        return PlainTextImporter.Import(bytes, path);
    }
}
