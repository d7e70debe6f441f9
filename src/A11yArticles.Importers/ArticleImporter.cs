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
    /// <param name="path">
    /// The article file. A relative path is relative to the process's current directory
    /// (<see cref="Environment.CurrentDirectory"/>), which in a web host is usually, but not always,
    /// its content root: a host should pass <c>Path.Combine(environment.ContentRootPath, "articles/story.md")</c>
    /// and publish the files (see the README's "Article files in a published app").
    /// </param>
    /// <param name="format">The format; by default it is chosen by the file's extension.</param>
    /// <returns>The article and the import's warnings.</returns>
    /// <exception cref="ArticleImportException">The file is missing, unreadable, too large, of an unsupported kind, or not a valid article.</exception>
    public static ImportResult Import(string path, ArticleFormat? format = null)
    {
        var chosen = CheckFile(path, format);
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

    /// <summary>Imports the article in <paramref name="path"/>, reading the file asynchronously.</summary>
    /// <param name="path">The article file (relative paths as in <see cref="Import(string, ArticleFormat?)"/>).</param>
    /// <param name="format">The format; by default it is chosen by the file's extension.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The article and the import's warnings.</returns>
    /// <exception cref="ArticleImportException">The file is missing, unreadable, too large, of an unsupported kind, or not a valid article.</exception>
    public static async Task<ImportResult> ImportAsync(string path, ArticleFormat? format = null, CancellationToken cancellationToken = default)
    {
        var chosen = CheckFile(path, format);
        try
        {
            await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, useAsync: true);
            return await ImportAsync(stream, path, chosen, cancellationToken).ConfigureAwait(false);
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
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            Append(buffer, chunk, read, stream, sourceName);
        }

        return ImportBytes(buffer.GetBuffer().AsSpan(0, (int)buffer.Length), sourceName, format);
    }

    /// <summary>
    /// Imports an article from <paramref name="stream"/>, reading it asynchronously and never
    /// synchronously: the entry point for streams that refuse synchronous reads (a browser's HTTP
    /// response in WebAssembly, a request body in ASP.NET Core).
    /// </summary>
    /// <param name="stream">The source's bytes (UTF-8 for text and Markdown; HTML may declare its encoding).</param>
    /// <param name="sourceName">The source's name, used in messages and kept on the article.</param>
    /// <param name="format">The source's format.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The article and the import's warnings.</returns>
    /// <exception cref="ArticleImportException">The source is too large or not a valid article.</exception>
    public static async Task<ImportResult> ImportAsync(Stream stream, string sourceName, ArticleFormat format, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentException.ThrowIfNullOrEmpty(sourceName);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            Append(buffer, chunk, read, stream, sourceName);
        }

        return ImportBytes(buffer.GetBuffer().AsSpan(0, (int)buffer.Length), sourceName, format);
    }

    /// <summary>Imports an article from text already in memory (a CMS field, a request's form value).</summary>
    /// <param name="text">The source text.</param>
    /// <param name="sourceName">The source's name, used in messages and kept on the article.</param>
    /// <param name="format">The source's format.</param>
    /// <returns>The article and the import's warnings.</returns>
    /// <exception cref="ArticleImportException">The source is too large or not a valid article.</exception>
    public static ImportResult ImportText(string text, string sourceName, ArticleFormat format)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentException.ThrowIfNullOrEmpty(sourceName);
        if (text.Length > MaxSourceBytes)
        {
            throw new ArticleImportException(sourceName, $"is too large ({text.Length} characters); the limit for one article is {MaxSourceBytes / (1024 * 1024)} MiB");
        }

        return format switch
        {
            ArticleFormat.PlainText => PlainTextImporter.ParseWithWarnings(text, sourceName),
            ArticleFormat.Markdown => MarkdownImporter.Parse(text, sourceName),
            ArticleFormat.Html => HtmlImporter.Parse(text, sourceName),
            _ => throw new ArgumentOutOfRangeException(nameof(format), format, "Unknown article format."),
        };
    }

    /// <summary>Imports the article in <paramref name="path"/>, choosing the importer by extension, and drops the warnings.</summary>
    /// <param name="path">The article file.</param>
    /// <returns>The article.</returns>
    /// <exception cref="ArticleImportException">The file is missing, unreadable, of an unsupported kind, or not a valid article.</exception>
    public static Article ImportFile(string path) => Import(path).Article;

    private static ArticleFormat CheckFile(string path, ArticleFormat? format)
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
            // A relative path is the usual mistake in a published web app: say where it was looked for.
            throw new ArticleImportException(path, Path.IsPathRooted(path)
                ? "file not found"
                : $"file not found (a relative path is read from the current directory, {Environment.CurrentDirectory})");
        }

        return chosen;
    }

    private static ImportResult ImportBytes(ReadOnlySpan<byte> bytes, string sourceName, ArticleFormat format) => format switch
    {
        ArticleFormat.PlainText => PlainTextImporter.ImportWithWarnings(bytes, sourceName),
        ArticleFormat.Markdown => MarkdownImporter.Import(bytes, sourceName),
        ArticleFormat.Html => HtmlImporter.Import(bytes, sourceName),
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "Unknown article format."),
    };

    private static void Append(MemoryStream buffer, byte[] chunk, int read, Stream stream, string sourceName)
    {
        if (buffer.Length + read > MaxSourceBytes)
        {
            var size = stream.CanSeek ? $"{stream.Length / (1024.0 * 1024.0):0.#} MiB" : "more than 16 MiB";
            throw new ArticleImportException(sourceName, $"is too large ({size}); the limit for one article is {MaxSourceBytes / (1024 * 1024)} MiB");
        }

        buffer.Write(chunk, 0, read);
    }
}
