using A11yArticles.Cli.Batch;

namespace A11yArticles.Cli.Tests.Batch;

public sealed class InputFilesTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("a11y-inputs-").FullName;

    public InputFilesTests()
    {
        foreach (var file in new[] { "a.txt", "b.md", "news/c.txt", "news/2024/d.txt", "news/e.html", ".git/f.txt", "news/.cache/g.txt" })
        {
            var path = Path.Combine(_root, file);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, "x");
        }
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private string P(string relative) => Path.Combine(_root, relative);

    [Fact]
    public void A_folder_is_searched_recursively_for_the_given_extensions_skipping_hidden_folders()
    {
        var (files, errors) = InputFiles.Expand([_root], [".txt"]);

        Assert.Empty(errors);
        Assert.Equal(["a.txt", Path.Combine("news", "2024", "d.txt"), Path.Combine("news", "c.txt")], files.Select(f => f.RelativePath));
    }

    [Fact]
    public void A_glob_matches_relative_to_its_literal_prefix()
    {
        var (files, errors) = InputFiles.Expand([P("news") + "/**/*.txt"], [".txt"]);

        Assert.Empty(errors);
        Assert.Equal([Path.Combine("2024", "d.txt"), "c.txt"], files.Select(f => f.RelativePath));
        Assert.All(files, f => Assert.True(File.Exists(f.Path)));
    }

    [Fact]
    public void Inputs_that_match_nothing_are_errors()
    {
        Directory.CreateDirectory(P("empty"));

        var (files, errors) = InputFiles.Expand([P("empty"), P("news") + "/*.pdf"], [".txt"]);

        Assert.Empty(files);
        Assert.Equal(2, errors.Count);
        Assert.Contains("the folder holds no files", errors[0], StringComparison.Ordinal);
        Assert.Contains("no file matches this pattern", errors[1], StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_named_twice_is_processed_once_and_a_missing_file_is_kept_for_the_command_to_report()
    {
        var (files, errors) = InputFiles.Expand([P("a.txt"), P("a.txt"), P("missing.txt")], [".txt"]);

        Assert.Empty(errors);
        Assert.Equal([P("a.txt"), P("missing.txt")], files.Select(f => f.Path));
    }
}
