namespace A11yArticles.Testing.Tests.DocsSample;

/// <summary>
/// docs/testing.md shows complete test classes for a host site. This project compiles and runs them
/// (StoryPageTests.cs, StoryHeardByOrcaTests.cs); these tests keep the doc's code blocks identical to them.
/// </summary>
public sealed class DocsSampleTests
{
    [Theory]
    [InlineData("StoryPageTests.cs")]
    [InlineData("StoryHeardByOrcaTests.cs")]
    public void The_examples_in_docs_testing_md_are_the_compiled_classes(string file)
    {
        var root = GoldenFile.RepositoryRoot();
        var doc = File.ReadAllText(Path.Combine(root, "docs", "testing.md")).ReplaceLineEndings("\n");
        var marker = $"<!-- This block is tests/A11yArticles.Testing.Tests/DocsSample/{file}; a test keeps them identical. -->\n```csharp\n";
        var start = doc.IndexOf(marker, StringComparison.Ordinal);
        Assert.True(start >= 0, $"docs/testing.md has lost the marker before its example {file}");
        start += marker.Length;
        var end = doc.IndexOf("```\n", start, StringComparison.Ordinal);

        var sample = File.ReadAllText(Path.Combine(root, "tests", "A11yArticles.Testing.Tests", "DocsSample", file)).ReplaceLineEndings("\n");

        Assert.Equal(sample, doc[start..end]);
    }
}
