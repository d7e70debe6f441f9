using System.Text.RegularExpressions;
using A11yArticles.Importers.Markdown;
using A11yArticles.Model;

namespace A11yArticles.Importers.Tests.Markdown;

/// <summary>
/// Every <c>```markdown</c> example of docs/importers.md imports without an error or a warning, so the
/// documented syntax is the syntax the importer reads. An example without a headline is imported
/// after one.
/// </summary>
public sealed partial class MarkdownDocsExamplesTests
{
    public static TheoryData<int, string> Examples()
    {
        var data = new TheoryData<int, string>();
        var lines = File.ReadAllLines(Path.Combine(RepositoryRoot(), "docs", "importers.md"));
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].Trim() != "```markdown")
            {
                continue;
            }

            var end = Array.FindIndex(lines, i + 1, line => line.Trim() == "```");
            data.Add(i + 1, string.Join('\n', lines[(i + 1)..end]));
            i = end;
        }

        return data;
    }

    [Fact]
    public void The_docs_show_the_media_syntax()
    {
        var all = string.Join('\n', Examples().Select(row => (string)row[1]));
        Assert.Contains("::: embed", all, StringComparison.Ordinal);
        Assert.Contains("::: video", all, StringComparison.Ordinal);
        Assert.Contains("::: audio", all, StringComparison.Ordinal);
        Assert.Contains("::: description", all, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Each_markdown_example_imports_cleanly(int line, string example)
    {
        var source = example.StartsWith("# ", StringComparison.Ordinal) || example.StartsWith("---", StringComparison.Ordinal)
            ? example
            : "# Headline\n\nA paragraph before the example.\n\n" + example;

        var result = MarkdownImporter.Parse(source, $"docs/importers.md:{line}");

        Assert.Empty(result.Warnings);
        var kinds = result.Article.AllBlocks.Select(block => block.GetType()).ToHashSet();
        foreach (Match container in ContainerName().Matches(example))
        {
            var expected = container.Groups["name"].Value switch
            {
                "embed" => typeof(EmbedBlock),
                "video" or "audio" => typeof(MediaBlock),
                _ => null,
            };
            Assert.True(expected is null || kinds.Contains(expected), $"line {line}: '::: {container.Groups["name"].Value}' gave no {expected?.Name}");
        }

        if (example.Contains("::: description", StringComparison.Ordinal))
        {
            Assert.Contains(result.Article.AllBlocks, block => block is FigureBlock { LongDescription.IsEmpty: false });
        }
    }

    [GeneratedRegex(@"^::: (?<name>\w+)", RegexOptions.Multiline)]
    private static partial Regex ContainerName();

    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "A11yArticles.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"No A11yArticles.sln above {AppContext.BaseDirectory}.");
    }
}
