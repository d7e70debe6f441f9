using System.Text;
using A11yArticles.TestSupport;
using AngleSharp.Html.Parser;

namespace A11yArticles.Cli.Tests.Commands;

public sealed class RenderCommandTests : IDisposable
{
    private readonly string _work = Directory.CreateTempSubdirectory("a11y-cli-").FullName;
    private readonly StringWriter _stdout = new();
    private readonly StringWriter _stderr = new();

    private string Out => Path.Combine(_work, "out");

    public void Dispose() => Directory.Delete(_work, recursive: true);

    private Task<int> Run(params string[] args) => CliApplication.RunAsync(args, _stdout, _stderr);

    private string WriteInput(string name, byte[] content)
    {
        var path = Path.Combine(_work, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, content);
        return path;
    }

    private string WriteInput(string name, string content) => WriteInput(name, Encoding.UTF8.GetBytes(content));

    [Fact]
    public async Task Renders_the_seed_to_a_page_with_its_assets_and_says_what_it_wrote()
    {
        var exitCode = await Run("render", Seeds.PathOf(Seeds.AmloWelcomesHarris), "--out", Out);

        Assert.Equal(0, exitCode);
        Assert.Equal("", _stderr.ToString());
        var page = Path.Combine(Out, "amlo-welcomes-harris.html");
        var lines = _stdout.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal($"Wrote {page} (9 paragraphs, 5 quotations)", lines[0]);
        Assert.Matches(@"^Rendered 1 of 1 article in \d+\.\d s\.$", lines[1]);
        Assert.Equal(["a11y-articles.css", "a11y-articles.js", "amlo-welcomes-harris.html"], Directory.GetFiles(Out).Select(Path.GetFileName).Order());

        // The page refers to the assets beside it, so it works when opened from disk.
        var document = new HtmlParser().ParseDocument(await File.ReadAllTextAsync(page));
        Assert.Equal("a11y-articles.css", document.QuerySelector("link[rel=stylesheet]")!.GetAttribute("href"));
        Assert.Equal("a11y-articles.js", document.QuerySelector("script")!.GetAttribute("src"));
        Assert.Contains(":focus", await File.ReadAllTextAsync(Path.Combine(Out, "a11y-articles.css")), StringComparison.Ordinal);
        Assert.Contains("tabindex", await File.ReadAllTextAsync(Path.Combine(Out, "a11y-articles.js")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_folder_renders_every_supported_file_in_it()
    {
        WriteInput("in/one.txt", "One\n\nBody.");
        WriteInput("in/two.md", "# Two\n\nBody in *Markdown*.");
        WriteInput("in/three.html", "<html lang=en><head><title>Three</title></head><body><article><p>Body of the third article, long enough to be an article.</p></article></body></html>");
        WriteInput("in/notes.docx", "not an article format");

        var exitCode = await Run("render", Path.Combine(_work, "in"), "--out", Out);

        Assert.Equal(0, exitCode);
        Assert.True(File.Exists(Path.Combine(Out, "one.html")));
        Assert.True(File.Exists(Path.Combine(Out, "two.html")));
        Assert.True(File.Exists(Path.Combine(Out, "three.html")));
        Assert.False(File.Exists(Path.Combine(Out, "notes.html")));
        Assert.Equal(3, _stdout.ToString().Split('\n').Count(line => line.StartsWith("Wrote ", StringComparison.Ordinal)));
        Assert.Contains("<em>Markdown</em>", await File.ReadAllTextAsync(Path.Combine(Out, "two.html")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_html_page_is_never_overwritten_by_its_own_rendering()
    {
        var page = WriteInput("site/story.html", "<html><head><title>Story</title></head><body><article><p>The words of the story, enough of them to read.</p></article></body></html>");
        var before = await File.ReadAllTextAsync(page);

        var exitCode = await Run("render", page, "--out", Path.Combine(_work, "site"));

        Assert.Equal(1, exitCode);
        Assert.Contains($"error: {page}: the page would overwrite its own source", _stderr.ToString(), StringComparison.Ordinal);
        Assert.Equal(before, await File.ReadAllTextAsync(page));
    }

    [Fact]
    public async Task Import_warnings_go_to_stderr_with_the_file_name_and_the_page_is_still_written()
    {
        var input = WriteInput("unclosed.txt", "Headline\n\nShe said “this never closes.");

        var exitCode = await Run("render", input, "--out", Out);

        Assert.Equal(0, exitCode);
        Assert.StartsWith($"warning: {input}: paragraph 1: a quotation is never closed", _stderr.ToString(), StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(Out, "unclosed.html")));
    }

    public static TheoryData<string, byte[], string> BadInputs => new()
    {
        { "empty.txt", [], "the file is empty" },
        { "blank.txt", "  \n\t\n"u8.ToArray(), "contains only whitespace" },
        { "latin1.txt", [0x48, 0x0A, 0x0A, 0x63, 0x61, 0x66, 0xE9], "is not valid UTF-8 text" },
        { "chrome-only.txt", "Skip to content\n"u8.ToArray(), "has no headline" },
        { "empty.md", [], "the file is empty" },
        { "no-heading.md", "Just a paragraph.\n"u8.ToArray(), "has no headline" },
        { "binary.html", [0x00, 0x01, 0x02, 0xFF], "looks like a binary file" },
        { "no-article.html", "<html><head><title>T</title></head><body><nav><a href=/>Home</a></nav></body></html>"u8.ToArray(), "has no article" },
    };

    [Theory]
    [MemberData(nameof(BadInputs))]
    public async Task Bad_input_is_named_on_stderr_exits_non_zero_and_writes_nothing_for_it(string name, byte[] content, string problem)
    {
        var bad = WriteInput(name, content);
        var good = WriteInput("good.txt", "Good\n\nBody.");

        var exitCode = await Run("render", bad, good, "--out", Out);

        Assert.Equal(1, exitCode);
        Assert.Equal($"error: {bad}: ", _stderr.ToString()[..$"error: {bad}: ".Length]);
        Assert.Contains(problem, _stderr.ToString(), StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(Out, Path.ChangeExtension(name, ".html"))));
        Assert.True(File.Exists(Path.Combine(Out, "good.html")), "the good input is still rendered");
        Assert.Empty(Directory.GetFiles(Out, "*.tmp"));
    }

    [Fact]
    public async Task A_missing_file_is_named_on_stderr()
    {
        var missing = Path.Combine(_work, "missing.txt");

        var exitCode = await Run("render", missing, "--out", Out);

        Assert.Equal(1, exitCode);
        Assert.Equal($"error: {missing}: file not found{Environment.NewLine}", _stderr.ToString());
        Assert.False(Directory.Exists(Out));
    }

    [Fact]
    public async Task A_folder_without_articles_is_an_error()
    {
        Directory.CreateDirectory(Path.Combine(_work, "empty"));

        var exitCode = await Run("render", Path.Combine(_work, "empty"), "--out", Out);

        Assert.Equal(1, exitCode);
        Assert.Contains("the folder holds no files of the supported kinds", _stderr.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Two_inputs_with_the_same_name_do_not_overwrite_each_other()
    {
        var first = WriteInput("a/story.txt", "First\n\nBody.");
        var second = WriteInput("b/story.txt", "Second\n\nBody.");

        var exitCode = await Run("render", first, second, "--out", Out);

        Assert.Equal(1, exitCode);
        Assert.Contains($"error: {second}: another input already renders to story.html", _stderr.ToString(), StringComparison.Ordinal);
        Assert.Contains("<h1", await File.ReadAllTextAsync(Path.Combine(Out, "story.html")), StringComparison.Ordinal);
        Assert.Contains(">First<", await File.ReadAllTextAsync(Path.Combine(Out, "story.html")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_tree_keeps_its_folders_and_pages_in_subfolders_reach_the_shared_assets()
    {
        WriteInput("site/top.txt", "Top\n\nBody.");
        WriteInput("site/news/2024/deep.txt", "Deep\n\nBody.");

        var exitCode = await Run("render", Path.Combine(_work, "site"), "--out", Out);

        Assert.Equal(0, exitCode);
        var deep = Path.Combine(Out, "news", "2024", "deep.html");
        Assert.True(File.Exists(Path.Combine(Out, "top.html")));
        var document = new HtmlParser().ParseDocument(await File.ReadAllTextAsync(deep));
        Assert.Equal("../../a11y-articles.css", document.QuerySelector("link[rel=stylesheet]")!.GetAttribute("href"));
        Assert.Equal("../../a11y-articles.js", document.QuerySelector("script")!.GetAttribute("src"));
        Assert.True(File.Exists(Path.GetFullPath(Path.Combine(Path.GetDirectoryName(deep)!, "../../a11y-articles.css"))));
    }

    [Fact]
    public async Task A_glob_selects_the_files_to_render()
    {
        WriteInput("site/a.txt", "A\n\nBody.");
        WriteInput("site/news/b.txt", "B\n\nBody.");

        var exitCode = await Run("render", Path.Combine(_work, "site") + "/news/*.txt", "--out", Out);

        Assert.Equal(0, exitCode);
        Assert.Equal(["b.html"], Directory.GetFiles(Out, "*.html", SearchOption.AllDirectories).Select(Path.GetFileName));
    }

    [Fact]
    public async Task Shards_render_disjoint_parts_of_a_tree_that_together_are_all_of_it()
    {
        for (var i = 0; i < 12; i++)
        {
            WriteInput($"site/article-{i}.txt", $"Article {i}\n\nBody.");
        }

        var pages = new List<string>();
        for (var shard = 1; shard <= 3; shard++)
        {
            var outFolder = Path.Combine(_work, $"out-{shard}");
            Assert.Equal(0, await Run("render", Path.Combine(_work, "site"), "--out", outFolder, "--shard", $"{shard}/3"));
            pages.AddRange(Directory.Exists(outFolder) ? Directory.GetFiles(outFolder, "*.html").Select(path => Path.GetFileName(path)) : []);
        }

        Assert.Equal(Enumerable.Range(0, 12).Select(i => $"article-{i}.html").Order(), pages.Order());
    }

    [Fact]
    public async Task Quiet_prints_only_errors_and_the_summary()
    {
        WriteInput("site/a.txt", "A\n\nBody.");
        WriteInput("site/b.txt", "");

        var exitCode = await Run("render", Path.Combine(_work, "site"), "--out", Out, "--quiet");

        Assert.Equal(1, exitCode);
        Assert.Matches(@"^Rendered 1 of 2 articles in \d+\.\d s; 1 failed\.\r?\n$", _stdout.ToString());
        Assert.Contains("b.txt: the file is empty", _stderr.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("render")]
    [InlineData("render", "x.txt", "--shard", "4/3")]
    [InlineData("render", "x.txt", "--parallel", "0")]
    [InlineData("render", "x.txt", "--unknown")]
    [InlineData("paint", "x.txt")]
    public async Task A_wrong_command_line_is_a_usage_error(params string[] args)
    {
        var exitCode = await Run(args);

        Assert.Equal(2, exitCode);
        Assert.StartsWith("error: ", _stderr.ToString(), StringComparison.Ordinal);
        Assert.Contains("--help", _stderr.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Help_describes_the_render_command()
    {
        var exitCode = await Run("render", "--help");

        Assert.Equal(0, exitCode);
        Assert.Contains("--out", _stdout.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("render", "--shard")]
    [InlineData("check", "--fail-on")]
    [InlineData("evaluate", "--require-targets")]
    public async Task Every_command_has_help_with_examples(string command, string option)
    {
        Assert.Equal(0, await Run(command, "--help"));

        Assert.Contains("Examples:", _stdout.ToString(), StringComparison.Ordinal);
        Assert.Contains($"a11y-articles {command} ", _stdout.ToString(), StringComparison.Ordinal);
        Assert.Contains(option, _stdout.ToString(), StringComparison.Ordinal);
    }
}
