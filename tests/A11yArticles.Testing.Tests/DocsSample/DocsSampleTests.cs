namespace A11yArticles.Testing.Tests.DocsSample;

/// <summary>
/// docs/testing.md shows a complete test class for a host site. This project compiles and runs that
/// class (StoryPageTests.cs); this test keeps the doc's code block identical to it.
/// </summary>
public sealed class DocsSampleTests
{
    [Fact]
    public void The_example_in_docs_testing_md_is_the_compiled_StoryPageTests()
    {
        var root = GoldenFile.RepositoryRoot();
        var doc = File.ReadAllText(Path.Combine(root, "docs", "testing.md")).ReplaceLineEndings("\n");
        const string marker = "<!-- This block is tests/A11yArticles.Testing.Tests/DocsSample/StoryPageTests.cs; a test keeps them identical. -->\n```csharp\n";
        var start = doc.IndexOf(marker, StringComparison.Ordinal);
        Assert.True(start >= 0, "docs/testing.md has lost the marker before its example test class");
        start += marker.Length;
        var end = doc.IndexOf("```\n", start, StringComparison.Ordinal);

        var sample = File.ReadAllText(Path.Combine(root, "tests", "A11yArticles.Testing.Tests", "DocsSample", "StoryPageTests.cs")).ReplaceLineEndings("\n");

        Assert.Equal(sample, doc[start..end]);
    }
}
