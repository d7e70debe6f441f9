using System.Diagnostics;
using A11yArticles.Cli.Batch;

namespace A11yArticles.Cli.Tests.Batch;

public sealed class GitChangesTests : IDisposable
{
    private readonly string _repo = Directory.CreateTempSubdirectory("a11y-git-").FullName;

    public void Dispose() => Directory.Delete(_repo, recursive: true);

    private void Git(params string[] arguments)
    {
        var start = new ProcessStartInfo("git") { WorkingDirectory = _repo, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in (string[])["-c", "user.name=Test", "-c", "user.email=test@example.org", .. arguments])
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"git {string.Join(' ', arguments)}: {process.StandardError.ReadToEnd()}");
    }

    private void Write(string relative, string text) => File.WriteAllText(Path.Combine(_repo, relative), text);

    [Fact]
    public async Task Changed_staged_and_new_files_since_a_commit_are_found_and_deleted_ones_are_not()
    {
        Git("init", "-q");
        Write("same.html", "1");
        Write("edited.html", "1");
        Write("deleted.html", "1");
        Git("add", ".");
        Git("commit", "-q", "-m", "base");
        Git("tag", "base");
        Write("edited.html", "2");
        Write("new.html", "2");
        File.Delete(Path.Combine(_repo, "deleted.html"));

        var changed = await GitChanges.SinceAsync("base", _repo, CancellationToken.None);

        Assert.Equal(
            new[] { "edited.html", "new.html" }.Select(f => Path.GetFullPath(Path.Combine(_repo, f))).Order(),
            changed.Order());
    }

    [Fact]
    public async Task An_unknown_ref_is_a_clear_error()
    {
        Git("init", "-q");

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => GitChanges.SinceAsync("no-such-ref", _repo, CancellationToken.None));

        Assert.Contains("git diff", error.Message, StringComparison.Ordinal);
    }
}
