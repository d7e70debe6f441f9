using A11yArticles.Rendering;
using A11yArticles.TestSupport;

namespace A11yArticles.Components.Tests.Snapshots;

public sealed class SeedPageSnapshotTests
{
    public static TheoryData<string> Pages => new(SeedPages.Names);

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Every_seed_page_matches_its_approved_snapshot(string page)
    {
        var html = await ArticleRenderer.RenderPageAsync(SeedPages.Article(page));

        HtmlSnapshot.Matches(html, Path.GetFileNameWithoutExtension(page));
    }

    [Fact]
    public void Every_seed_has_a_snapshot_and_every_snapshot_a_seed()
    {
        var folder = Path.GetDirectoryName(HtmlSnapshot.VerifiedPath("x"))!;
        var snapshots = Directory.EnumerateFiles(folder, "*.verified.html").Select(f => Path.GetFileName(f)[..^".verified.html".Length]).Order(StringComparer.Ordinal);

        Assert.Equal(SeedPages.Names.Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal), snapshots);
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
