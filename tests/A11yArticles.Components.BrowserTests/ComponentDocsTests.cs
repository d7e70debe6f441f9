using System.Text.RegularExpressions;
using A11yArticles.TestSupport;
using Xunit.Abstractions;

namespace A11yArticles.Components.BrowserTests;

/// <summary>
/// Each component's doc (docs/components/NAME.md) says what a screen-reader user hears, as the
/// accessibility tree that Chromium builds for the rendered seed page (Playwright's ARIA snapshot).
/// This test keeps those outlines true: a change to the markup that changes what is heard fails
/// here until the doc is updated.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed partial class ComponentDocsTests(RenderedSeedSite site, ITestOutputHelper output)
{
    [Theory]
    [InlineData("article-page.md", "body")]
    [InlineData("article-view.md", "article")]
    public async Task Documented_screen_reader_outline_matches_chromium(string doc, string selector)
    {
        var path = Path.Combine(RepositoryRoot(), "docs", "components", doc);
        var match = HeardBlock().Match(await File.ReadAllTextAsync(path));
        Assert.True(match.Success, $"{path} has no '## What a screen-reader user hears' section with a ```yaml block");

        var page = await site.Browser.NewPageAsync();
        await page.GotoAsync(site.UrlOf(Seeds.AmloWelcomesHarris));
        var actual = await page.Locator(selector).AriaSnapshotAsync();
        await page.Context.CloseAsync();

        output.WriteLine(actual);
        Assert.Equal(match.Groups["tree"].Value.Trim().ReplaceLineEndings("\n"), actual.Trim().ReplaceLineEndings("\n"));
    }

    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "A11yArticles.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"A11yArticles.sln not found above {AppContext.BaseDirectory}; the docs tests run from a clone of the repository.");
    }

    [GeneratedRegex(@"## What a screen-reader user hears.*?```yaml\n(?<tree>.*?)```", RegexOptions.Singleline)]
    private static partial Regex HeardBlock();
}
