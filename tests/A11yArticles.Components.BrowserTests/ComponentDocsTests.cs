using System.Text.RegularExpressions;
using Xunit.Abstractions;

namespace A11yArticles.Components.BrowserTests;

/// <summary>
/// Each component's doc (docs/components/NAME.md) says what a screen-reader user hears, as the
/// accessibility tree that Chromium builds for a real page (Playwright's ARIA snapshot). The doc names
/// the page and element in a comment, <c>&lt;!-- heard: site=static|demo page=… selector=… --&gt;</c>,
/// right before the <c>```yaml</c> block. This test keeps those outlines true: a change to the markup
/// that changes what is heard fails here until the doc is updated (the actual outline is written to
/// <c>docs/components/NAME.received.yaml</c>, git-ignored, for review).
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed partial class ComponentDocsTests(RenderedSeedSite site, ITestOutputHelper output)
{
    private static string DocsFolder => Path.Combine(RenderedSeedSite.RepositoryRoot, "docs", "components");

    public static TheoryData<string> Docs => new(Directory.EnumerateFiles(DocsFolder, "*.md").Select(Path.GetFileName).Order(StringComparer.Ordinal)!);

    [Theory]
    [MemberData(nameof(Docs))]
    public async Task Documented_screen_reader_outline_matches_chromium(string doc)
    {
        var path = Path.Combine(DocsFolder, doc);
        var text = (await File.ReadAllTextAsync(path)).ReplaceLineEndings("\n");
        foreach (var section in new[] { "## Parameters", "## Example", "## What a screen-reader user hears" })
        {
            Assert.True(text.Contains(section, StringComparison.Ordinal), $"{path} has no '{section}' section");
        }

        // Every heard block of the section is checked, not only the first.
        var heard = text[text.IndexOf("## What a screen-reader user hears", StringComparison.Ordinal)..];
        var matches = HeardBlock().Matches(heard);
        Assert.True(matches.Count > 0, $"{path} has no '<!-- heard: site=… page=… selector=… -->' comment followed by a ```yaml block in its '## What a screen-reader user hears' section");

        var received = Path.ChangeExtension(path, ".received.yaml");
        var wrong = new List<string>();
        var receivedTrees = new List<string>();
        foreach (Match match in matches)
        {
            var url = match.Groups["site"].Value == "demo" ? site.Demo.UrlOf(match.Groups["page"].Value) : site.Site.UrlOf(match.Groups["page"].Value).AbsoluteUri;
            var page = await site.Browser.NewPageAsync();
            string actual;
            try
            {
                await page.GotoAsync(url);
                actual = (await page.Locator(match.Groups["selector"].Value).First.AriaSnapshotAsync()).Trim().ReplaceLineEndings("\n");
            }
            finally
            {
                await page.Context.CloseAsync();
            }

            output.WriteLine(actual);
            receivedTrees.Add($"# {match.Groups["page"].Value} {match.Groups["selector"].Value}\n{actual}\n");
            if (match.Groups["tree"].Value.Trim() != actual)
            {
                wrong.Add($"{match.Groups["page"].Value} {match.Groups["selector"].Value}:\nexpected:\n{match.Groups["tree"].Value.Trim()}\nactual:\n{actual}");
            }
        }

        if (wrong.Count > 0)
        {
            await File.WriteAllTextAsync(received, string.Join("\n", receivedTrees));
        }
        else
        {
            File.Delete(received);
        }

        Assert.True(wrong.Count == 0, string.Join("\n\n", wrong));
    }

    /// <summary>Every component folder of the library has its doc.</summary>
    [Fact]
    public void Every_component_has_a_doc()
    {
        var library = Path.Combine(RenderedSeedSite.RepositoryRoot, "src", "A11yArticles.Components");
        var components = Directory.EnumerateDirectories(library)
            .Where(folder => Directory.EnumerateFiles(folder, "*.razor").Any() || File.Exists(Path.Combine(folder, Path.GetFileName(folder) + ".cs")))
            .Select(folder => Kebab(Path.GetFileName(folder)))
            .Order(StringComparer.Ordinal)
            .ToList();

        Assert.True(components.Count >= 20, $"found only {components.Count} component folders in {library}");
        Assert.DoesNotContain(components, name => !File.Exists(Path.Combine(DocsFolder, name + ".md")));
    }

    private static string Kebab(string name) => KebabBoundary().Replace(name, "-$1").ToLowerInvariant();

    [GeneratedRegex(@"<!-- heard: site=(?<site>static|demo) page=(?<page>\S+) selector=(?<selector>.+?) -->\n```yaml\n(?<tree>.*?)```", RegexOptions.Singleline)]
    private static partial Regex HeardBlock();

    [GeneratedRegex(@"(?<=[a-z])([A-Z])")]
    private static partial Regex KebabBoundary();
}
