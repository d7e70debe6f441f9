using A11yArticles.Components;
using A11yArticles.Importers;
using A11yArticles.Rendering;
using A11yArticles.Testing.Hosting;
using A11yArticles.Testing.Orca;
using Xunit;

namespace MySite.ScreenReaderTests;

/// <summary>What GNOME's Orca, a real screen reader, says on a story page. Linux only.</summary>
public sealed class StoryHeardByOrcaTests : IAsyncLifetime
{
    private readonly string _folder = Directory.CreateTempSubdirectory("my-site-orca-").FullName;
    private LoopbackStaticSite _site = null!;

    private const string Story = """
        Night buses return to the river towns

        Riverside — The county restored three night bus routes on Monday, after two years without a bus home after midnight.

        “People work late, and they should get home safely,” said Ana Ruiz, who drives the first route. The routes run until four in the morning.
        """;

    public async Task InitializeAsync()
    {
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
        _site = await LoopbackStaticSite.StartAsync(_folder);
    }

    public async Task DisposeAsync()
    {
        await _site.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task A_screen_reader_user_hears_the_story()
    {
        var url = _site.UrlOf("story.html").AbsoluteUri;

        // Starts an X server, D-Bus, AT-SPI, speech-dispatcher, Orca and Chromium (throws with install
        // instructions when a package is missing), and stops them all, also when an assertion fails.
        await using var orca = await OrcaScreenReader.StartAsync(url);

        await orca.AssertSkipLinkSpeaksHeadlineAsync();        // Tab, Enter: the headline, and no "clickable"
        await orca.AssertHeadingsAndBlockQuotesInOrderAsync(); // H and Q reach what the page shows, in order
        var sayAll = await orca.ReadAllFromTopAsync();          // numpad plus, from the top
        await orca.AssertQuotationsHeardOnceAsync(sayAll);
        await orca.AssertNothingHeardTwiceAsync(sayAll);

        // Or press keys yourself: each phrase comes with the key that caused it and its language.
        await orca.LoadAsync(url);
        var heard = await orca.PressAsync(OrcaKeys.Tab, OrcaKeys.Enter);
        Assert.Contains(heard, phrase => phrase.Key == OrcaKeys.Enter && phrase.Text.StartsWith("Night buses return", StringComparison.Ordinal));
        Assert.All(heard, phrase => Assert.Equal("en", phrase.Language));
    }
}
