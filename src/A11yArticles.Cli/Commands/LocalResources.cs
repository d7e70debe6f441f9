using A11yArticles.Cli.Batch;
using A11yArticles.Model;

namespace A11yArticles.Cli.Commands;

/// <summary>
/// The files an article shows or plays that sit beside its source (<c>images/bridge.jpg</c>,
/// <c>media/opening.webm</c> and its captions): <c>render</c> copies them next to the page, keeping
/// their relative paths, so the page shows no broken image when it is published or opened from disk.
/// Only images, video, audio and captions inside the folder the article was found in are copied
/// (symbolic links resolved; hidden files never): a published output folder must never receive
/// <c>../../secrets.txt</c>, <c>.env</c> or a page with scripts because an article asked for it.
/// </summary>
internal static partial class LocalResources
{
    /// <summary>A local file the page refers to: where it is, and where the page expects it.</summary>
    public sealed record Resource(string Address, string SourcePath, string OutputPath);

    /// <summary>
    /// Finds the article's local files and copies each that is newer or different next to the page.
    /// Returns one warning per address that cannot be published (missing, or outside the input
    /// folder); remote addresses (<c>https:</c>, <c>//</c>, <c>/</c> from the site's root) are the host's.
    /// </summary>
    public static async Task<IReadOnlyList<string>> CopyAsync(Article article, InputFile file, string outputPage, CancellationToken cancellationToken)
    {
        var warnings = new List<string>();
        var sourceFolder = Path.GetDirectoryName(Path.GetFullPath(file.Path))!;
        var inputRoot = InputRoot(file);
        var pageFolder = Path.GetDirectoryName(Path.GetFullPath(outputPage))!;
        foreach (var address in article.Resources)
        {
            if (RelativePathOf(address) is not { } relative)
            {
                continue;
            }

            if (Unpublishable(relative) is { } why)
            {
                warnings.Add($"{file.Path}: '{address}' was not copied: {why}");
                continue;
            }

            string source, target;
            try
            {
                source = Path.GetFullPath(Path.Combine(sourceFolder, relative));
                target = Path.GetFullPath(Path.Combine(pageFolder, relative));
            }
            catch (Exception error) when (error is ArgumentException or NotSupportedException or PathTooLongException)
            {
                warnings.Add($"{file.Path}: '{address}' is not a usable file name ({error.Message}); it was not copied");
                continue;
            }

            // Symbolic links resolved first: a link inside the folder must not publish a file outside it.
            if (!IsInside(source, inputRoot) || !IsInside(InputFiles.RealPath(source), InputFiles.RealPath(inputRoot)))
            {
                warnings.Add($"{file.Path}: '{address}' lies outside the folder the article was found in ({inputRoot}), so it was not copied; the page will not show it");
                continue;
            }

            if (!File.Exists(source))
            {
                warnings.Add($"{file.Path}: '{address}' was not found (looked for {source}); the page will show it broken");
                continue;
            }

            if (string.Equals(source, target, StringComparison.Ordinal) || IsSameFile(source, target))
            {
                continue;
            }

            await AtomicFile.CopyAsync(source, target, cancellationToken);
        }

        return warnings;
    }

    /// <summary>
    /// The file path of a local address relative to the article, or null for an address the host
    /// serves (a scheme, a network path, a path from the site's root) or one that is only a fragment.
    /// </summary>
    internal static string? RelativePathOf(string address)
    {
        var trimmed = address.Trim();
        // A scheme ("https:", "data:", "javascript:") or a Windows drive ("C:") is not a relative path.
        if (trimmed.Length == 0 || trimmed[0] is '/' or '\\' or '#' or '?' || SchemePrefix().IsMatch(trimmed))
        {
            return null;
        }

        var end = trimmed.IndexOfAny(['?', '#']);
        var path = Uri.UnescapeDataString(end >= 0 ? trimmed[..end] : trimmed);
        return path.Length == 0 ? null : path.Replace('/', Path.DirectorySeparatorChar);
    }

    [System.Text.RegularExpressions.GeneratedRegex("^[A-Za-z][A-Za-z0-9+.-]*:")]
    private static partial System.Text.RegularExpressions.Regex SchemePrefix();

    /// <summary>
    /// The files a page shows or plays, and only those: images, video, audio and their text tracks.
    /// Pages, scripts and styles beside an article are never published by <c>render</c> (a frame's
    /// page is the host's to publish), nor are hidden files (<c>.env</c>, <c>.git/…</c>).
    /// </summary>
    private static readonly HashSet<string> PublishedExtensions = new(StringComparer.OrdinalIgnoreCase)
    {
        ".jpg", ".jpeg", ".png", ".gif", ".webp", ".avif", ".svg",
        ".webm", ".mp4", ".m4v", ".ogv", ".mov",
        ".mp3", ".m4a", ".ogg", ".oga", ".opus", ".wav", ".flac",
        ".vtt",
    };

    /// <summary>Why the file at <paramref name="relative"/> is never published, or null.</summary>
    private static string? Unpublishable(string relative)
    {
        if (relative.IndexOf('\0') >= 0)
        {
            return "its name holds a NUL character";
        }

        if (relative.Split(Path.DirectorySeparatorChar).Any(part => part.StartsWith('.') && part is not "." and not ".."))
        {
            return "it is a hidden file or lies in a hidden folder";
        }

        return PublishedExtensions.Contains(Path.GetExtension(relative))
            ? null
            : $"render publishes images, video, audio and captions only ({string.Join(' ', PublishedExtensions.Order(StringComparer.Ordinal))}), not '{Path.GetExtension(relative)}' files";
    }

    private static string InputRoot(InputFile file)
    {
        var full = Path.GetFullPath(file.Path);
        var depth = file.RelativePath.Split(['/', '\\'], StringSplitOptions.RemoveEmptyEntries).Length;
        var root = full;
        for (var level = 0; level < depth; level++)
        {
            root = Path.GetDirectoryName(root)!;
        }

        return root;
    }

    private static bool IsInside(string path, string folder) =>
        path.StartsWith(Path.TrimEndingDirectorySeparator(folder) + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    private static bool IsSameFile(string source, string target)
    {
        var existing = new FileInfo(target);
        var original = new FileInfo(source);
        return existing.Exists && existing.Length == original.Length && existing.LastWriteTimeUtc >= original.LastWriteTimeUtc;
    }
}
