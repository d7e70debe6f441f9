using A11yArticles.TestSupport;

namespace A11yArticles.Cli.Tests.Commands;

/// <summary>
/// Issue 15's hostile corpus (<see cref="HostilePages"/>), through the real commands: each input has
/// a defined outcome (a page and a check, or a clear error naming the file and a non-zero exit),
/// within its time budget as the CLI itself enforces it (<c>--timeout</c>: a file over budget is an
/// error these tests would see), never a crash, never half a file.
/// </summary>
public sealed class HostileInputTests : IDisposable
{
    /// <summary>
    /// Generous: a hostile page of 200 KB takes about a second, a stall for ever; the machines that
    /// run the tests are shared and often loaded ten times over, which this must survive.
    /// </summary>
    private const string Budget = "180";

    private readonly string _work = Directory.CreateTempSubdirectory("a11y-hostile-").FullName;
    private readonly StringWriter _stdout = new();
    private readonly StringWriter _stderr = new();

    // A recursive delete removes symbolic links without following them.
    public void Dispose() => Directory.Delete(_work, recursive: true);

    private Task<int> Run(params string[] args) => CliApplication.RunAsync(args, _stdout, _stderr);

    public static TheoryData<string> Names() => [.. HostilePages.All.Select(input => input.Name)];

    private static HostileInput Input(string name) => HostilePages.All.Single(input => input.Name == name);

    private string Write(HostileInput input, string folder = "in")
    {
        var path = Path.Combine(_work, folder, input.Name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, input.Bytes);
        return path;
    }

    [Theory]
    [MemberData(nameof(Names))]
    public async Task Render_gives_each_hostile_input_its_defined_outcome_within_budget(string name)
    {
        var input = Input(name);
        var path = Write(input);
        var output = Path.Combine(_work, "out");

        var exitCode = await Run("render", path, "--out", output, "--timeout", Budget, "--parallel", "1");

        var stderr = _stderr.ToString();
        Assert.DoesNotContain("time budget", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("unexpected failure", stderr, StringComparison.Ordinal);
        var page = Path.Combine(output, Path.ChangeExtension(input.Name, ".html"));
        if (input.RenderError is { } error)
        {
            Assert.Equal(1, exitCode);
            Assert.Contains($"error: {path}: ", stderr, StringComparison.Ordinal);
            Assert.Contains(error, stderr, StringComparison.Ordinal);
            Assert.False(File.Exists(page));
        }
        else
        {
            Assert.True(exitCode == 0, stderr);
            Assert.True(File.Exists(page));
            Assert.EndsWith("</html>", File.ReadAllText(page).TrimEnd(), StringComparison.Ordinal);
        }

        if (input.Warning is { } warning && input.RenderError is null)
        {
            Assert.Contains($"warning: {path}: ", stderr, StringComparison.Ordinal);
            Assert.Contains(warning, stderr, StringComparison.Ordinal);
        }

        AssertNoTemporaryFiles();
    }

    [Theory]
    [MemberData(nameof(Names))]
    public async Task Check_gives_each_hostile_page_its_defined_outcome_within_budget(string name)
    {
        var input = Input(name);
        if (Path.GetExtension(input.Name) != ".html")
        {
            return;
        }

        var path = Write(input);

        var exitCode = await Run("check", path, "--timeout", Budget, "--parallel", "1", "--quiet");

        var stderr = _stderr.ToString();
        Assert.DoesNotContain("time budget", stderr, StringComparison.Ordinal);
        if (input.CheckError is { } error)
        {
            Assert.Equal(2, exitCode);
            Assert.Contains($"error: {path}: ", stderr, StringComparison.Ordinal);
            Assert.Contains(error, stderr, StringComparison.Ordinal);
            Assert.Contains("0 file(s) checked", _stdout.ToString(), StringComparison.Ordinal);
        }
        else
        {
            // Checked: 0 (no error found) or 1 (findings), never 2 (not checked).
            Assert.True(exitCode is 0 or 1, stderr);
            Assert.Contains("1 file(s) checked", _stdout.ToString(), StringComparison.Ordinal);
            Assert.DoesNotContain("error:", stderr, StringComparison.Ordinal);
        }

        if (input.Warning is { } warning)
        {
            Assert.Contains($"warning: {path}: ", stderr, StringComparison.Ordinal);
            Assert.Contains(warning, stderr, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task The_whole_corpus_in_one_batch_goes_on_past_every_bad_file_and_counts_them()
    {
        // One folder per kind, so that story.md and story.html do not both render to story.html.
        static string Folder(HostileInput input) => Path.Combine("in", Path.GetExtension(input.Name).TrimStart('.'));
        foreach (var input in HostilePages.All)
        {
            Write(input, Folder(input));
        }

        var output = Path.Combine(_work, "out");

        var exitCode = await Run("render", Path.Combine(_work, "in"), "--out", output, "--timeout", Budget, "--parallel", "2", "--quiet");

        var failing = HostilePages.All.Where(input => input.RenderError is not null).ToList();
        Assert.Equal(1, exitCode);
        Assert.True(_stdout.ToString().Contains($"Rendered {HostilePages.All.Count - failing.Count} of {HostilePages.All.Count} articles", StringComparison.Ordinal), _stdout + _stderr.ToString());
        Assert.Contains($"; {failing.Count} failed.", _stdout.ToString(), StringComparison.Ordinal);
        foreach (var input in HostilePages.All)
        {
            Assert.Equal(input.RenderError is null, File.Exists(Path.Combine(output, Path.GetExtension(input.Name).TrimStart('.'), Path.ChangeExtension(input.Name, ".html"))));
            if (input.RenderError is { } error)
            {
                Assert.Contains($"error: {Path.Combine(_work, Folder(input), input.Name)}: ", _stderr.ToString(), StringComparison.Ordinal);
            }
        }

        AssertNoTemporaryFiles();
    }

    [Fact]
    public async Task A_symlink_loop_in_an_input_folder_is_walked_once()
    {
        var folder = Path.Combine(_work, "site");
        Directory.CreateDirectory(Path.Combine(folder, "news"));
        File.WriteAllText(Path.Combine(folder, "news", "page.html"), HostilePages.ArticlePage("<p>Linked.</p>"));
        Directory.CreateSymbolicLink(Path.Combine(folder, "news", "loop"), folder);
        Directory.CreateSymbolicLink(Path.Combine(folder, "again"), Path.Combine(folder, "news"));

        var exitCode = await Run("check", folder, "--timeout", Budget, "--quiet");

        Assert.Equal(0, exitCode);
        Assert.Contains("1 file(s) checked", _stdout.ToString(), StringComparison.Ordinal);

        exitCode = await Run("render", folder, "--out", Path.Combine(_work, "out"), "--timeout", Budget, "--quiet");
        Assert.Equal(0, exitCode);
        Assert.Contains("Rendered 1 of 1 article", _stdout.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Out_inside_the_input_folder_does_not_feed_the_pages_back_in()
    {
        var folder = Path.Combine(_work, "articles");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "story.txt"), "A story\n\n" + string.Concat(Enumerable.Repeat("The council opened the new library on Tuesday. ", 5)));
        var output = Path.Combine(folder, "site");

        Assert.Equal(0, await Run("render", folder, "--out", output, "--quiet"));
        Assert.Equal(0, await Run("render", folder, "--out", output, "--quiet"));

        Assert.Equal(["a11y-articles.css", "a11y-articles.js", "story.html"], Directory.GetFiles(output).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Empty(Directory.GetDirectories(output));
        Assert.Equal(2, _stdout.ToString().Split("Rendered 1 of 1 article", StringSplitOptions.None).Length - 1);
        Assert.Equal("", _stderr.ToString());
    }

    [Fact]
    public async Task An_out_folder_that_cannot_exist_is_one_clear_error_before_any_work()
    {
        var input = Write(Input("tiny-paragraphs.txt"));
        var file = Path.Combine(_work, "a-file");
        File.WriteAllText(file, "not a folder");

        // Under a regular file: no folder can be made there, not even by root (tests run as root, where permissions would not stop it).
        var exitCode = await Run("render", input, "--out", Path.Combine(file, "site"));

        Assert.Equal(2, exitCode);
        Assert.Equal($"error: --out {Path.Combine(file, "site")}: cannot be created: {file} is a file, not a folder{Environment.NewLine}", _stderr.ToString());
        Assert.Equal("", _stdout.ToString());

        exitCode = await Run("render", input, "--out", file);
        Assert.Equal(2, exitCode);
        Assert.Contains($"error: --out {file}: is a file, not a folder", _stderr.ToString(), StringComparison.Ordinal);
        Assert.Equal("not a folder", File.ReadAllText(file));
    }

    [Fact]
    public async Task A_page_larger_than_the_limit_is_refused_by_check_before_it_is_read()
    {
        var path = Path.Combine(_work, "huge.html");
        using (var stream = File.Create(path))
        {
            stream.SetLength(Checks.HtmlChecker.MaxPageBytes + 1L);
        }

        var exitCode = await Run("check", path, "--quiet");

        Assert.Equal(2, exitCode);
        Assert.Contains($"error: {path}: is too large (32 MiB); pages larger than 32 MiB are refused", _stderr.ToString(), StringComparison.Ordinal);
    }

    private void AssertNoTemporaryFiles() =>
        Assert.Empty(Directory.EnumerateFiles(_work, "*.tmp", SearchOption.AllDirectories));
}
