using A11yArticles.Importers.Html;
using A11yArticles.Importers.Markdown;
using A11yArticles.Importers.PlainText;
using A11yArticles.Model;

namespace A11yArticles.Importers;

/// <summary>
/// The one entry point for importing: picks the importer by the file's extension (<c>.txt</c>,
/// <c>.md</c>/<c>.markdown</c>, <c>.html</c>/<c>.htm</c>) or by an explicit <see cref="ArticleFormat"/>,
/// and returns the article with the warnings of the import.
/// </summary>
public static class ArticleImporter
{
    /// <summary>The largest source accepted, in bytes (16 MiB): far above any article, low enough that a runaway file fails fast.</summary>
    public const int MaxSourceBytes = 16 * 1024 * 1024;

    /// <summary>The file extensions that can be imported, with their leading dot.</summary>
    public static IReadOnlyList<string> SupportedExtensions { get; } = [".txt", ".md", ".markdown", ".html", ".htm"];

    /// <summary>The format a file extension stands for, or null when it is not supported.</summary>
    /// <param name="path">A file name or path.</param>
    /// <returns>The format, or null.</returns>
    public static ArticleFormat? FormatOf(string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".txt" => ArticleFormat.PlainText,
        ".md" or ".markdown" => ArticleFormat.Markdown,
        ".html" or ".htm" => ArticleFormat.Html,
        _ => null,
    };

    /// <summary>Imports the article in <paramref name="path"/>.</summary>
    /// <param name="path">The article file.</param>
    /// <param name="format">The format; by default it is chosen by the file's extension.</param>
    /// <returns>The article and the import's warnings.</returns>
    /// <exception cref="ArticleImportException">The file is missing, unreadable, too large, of an unsupported kind, or not a valid article.</exception>
    public static ImportResult Import(string path, ArticleFormat? format = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var chosen = format ?? FormatOf(path) ?? throw new ArticleImportException(
            path,
            $"unsupported file type '{Path.GetExtension(path).ToLowerInvariant()}'; supported: {string.Join(", ", SupportedExtensions)}");

        if (Directory.Exists(path))
        {
            throw new ArticleImportException(path, "is a folder, not an article file");
        }

        if (!File.Exists(path))
        {
            throw new ArticleImportException(path, "file not found");
        }

        try
        {
            using var stream = File.OpenRead(path);
            return Import(stream, path, chosen);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            throw new ArticleImportException(path, $"cannot be read: {error.Message}", error);
        }
    }

    /// <summary>Imports an article from <paramref name="stream"/>.</summary>
    /// <param name="stream">The source's bytes (UTF-8 for text and Markdown; HTML may declare its encoding).</param>
    /// <param name="sourceName">The source's name, used in messages and kept on the article.</param>
    /// <param name="format">The source's format.</param>
    /// <returns>The article and the import's warnings.</returns>
    /// <exception cref="ArticleImportException">The source is too large or not a valid article.</exception>
    public static ImportResult Import(Stream stream, string sourceName, ArticleFormat format)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentException.ThrowIfNullOrEmpty(sourceName);
        var bytes = ReadAtMost(stream, sourceName);
        return format switch
        {
            ArticleFormat.PlainText => PlainTextImporter.ImportWithWarnings(bytes, sourceName),
            ArticleFormat.Markdown => MarkdownImporter.Import(bytes, sourceName),
            ArticleFormat.Html => HtmlImporter.Import(bytes, sourceName),
            _ => throw new ArgumentOutOfRangeException(nameof(format), format, "Unknown article format."),
        };
    }

    /// <summary>Imports the article in <paramref name="path"/>, choosing the importer by extension, and drops the warnings.</summary>
    /// <param name="path">The article file.</param>
    /// <returns>The article.</returns>
    /// <exception cref="ArticleImportException">The file is missing, unreadable, of an unsupported kind, or not a valid article.</exception>
    public static Article ImportFile(string path) => Import(path).Article;

    private static byte[] ReadAtMost(Stream stream, string sourceName)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            if (buffer.Length + read > MaxSourceBytes)
            {
                var size = stream.CanSeek ? $"{stream.Length / (1024.0 * 1024.0):0.#} MiB" : "more than 16 MiB";
                throw new ArticleImportException(sourceName, $"is too large ({size}); the limit for one article is {MaxSourceBytes / (1024 * 1024)} MiB");
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}
