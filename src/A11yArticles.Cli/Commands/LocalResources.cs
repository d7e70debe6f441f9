using A11yArticles.Cli.Batch;
using A11yArticles.Model;

namespace A11yArticles.Cli.Commands;

/// <summary>
/// The files an article shows or plays that sit beside its source (<c>images/bridge.jpg</c>,
/// <c>media/opening.webm</c> and its captions): <c>render</c> copies them next to the page, keeping
/// their relative paths, so the page shows no broken image when it is published or opened from disk.
/// Only files inside the folder the article was found in are copied: a published output folder must
/// never receive <c>../../secrets.txt</c> because an article asked for it.
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

            var source = Path.GetFullPath(Path.Combine(sourceFolder, relative));
            if (!IsInside(source, inputRoot))
            {
                warnings.Add($"{file.Path}: '{address}' lies outside the folder the article was found in ({inputRoot}), so it was not copied; the page will not show it");
                continue;
            }

            if (!File.Exists(source))
            {
                warnings.Add($"{file.Path}: '{address}' was not found (looked for {source}); the page will show it broken");
                continue;
            }

            var target = Path.GetFullPath(Path.Combine(pageFolder, relative));
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
