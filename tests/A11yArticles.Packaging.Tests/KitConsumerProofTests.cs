using System.Text.RegularExpressions;
using System.Xml.Linq;
using Xunit.Abstractions;

namespace A11yArticles.Packaging.Tests;

/// <summary>
/// An accessibility team's path: a fresh xunit project made by <c>dotnet new xunit</c> outside the
/// repository references the kit by version from the feed, takes the complete test classes of
/// docs/testing.md word for word (the browser one with axe, and the one that has GNOME's Orca read
/// the page), and runs them with <c>dotnet test</c>. So the documented samples work for a new user,
/// not only inside this repository's solution.
/// </summary>
[Collection(PackagingCollection.Name)]
public sealed partial class KitConsumerProofTests(PackedFeed packed, ITestOutputHelper output)
{
    /// <summary>The docs' samples wait for Orca's machine-wide lock while this repository's own Orca tests run.</summary>
    private static readonly TimeSpan TestRunTimeout = TimeSpan.FromMinutes(25);

    [Fact]
    public async Task A_fresh_test_project_runs_the_docs_samples_with_the_packaged_kit()
    {
        var project = Path.Combine(packed.Root, "KitConsumer");
        (await packed.DotnetAsync(packed.Root, "new", "xunit", "-o", project, "--no-restore")).EnsureSuccess("dotnet new xunit");
        foreach (var package in (string[])["A11yArticles.Testing", "A11yArticles.Importers", "A11yArticles.Rendering", "A11yArticles.Components"])
        {
            (await packed.DotnetAsync(project, "add", "package", package, "--version", packed.Version, "--no-restore")).EnsureSuccess($"dotnet add package {package}");
        }

        File.Delete(Path.Combine(project, "UnitTest1.cs"));
        var docs = await File.ReadAllTextAsync(Path.Combine(PackedFeed.RepositoryRoot, "docs", "testing.md"));
        var samples = DocsSamples(docs);
        Assert.True(samples.Count >= 2, $"docs/testing.md should show the browser and the Orca test classes; found {samples.Count} marked samples");
        Assert.Contains(samples, sample => sample.Code.Contains("OrcaScreenReader.StartAsync", StringComparison.Ordinal));
        foreach (var sample in samples)
        {
            await File.WriteAllTextAsync(Path.Combine(project, sample.FileName), sample.Code);
        }

        var results = Path.Combine(packed.Root, "kit-results");
        var run = await ProcessRunner.RunAsync(
            "dotnet",
            ["test", "-c", "Release", "--logger", "trx;LogFileName=kit.trx", "--results-directory", results],
            project,
            TestRunTimeout);
        output.WriteLine(run.Output);
        Assert.True(run.ExitCode == 0, $"dotnet test of the fresh project failed ({run.ExitCode}):{Environment.NewLine}{run.Output}");

        // Every sample test ran and passed (none skipped, none filtered away).
        var counters = XDocument.Load(Path.Combine(results, "kit.trx")).Descendants().Single(element => element.Name.LocalName == "Counters");
        var expected = samples.Sum(sample => TestCaseCount().Matches(sample.Code).Count);
        Assert.Equal(expected, (int)counters.Attribute("passed")!);
        Assert.Equal(expected, (int)counters.Attribute("total")!);
    }

    private sealed record DocsSample(string FileName, string Code);

    /// <summary>The C# blocks docs/testing.md marks as complete files of the repository's sample project.</summary>
    private static List<DocsSample> DocsSamples(string docs) =>
        SampleBlock().Matches(docs.ReplaceLineEndings("\n"))
            .Select(match => new DocsSample(match.Groups["file"].Value, match.Groups["code"].Value))
            .ToList();

    [GeneratedRegex(@"<!-- This block is tests/A11yArticles\.Testing\.Tests/DocsSample/(?<file>[A-Za-z]+\.cs); a test keeps them identical\. -->\n```csharp\n(?<code>.*?)```\n", RegexOptions.Singleline)]
    private static partial Regex SampleBlock();

    /// <summary>A test case of the samples: a fact, or a row of a theory.</summary>
    [GeneratedRegex(@"^\s*\[(Fact|InlineData)\b", RegexOptions.Multiline)]
    private static partial Regex TestCaseCount();
}
