using A11yArticles.Components;
using A11yArticles.Rendering;
using A11yArticles.Importers;
using A11yArticles.Testing;
using A11yArticles.Testing.Browsers;
using A11yArticles.Testing.Hosting;
using Microsoft.Playwright;
using Xunit;

namespace MySite.AccessibilityTests;

/// <summary>One Chromium and one local site, shared by every test in the collection.</summary>
public sealed class SiteFixture : IAsyncLifetime
{
    private readonly string _folder = Directory.CreateTempSubdirectory("my-site-").FullName;

    public BrowserSession Browser { get; private set; } = null!;

    public LoopbackStaticSite Site { get; private set; } = null!;

    /// <summary>An article in plain text (the headline, then paragraphs), as a CMS might hold it.</summary>
    private const string Story = """
        AMLO welcomes US Vice President Kamala Harris

        Mexico City, Mexico — President Andrés Manuel López Obrador welcomed U.S. Vice President Kamala Harris to the National Palace Tuesday. The two met to discuss the bilateral agenda and migration.

        “The reality is we need to prioritize what’s happening at the border and we have to prioritize why people are going to the border,” she said. Harris said that she has “spent a lot of time on the border both going there, physically, and aware of the issues.”

        “I think it is short-sided for any of us who are in the business of problem solving to suggest that we are only going to respond to the reaction as opposed to addressing the cause,” she added.
        """;

    public async Task InitializeAsync()
    {
        // Your pages. Here: one article rendered with the A11yArticles components, beside its assets.
        var article = ArticleImporter.ImportText(Story, "story.txt", ArticleFormat.PlainText).Article;
        var options = new ArticlePageOptions
        {
            SiteName = "My Site",
            StylesheetHref = ArticleAssets.StylesheetFileName,
            ScriptHref = ArticleAssets.ScriptFileName,
        };
        await File.WriteAllTextAsync(Path.Combine(_folder, "story.html"), await ArticleRenderer.RenderPageAsync(article, options));
        await File.WriteAllTextAsync(Path.Combine(_folder, ArticleAssets.StylesheetFileName), ArticleAssets.ReadStylesheet());
        await File.WriteAllTextAsync(Path.Combine(_folder, ArticleAssets.ScriptFileName), ArticleAssets.ReadScript());

        Site = await LoopbackStaticSite.StartAsync(_folder); // http://127.0.0.1:<free port>/
        Browser = await A11yBrowser.LaunchAsync();           // throws with install instructions if no Chromium
    }

    public async Task DisposeAsync()
    {
        await Browser.DisposeAsync();
        await Site.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }
}

[CollectionDefinition(Name)]
public sealed class SiteCollection : ICollectionFixture<SiteFixture>
{
    public const string Name = "my site";
}

[Collection(SiteCollection.Name)]
public sealed class StoryPageTests(SiteFixture fixture) : IAsyncLifetime
{
    private IPage _page = null!;

    public async Task InitializeAsync()
    {
        _page = await fixture.Browser.NewPageAsync(); // a fresh browser context for each test
        await _page.GotoAsync(fixture.Site.UrlOf("story.html").AbsoluteUri);
    }

    public Task DisposeAsync() => _page.Context.CloseAsync();

    [Theory]
    [InlineData("light")]
    [InlineData("dark")]
    [InlineData("forced colours")]
    public async Task Axe_finds_nothing(string scheme)
    {
        if (scheme == "dark")
        {
            await _page.EmulateDarkSchemeAsync();
        }
        else if (scheme == "forced colours")
        {
            await _page.EmulateForcedColorsAsync();
        }

        await _page.AssertNoAxeViolationsAsync();
    }

    [Fact]
    public Task Skip_link_moves_focus_into_main() => _page.AssertSkipLinkAsync();

    [Fact]
    public async Task Layout_holds_at_400_percent_zoom_and_with_wider_text_spacing()
    {
        await _page.AssertReflowAsync(320);
        await _page.AssertTextSpacingAsync();
    }

    [Fact]
    public async Task Focus_is_visible_and_targets_are_big_enough()
    {
        await _page.AssertFocusVisibleAsync();
        await _page.AssertTargetSizeAsync(24);
    }

    [Fact]
    public async Task A_screen_reader_user_meets_the_story()
    {
        var landmarks = await _page.GetLandmarksAsync();
        var headings = await _page.GetHeadingOutlineAsync();
        var quotations = await _page.GetQuotationsAsync();
        var transcript = await _page.ReadAllAsync(); // fails on text read twice, merged words, lost quotations

        Assert.Equal(["banner", "main", "contentinfo"], landmarks.Select(landmark => landmark.Role));
        Assert.Equal(new HeadingEntry(1, "AMLO welcomes US Vice President Kamala Harris"), headings[0]);
        Assert.Equal(3, quotations.Count);
        Assert.Equal(new TranscriptLine("link", "Skip to main content", ""), transcript.Lines[0]);
    }
}
