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

        var match = HeardBlock().Match(text);
        Assert.True(match.Success, $"{path} has no '<!-- heard: site=… page=… selector=… -->' comment followed by a ```yaml block in its '## What a screen-reader user hears' section");

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
        var received = Path.ChangeExtension(path, ".received.yaml");
        if (match.Groups["tree"].Value.Trim() != actual)
        {
            await File.WriteAllTextAsync(received, actual + "\n");
        }
        else
        {
            File.Delete(received);
        }

        Assert.Equal(match.Groups["tree"].Value.Trim(), actual);
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

    [GeneratedRegex(@"## What a screen-reader user hears.*?<!-- heard: site=(?<site>static|demo) page=(?<page>\S+) selector=(?<selector>.+?) -->\n```yaml\n(?<tree>.*?)```", RegexOptions.Singleline)]
    private static partial Regex HeardBlock();

    [GeneratedRegex(@"(?<=[a-z])([A-Z])")]
    private static partial Regex KebabBoundary();
}
