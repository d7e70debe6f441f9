using Microsoft.Extensions.FileSystemGlobbing;

namespace A11yArticles.Cli.Batch;

/// <summary>One file to process, with the path relative to the input it came from (for output names).</summary>
/// <param name="Path">The file's path as the user can read it.</param>
/// <param name="RelativePath">Its path relative to the folder or glob root it was found under, or its file name.</param>
internal sealed record InputFile(string Path, string RelativePath);

/// <summary>
/// Turns the inputs of a command line (files, folders, globs such as <c>site/**/*.html</c>) into
/// the ordered list of files to process. Folders are searched recursively for the given extensions.
/// An input that matches nothing is an error, reported, never silently ignored.
/// </summary>
internal static class InputFiles
{
    public static (IReadOnlyList<InputFile> Files, IReadOnlyList<string> Errors) Expand(
        IEnumerable<string> inputs,
        IReadOnlyCollection<string> extensions)
    {
        var files = new List<InputFile>();
        var errors = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);

        void Add(string path, string relative)
        {
            if (seen.Add(System.IO.Path.GetFullPath(path)))
            {
                files.Add(new InputFile(path, relative));
            }
        }

        foreach (var input in inputs)
        {
            if (IsGlob(input))
            {
                var (root, pattern) = SplitGlob(input);
                var matcher = new Matcher(StringComparison.Ordinal);
                matcher.AddInclude(pattern);
                var matches = Directory.Exists(root)
                    ? matcher.GetResultsInFullPath(root).Where(path => !IsHidden(System.IO.Path.GetRelativePath(root, path))).Order(StringComparer.Ordinal).ToList()
                    : [];
                if (matches.Count == 0)
                {
                    errors.Add($"{input}: no file matches this pattern");
                }

                foreach (var match in matches)
                {
                    Add(System.IO.Path.Combine(root, System.IO.Path.GetRelativePath(root, match)), System.IO.Path.GetRelativePath(root, match));
                }
            }
            else if (Directory.Exists(input))
            {
                var found = FilesBelow(input)
                    .Where(path => extensions.Contains(System.IO.Path.GetExtension(path).ToLowerInvariant()))
                    .Where(path => !IsHidden(System.IO.Path.GetRelativePath(input, path)))
                    .Order(StringComparer.Ordinal)
                    .ToList();
                if (found.Count == 0)
                {
                    errors.Add($"{input}: the folder holds no files of the supported kinds ({string.Join(", ", extensions)})");
                }

                foreach (var path in found)
                {
                    Add(path, System.IO.Path.GetRelativePath(input, path));
                }
            }
            else
            {
                // A plain file, or a missing one: the command reports a missing file when it reads it.
                Add(input, System.IO.Path.GetFileName(input));
            }
        }

        return (files, errors);
    }

    /// <summary>
    /// Every file below a folder. Symbolic links to folders are followed once: a folder already
    /// visited (a link loop, or a second link to the same folder) is not entered again, so a loop
    /// can neither hang the walk nor list a file twice. Folders that cannot be read are skipped.
    /// </summary>
    private static IEnumerable<string> FilesBelow(string root)
    {
        var visited = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>();
        pending.Push(root);
        while (pending.Count > 0)
        {
            var folder = pending.Pop();
            if (!visited.Add(RealPath(folder)))
            {
                continue;
            }

            string[] files, folders;
            try
            {
                files = Directory.GetFiles(folder);
                folders = Directory.GetDirectories(folder);
            }
            catch (Exception error) when (error is IOException or UnauthorizedAccessException)
            {
                continue;
            }

            foreach (var file in files)
            {
                yield return file;
            }

            foreach (var sub in folders.OrderDescending(StringComparer.Ordinal))
            {
                pending.Push(sub);
            }
        }
    }

    /// <summary>The path of a folder or file with every symbolic link resolved (a dangling link: its own path).</summary>
    internal static string RealPath(string folder)
    {
        var full = System.IO.Path.GetFullPath(folder);
        try
        {
            // Resolve the links of each part of the path, from the root down.
            var resolved = System.IO.Path.GetPathRoot(full)!;
            foreach (var part in full[resolved.Length..].Split(System.IO.Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries))
            {
                var next = System.IO.Path.Combine(resolved, part);
                var target = new DirectoryInfo(next).ResolveLinkTarget(returnFinalTarget: true);
                resolved = target is null ? next : System.IO.Path.GetFullPath(target.FullName);
            }

            return resolved;
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            return full;
        }
    }

    public static bool IsGlob(string input) => input.IndexOfAny(['*', '?', '[']) >= 0;

    /// <summary>Splits <c>site/news/**/*.html</c> into the folder to search (<c>site/news</c>) and the pattern (<c>**/*.html</c>).</summary>
    private static (string Root, string Pattern) SplitGlob(string input)
    {
        var parts = input.Replace('\\', '/').Split('/');
        var literal = parts.TakeWhile(part => !IsGlob(part)).ToList();
        var root = literal.Count == 0 ? "." : string.Join('/', literal);
        if (root.Length == 0)
        {
            root = "/";
        }

        return (root, string.Join('/', parts.Skip(literal.Count)));
    }

    /// <summary>Files and folders whose names start with a dot (.git, .cache) are not content.</summary>
    private static bool IsHidden(string relativePath) =>
        relativePath.Split(System.IO.Path.DirectorySeparatorChar, System.IO.Path.AltDirectorySeparatorChar).Any(part => part.StartsWith('.'));
}
