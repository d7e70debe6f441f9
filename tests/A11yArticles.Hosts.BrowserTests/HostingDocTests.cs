using System.Text.RegularExpressions;

namespace A11yArticles.Hosts.BrowserTests;

/// <summary>docs/hosting.md shows the fixtures' real code: each block after a <c>&lt;!-- file: path --&gt;</c> line is that whole file.</summary>
public sealed partial class HostingDocTests
{
    public static TheoryData<string> Samples
    {
        get
        {
            var data = new TheoryData<string>();
            foreach (Match match in Sample().Matches(Document))
            {
                data.Add(match.Groups["path"].Value);
            }

            return data;
        }
    }

    private static string Document => File.ReadAllText(Path.Combine(HostSites.RepositoryRoot, "docs", "hosting.md")).ReplaceLineEndings("\n");

    [Fact]
    public void The_document_shows_every_host_kind_with_fixture_code()
    {
        var count = Sample().Matches(Document).Count;
        Assert.True(count >= 20, $"docs/hosting.md has {count} fixture samples");
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Sample_is_the_fixtures_file(string path)
    {
        var sample = Sample().Matches(Document).Single(match => match.Groups["path"].Value == path).Groups["code"].Value;
        var file = File.ReadAllText(Path.Combine(HostSites.RepositoryRoot, path)).ReplaceLineEndings("\n").TrimEnd('\n');

        Assert.Equal(file, sample);
    }

    [GeneratedRegex(@"<!-- file: (?<path>\S+) -->\n\n```\w+\n(?<code>.*?)\n```", RegexOptions.Singleline)]
    private static partial Regex Sample();
}
