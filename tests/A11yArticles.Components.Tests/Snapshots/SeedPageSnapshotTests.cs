using A11yArticles.Components.Rendering;
using A11yArticles.TestSupport;

namespace A11yArticles.Components.Tests.Snapshots;

public sealed class SeedPageSnapshotTests
{
    [Fact]
    public async Task Seed_page_matches_the_approved_snapshot()
    {
        var html = await ArticleRenderer.RenderPageAsync(TestArticles.Seed);

        HtmlSnapshot.Matches(html, Path.GetFileNameWithoutExtension(Seeds.AmloWelcomesHarris));
    }

    [Fact]
    public void Comparison_ignores_formatting_but_not_meaning()
    {
        const string expected = "<html lang=en><body><p class=a id=b>Text <q>quoted</q></p></body></html>";

        Assert.Empty(HtmlSnapshot.Compare(expected, "<html lang=\"en\">\n<body>\n  <p id=\"b\" class=\"a\">Text <q>quoted</q></p>\n</body></html>"));
        Assert.NotEmpty(HtmlSnapshot.Compare(expected, "<html lang=en><body><p class=a id=b>Text quoted</p></body></html>"));
        Assert.NotEmpty(HtmlSnapshot.Compare(expected, "<html lang=fr><body><p class=a id=b>Text <q>quoted</q></p></body></html>"));
    }
}
