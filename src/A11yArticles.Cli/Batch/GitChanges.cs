using System.Diagnostics;

namespace A11yArticles.Cli.Batch;

/// <summary>
/// The files changed since a git commit (<c>--changed-since main</c>): committed, staged and
/// unstaged changes and new untracked files, so that CI checks only the pages a change touched.
/// </summary>
internal static class GitChanges
{
    public static async Task<IReadOnlySet<string>> SinceAsync(string gitRef, string workingDirectory, CancellationToken cancellationToken)
    {
        var top = (await GitAsync(workingDirectory, cancellationToken, "rev-parse", "--show-toplevel")).Trim();
        var changed = await GitAsync(top, cancellationToken, "diff", "--name-only", "--no-renames", "--diff-filter=d", gitRef, "--");
        var untracked = await GitAsync(top, cancellationToken, "ls-files", "--others", "--exclude-standard");
        return changed.Split('\n').Concat(untracked.Split('\n'))
            .Where(line => line.Length > 0)
            .Select(line => Path.GetFullPath(Path.Combine(top, line)))
            .ToHashSet(StringComparer.Ordinal);
    }

    private static async Task<string> GitAsync(string workingDirectory, CancellationToken cancellationToken, params string[] arguments)
    {
        var start = new ProcessStartInfo("git") { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException("git did not start");
        }
        catch (System.ComponentModel.Win32Exception error)
        {
            throw new InvalidOperationException($"--changed-since needs git on the PATH: {error.Message}", error);
        }

        using (process)
        {
            var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
            var errors = process.StandardError.ReadToEndAsync(cancellationToken);
            await process.WaitForExitAsync(cancellationToken);
            if (process.ExitCode != 0)
            {
                throw new InvalidOperationException($"git {string.Join(' ', arguments)} failed: {(await errors).Trim()}");
            }

            return await output;
        }
    }
}
