namespace A11yArticles.Cli.Batch;

/// <summary>
/// Writes files so that a reader never sees half of one: to a temporary file in the same folder,
/// then moved into place, and only while the file's <see cref="FileBudget"/> (if any) has not
/// expired, so that work abandoned at its <c>--timeout</c> writes nothing.
/// </summary>
internal static class AtomicFile
{
    public static async Task WriteAllTextAsync(string path, string content, CancellationToken cancellationToken)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
        Directory.CreateDirectory(folder);
        var temporary = Path.Combine(folder, $".{Path.GetFileName(path)}.{Guid.NewGuid():N}.tmp");
        try
        {
            await File.WriteAllTextAsync(temporary, content, cancellationToken);
            if (FileBudget.Current?.TryCommit() == false)
            {
                throw new OperationCanceledException($"{path} was not written: its file's time budget ran out");
            }

            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    /// <summary>Copies <paramref name="source"/> to <paramref name="path"/> the same way: whole or not at all.</summary>
    public static async Task CopyAsync(string source, string path, CancellationToken cancellationToken)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
        Directory.CreateDirectory(folder);
        var temporary = Path.Combine(folder, $".{Path.GetFileName(path)}.{Guid.NewGuid():N}.tmp");
        try
        {
            await using (var from = new FileStream(source, FileMode.Open, FileAccess.Read, FileShare.Read, 81920, useAsync: true))
            await using (var to = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, useAsync: true))
            {
                await from.CopyToAsync(to, cancellationToken);
            }

            if (FileBudget.Current?.TryCommit() == false)
            {
                throw new OperationCanceledException($"{path} was not written: its file's time budget ran out");
            }

            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
    }
}
