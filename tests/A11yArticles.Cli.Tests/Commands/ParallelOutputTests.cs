using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using A11yArticles.TestSupport;

namespace A11yArticles.Cli.Tests.Commands;

/// <summary>
/// Same output at any parallelism: a mixed tree (plain text, Markdown and HTML articles in nested
/// folders, pages with findings, legacy encodings, inputs that fail) rendered and checked with
/// <c>--parallel 1</c>, <c>--parallel 2</c> and as two shards gives the same bytes in every page and
/// the same findings, warnings and errors.
/// </summary>
public sealed partial class ParallelOutputTests : IDisposable
{
    private readonly string _work = Directory.CreateTempSubdirectory("a11y-parallel-").FullName;

    public void Dispose() => Directory.Delete(_work, recursive: true);

    private string Tree => Path.Combine(_work, "tree");

    private void WriteTree()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        foreach (var seed in Directory.EnumerateFiles(Seeds.Folder))
        {
            File.Copy(seed, Path.Combine(Directory.CreateDirectory(Path.Combine(Tree, "seeds")).FullName, Path.GetFileName(seed)));
        }

        for (var i = 0; i < 12; i++)
        {
            var folder = Directory.CreateDirectory(Path.Combine(Tree, "news", $"section-{i % 3}")).FullName;
            var findings = i % 2 == 0 ? "<img src=\"chart.png\"><p lang=\"xx\">Bad language.</p>" : "<p>Clean.</p>";
            File.WriteAllText(Path.Combine(folder, $"page-{i}.html"), HostilePages.ArticlePage($"<h2>Part {i}</h2><p>Page {i} of the tree. “Quoted words,” she said.</p>{findings}"));
            File.WriteAllText(Path.Combine(folder, $"note-{i}.md"), $"# Note {i}\n\nThe note number {i} says that the library opened on Tuesday, and “it was full,” said the mayor.\n\n> A quotation {i}\n");
        }

        var legacy = Directory.CreateDirectory(Path.Combine(Tree, "legacy")).FullName;
        File.WriteAllBytes(Path.Combine(legacy, "sjis.html"), Encoding.GetEncoding(932).GetBytes(HostilePages.ArticlePage("<p>新しい図書館が火曜日に開館した。</p>", "shift_jis")));
        File.WriteAllBytes(Path.Combine(legacy, "undeclared.html"), Encoding.GetEncoding(1252).GetBytes(HostilePages.ArticlePage("<p>Café, señor.</p>").Replace("<meta charset=\"utf-8\">", "", StringComparison.Ordinal)));
        File.WriteAllBytes(Path.Combine(legacy, "deep.html"), HostilePages.All.Single(input => input.Name == "deep-divs.html").Bytes);
        File.WriteAllText(Path.Combine(legacy, "empty.md"), "");
    }

    private static async Task<(int ExitCode, string Stdout, string Stderr)> Run(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exitCode = await CliApplication.RunAsync(args, stdout, stderr);
        return (exitCode, stdout.ToString(), stderr.ToString());
    }

    /// <summary>The only thing allowed to differ: the time a run took.</summary>
    private static string WithoutTimes(string text) => Seconds().Replace(text, " in # s");

    [GeneratedRegex(@" in \d+\.\d s")]
    private static partial Regex Seconds();

    private static Dictionary<string, byte[]> Files(string folder) => Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
        .ToDictionary(path => Path.GetRelativePath(folder, path), File.ReadAllBytes, StringComparer.Ordinal);

    [Fact]
    public async Task Render_writes_the_same_bytes_and_messages_at_any_parallelism_and_in_shards()
    {
        WriteTree();
        string Out(string name) => Path.Combine(_work, name);

        var one = await Run("render", Tree, "--out", Out("one"), "--parallel", "1");
        var two = await Run("render", Tree, "--out", Out("two"), "--parallel", "2");
        var first = await Run("render", Tree, "--out", Out("shards"), "--parallel", "2", "--shard", "1/2");
        var second = await Run("render", Tree, "--out", Out("shards"), "--parallel", "2", "--shard", "2/2");

        Assert.Equal(1, one.ExitCode); // deep.html and empty.md fail
        Assert.Equal(one.ExitCode, two.ExitCode);
        Assert.Equal(WithoutTimes(one.Stdout).Replace(Out("one"), "OUT", StringComparison.Ordinal), WithoutTimes(two.Stdout).Replace(Out("two"), "OUT", StringComparison.Ordinal));
        Assert.Equal(one.Stderr, two.Stderr);
        Assert.Contains("error: ", one.Stderr, StringComparison.Ordinal);
        Assert.Contains("warning: ", one.Stderr, StringComparison.Ordinal);

        var pagesOne = Files(Out("one"));
        Assert.Equal(Directory.GetFiles(Seeds.Folder).Length + 24 + 2 + 2, pagesOne.Count); // seeds, 24 news articles, 2 legacy pages (2 inputs fail), 2 assets
        Assert.Equal(pagesOne.Keys.Order(StringComparer.Ordinal), Files(Out("two")).Keys.Order(StringComparer.Ordinal));
        Assert.Equal(pagesOne.Keys.Order(StringComparer.Ordinal), Files(Out("shards")).Keys.Order(StringComparer.Ordinal));
        foreach (var (name, bytes) in pagesOne)
        {
            Assert.True(bytes.AsSpan().SequenceEqual(Files(Out("two"))[name]), $"{name} differs between --parallel 1 and 2");
            Assert.True(bytes.AsSpan().SequenceEqual(Files(Out("shards"))[name]), $"{name} differs between one run and two shards");
        }

        // The shards split the errors and warnings between them, each exactly once.
        Assert.Equal(
            one.Stderr.Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries).Order(StringComparer.Ordinal),
            (first.Stderr + second.Stderr).Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Check_reports_the_same_findings_at_any_parallelism_and_in_shards()
    {
        WriteTree();

        foreach (var format in new[] { "text", "json", "sarif" })
        {
            var one = await Run("check", Tree, "--format", format, "--parallel", "1");
            var two = await Run("check", Tree, "--format", format, "--parallel", "2");

            Assert.Equal(2, one.ExitCode); // deep.html is refused
            Assert.Equal(one.ExitCode, two.ExitCode);
            Assert.Equal(WithoutTimes(one.Stdout), WithoutTimes(two.Stdout));
            Assert.Equal(WithoutTimes(one.Stderr), WithoutTimes(two.Stderr));
        }

        var all = await Run("check", Tree, "--format", "json", "--parallel", "2");
        var first = await Run("check", Tree, "--format", "json", "--parallel", "2", "--shard", "1/2");
        var second = await Run("check", Tree, "--format", "json", "--parallel", "1", "--shard", "2/2");
        Assert.Equal(FindingsByFile(all.Stdout), FindingsByFile(first.Stdout).Concat(FindingsByFile(second.Stdout)).OrderBy(pair => pair.Key, StringComparer.Ordinal).ToList());
        Assert.Contains("A11Y-LANG-002", all.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Legacy_pages_are_rendered_and_checked_in_their_own_encoding()
    {
        WriteTree();

        var render = await Run("render", Path.Combine(Tree, "legacy", "sjis.html"), Path.Combine(Tree, "legacy", "undeclared.html"), "--out", Path.Combine(_work, "out"));
        var check = await Run("check", Path.Combine(Tree, "legacy", "sjis.html"), Path.Combine(Tree, "legacy", "undeclared.html"));

        Assert.Equal(0, render.ExitCode);
        Assert.Contains("新しい図書館が火曜日に開館した。", File.ReadAllText(Path.Combine(_work, "out", "sjis.html")), StringComparison.Ordinal);
        Assert.Contains("Café, señor.", File.ReadAllText(Path.Combine(_work, "out", "undeclared.html")), StringComparison.Ordinal);
        Assert.Equal($"warning: {Path.Combine(Tree, "legacy", "undeclared.html")}: declares no character encoding and is not UTF-8; read as windows-1252, as browsers do (declare it with <meta charset>){Environment.NewLine}", render.Stderr);
        Assert.Equal(0, check.ExitCode);
        Assert.Equal($"warning: {Path.Combine(Tree, "legacy", "undeclared.html")}: declares no character encoding and is not UTF-8; read as windows-1252, as browsers do (declare it with <meta charset>){Environment.NewLine}", check.Stderr);
    }

    private static List<KeyValuePair<string, string>> FindingsByFile(string json)
    {
        using var document = JsonDocument.Parse(json);
        return [.. document.RootElement.GetProperty("files").EnumerateArray()
            .Select(file => new KeyValuePair<string, string>(file.GetProperty("path").GetString()!, file.GetProperty("findings").GetRawText()))
            .OrderBy(pair => pair.Key, StringComparer.Ordinal)];
    }
}
