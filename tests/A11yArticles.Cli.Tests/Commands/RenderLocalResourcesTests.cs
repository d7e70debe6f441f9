using System.Text;
using A11yArticles.Cli.Commands;
using A11yArticles.TestSupport;
using AngleSharp.Html.Parser;

namespace A11yArticles.Cli.Tests.Commands;

/// <summary>
/// <c>render</c> publishes an article's own files (images, media, captions) beside its page, so no
/// image is broken when the output folder is served or opened from disk; it never copies a file from
/// outside the folder the article was found in.
/// </summary>
public sealed class RenderLocalResourcesTests : IDisposable
{
    private readonly string _work = Directory.CreateTempSubdirectory("a11y-cli-resources-").FullName;
    private readonly StringWriter _stdout = new();
    private readonly StringWriter _stderr = new();

    private string Out => Path.Combine(_work, "out");

    public void Dispose() => Directory.Delete(_work, recursive: true);

    private Task<int> Run(params string[] args) => CliApplication.RunAsync(args, _stdout, _stderr);

    private string Write(string name, string content)
    {
        var path = Path.Combine(_work, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content, Encoding.UTF8);
        return path;
    }

    [Fact]
    public async Task The_seeds_render_with_every_local_image_beside_its_page()
    {
        var exitCode = await Run("render", Seeds.Folder, "--out", Out, "--quiet");

        Assert.True(exitCode == 0, _stderr.ToString());
        Assert.DoesNotContain("was not found", _stderr.ToString(), StringComparison.Ordinal);
        var parser = new HtmlParser();
        var checkedSources = 0;
        foreach (var page in Directory.EnumerateFiles(Out, "*.html", SearchOption.AllDirectories))
        {
            var document = parser.ParseDocument(await File.ReadAllTextAsync(page));
            foreach (var element in document.QuerySelectorAll("img[src], video[src], audio[src], source[src], track[src], iframe[src]"))
            {
                var source = element.GetAttribute("src")!;
                if (LocalResources.RelativePathOf(source) is { } relative)
                {
                    Assert.True(File.Exists(Path.Combine(Path.GetDirectoryName(page)!, relative)), $"{Path.GetFileName(page)}: <{element.LocalName} src=\"{source}\"> points at no file of the output folder");
                    checkedSources++;
                }
            }
        }

        Assert.True(checkedSources > 0, "no seed refers to a local file, so this test proves nothing");
    }

    [Fact]
    public async Task An_image_in_a_subfolder_is_copied_keeping_its_path_and_a_missing_one_is_a_warning()
    {
        Write("in/images/bridge.jpg", "jpeg bytes");
        Write("in/story.md", "# Story\n\nBody.\n\n![A bridge](images/bridge.jpg)\n\n![A lost image](images/lost.jpg)\n");

        var exitCode = await Run("render", Path.Combine(_work, "in"), "--out", Out);

        Assert.Equal(0, exitCode);
        Assert.Equal("jpeg bytes", await File.ReadAllTextAsync(Path.Combine(Out, "images", "bridge.jpg")));
        Assert.False(File.Exists(Path.Combine(Out, "images", "lost.jpg")));
        Assert.Contains($"warning: {Path.Combine(_work, "in", "story.md")}: 'images/lost.jpg' was not found", _stderr.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_file_outside_the_input_folder_is_never_copied()
    {
        Write("secret.png", "do not publish");
        Write("in/story.md", "# Story\n\nBody.\n\n![A secret](../secret.png)\n\n![Another](%2e%2e/secret.png)\n");

        var exitCode = await Run("render", Path.Combine(_work, "in"), "--out", Out);

        Assert.Equal(0, exitCode);
        Assert.Empty(Directory.EnumerateFiles(Out, "secret.png", SearchOption.AllDirectories));
        Assert.Contains("'../secret.png' lies outside the folder the article was found in", _stderr.ToString(), StringComparison.Ordinal);
        Assert.Contains("'%2e%2e/secret.png' lies outside the folder the article was found in", _stderr.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_symbolic_link_inside_the_folder_to_a_file_outside_it_is_never_followed()
    {
        Write("private/key.png", "do not publish");
        Directory.CreateDirectory(Path.Combine(_work, "in"));
        File.CreateSymbolicLink(Path.Combine(_work, "in", "logo.png"), Path.Combine(_work, "private", "key.png"));
        Directory.CreateSymbolicLink(Path.Combine(_work, "in", "assets"), Path.Combine(_work, "private"));
        Write("in/story.md", "# Story\n\nBody.\n\n![Logo](logo.png)\n\n![Key](assets/key.png)\n");

        var exitCode = await Run("render", Path.Combine(_work, "in"), "--out", Out);

        Assert.Equal(0, exitCode);
        Assert.False(File.Exists(Path.Combine(Out, "logo.png")));
        Assert.False(File.Exists(Path.Combine(Out, "assets", "key.png")));
        Assert.Contains("'logo.png' lies outside the folder", _stderr.ToString(), StringComparison.Ordinal);
        Assert.Contains("'assets/key.png' lies outside the folder", _stderr.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("![Script](frames/player.js)", "frames/player.js", "not '.js' files")]
    [InlineData("![Env](.env.png)", ".env.png", "hidden file")]
    [InlineData("![Git](.git/logo.png)", ".git/logo.png", "hidden folder")]
    [InlineData("![Nul](a%00b.png)", "a%00b.png", "NUL character")]
    public async Task Pages_hidden_files_and_bad_names_are_never_published(string markdown, string address, string why)
    {
        Write("in/" + Uri.UnescapeDataString(address).Replace("\0", "", StringComparison.Ordinal), "content");
        Write("in/story.md", $"# Story\n\nBody.\n\n{markdown}\n");

        var exitCode = await Run("render", Path.Combine(_work, "in"), "--out", Out);

        Assert.Equal(0, exitCode);
        Assert.Equal(["story.html"], Directory.EnumerateFiles(Out, "*", SearchOption.AllDirectories).Select(Path.GetFileName).Where(name => !name!.StartsWith("a11y-articles.", StringComparison.Ordinal)));
        Assert.Contains($"'{address}' was not copied", _stderr.ToString(), StringComparison.Ordinal);
        Assert.Contains(why, _stderr.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("images/a.jpg", "images/a.jpg")]
    [InlineData("media/clip%20one.webm?v=2#t=3", "media/clip one.webm")]
    [InlineData("https://example.org/a.jpg", null)]
    [InlineData("//cdn.example.org/a.jpg", null)]
    [InlineData("/site/a.jpg", null)]
    [InlineData("data:image/png;base64,AAAA", null)]
    [InlineData("#fragment", null)]
    [InlineData("C:/photos/a.jpg", null)]
    public void Only_relative_addresses_are_the_articles_own_files(string address, string? expected)
    {
        Assert.Equal(expected?.Replace('/', Path.DirectorySeparatorChar), LocalResources.RelativePathOf(address));
    }
}
