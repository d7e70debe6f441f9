using Microsoft.Playwright;
using Xunit.Abstractions;

namespace A11yArticles.Testing.Tests.ScreenReader;

/// <summary>
/// What a screen-reader user meets on every seed page, committed as golden files (landmarks, heading
/// outline, quotations, the say-all transcript), and the facts the transcript must show, asserted
/// one by one.
/// </summary>
[Collection(ScreenReaderCollection.Name)]
public sealed class ScreenReaderGoldenTests(SharedSeedSite shared, ITestOutputHelper output)
{
    private SeedSite Site => shared.Site;

    public static TheoryData<string> Seeds => new(SeedSite.SeedNames);

    [Theory]
    [MemberData(nameof(Seeds))]
    public Task Landmarks_match_the_golden_file(string seed) => OnSeedAsync(seed, async page =>
        Verify(seed, "landmarks", (await page.GetLandmarksAsync()).Select(l => l.ToString())));

    [Theory]
    [MemberData(nameof(Seeds))]
    public Task Heading_outline_matches_the_golden_file(string seed) => OnSeedAsync(seed, async page =>
        Verify(seed, "headings", (await page.GetHeadingOutlineAsync()).Select(h => h.ToString())));

    [Theory]
    [MemberData(nameof(Seeds))]
    public Task Quotations_match_the_golden_file(string seed) => OnSeedAsync(seed, async page =>
        Verify(seed, "quotations", (await page.GetQuotationsAsync()).Select(q => q.ToString())));

    [Theory]
    [MemberData(nameof(Seeds))]
    public Task Say_all_transcript_matches_the_golden_file(string seed) => OnSeedAsync(seed, async page =>
        Verify(seed, "transcript", (await page.ReadAllAsync()).Lines.Select(l => l.ToString())));

    /// <summary>The facts of the issue, on every seed: a transcript can only match its golden file if these hold too.</summary>
    [Theory]
    [MemberData(nameof(Seeds))]
    public Task Transcript_reads_skip_link_banner_main_article_headline_quotations_once_and_contentinfo_last(string seed) => OnSeedAsync(seed, async page =>
    {
        var transcript = await page.ReadAllAsync();
        var lines = transcript.Lines;
        var headline = (await page.GetHeadingOutlineAsync()).First(h => h.Level == 1).Name;
        var skipLink = await page.Locator("a").First.InnerTextAsync();
        output.WriteLine(transcript.ToString());

        Assert.Equal(new TranscriptLine("link", skipLink.Trim(), ""), lines[0]);
        var banner = IndexOf(lines, l => l.Role == "banner");
        var main = IndexOf(lines, l => l.Role == "main");
        var article = IndexOf(lines, l => l.Role == "article" && l.Name == headline);
        var heading = IndexOf(lines, l => l.Role == "heading" && l.Name == headline);
        var firstHeadingInArticle = article + 1 + IndexOf([.. lines.Skip(article + 1)], l => l.Role == "heading");
        Assert.True(banner > 0 && main > banner && article > main && heading > article && heading == firstHeadingInArticle,
            $"expected skip link, then banner, main, the article named '{headline}' and its headline; found banner at {banner}, main at {main}, article at {article}, heading at {heading}");
        Assert.Equal("level 1", lines[heading].Text);
        Assert.Single(lines, l => l.Role == "heading" && l.Text == "level 1");
        Assert.Equal("end of contentinfo", lines[^1].Role);
        Assert.Equal(IndexOf(lines, l => l.Role == "contentinfo"), lines.Select((l, i) => (l, i)).Last(x => !x.l.Role.StartsWith("end of", StringComparison.Ordinal) && x.l.Role is not ("text" or "paragraph")).i);

        var quotations = await page.GetQuotationsAsync();
        foreach (var quotation in quotations.Where(q => q.Kind == QuotationKind.Inline))
        {
            Assert.Single(lines, l => l.Text == quotation.Text);
        }

        Assert.Empty(transcript.Problems);
        var sentences = lines.Where(l => l.Role == "text" && l.Text.Split(' ').Length >= 4).Select(l => l.Text).ToList();
        Assert.Equal(sentences.Count, sentences.Distinct().Count());
    });

    [Fact]
    public Task The_seed_article_reads_all_five_quotations_once_with_their_marks() => OnSeedAsync(A11yArticles.TestSupport.Seeds.AmloWelcomesHarris, async page =>
    {
        var quotations = await page.GetQuotationsAsync();
        var lines = (await page.ReadAllAsync()).Lines;

        Assert.Equal(5, quotations.Count);
        Assert.All(quotations, q => Assert.Equal(QuotationKind.Inline, q.Kind));
        Assert.All(quotations, q => Assert.True(q.Text.StartsWith('“') && q.Text.EndsWith('”'), $"Chromium should expose the English quotation marks around {q.Text}"));
        Assert.All(quotations, q => Assert.Single(lines, l => l.Text == q.Text));
        Assert.Contains(lines, l => l.Text == "“The meeting was transcendent, beneficial for our peoples and very pleasant,”");
    });

    /// <summary>The two sources agree: jumping by heading, landmark and link (guidepup) meets what Chromium's tree lists.</summary>
    [Theory]
    [MemberData(nameof(Seeds))]
    public Task Jumping_by_heading_landmark_and_link_meets_what_chromium_lists(string seed) => OnSeedAsync(seed, async page =>
    {
        var headings = await page.JumpThroughAsync(ScreenReaderJump.Heading);
        var landmarks = await page.JumpThroughAsync(ScreenReaderJump.Landmark);
        var links = await page.JumpThroughAsync(ScreenReaderJump.Link);

        Assert.Equal((await page.GetHeadingOutlineAsync()).Select(h => $"heading, {h.Name}, level {h.Level}"), headings);
        Assert.Equal((await page.GetLandmarksAsync()).Select(l => l.Name.Length == 0 ? l.Role : $"{l.Role}, {l.Name}"), landmarks);
        Assert.Equal((await page.GetLinksAsync()).Select(l => $"link, {l.Name}"), links);
    });

    private static int IndexOf(IReadOnlyList<TranscriptLine> lines, Func<TranscriptLine, bool> match) =>
        lines.Select((line, index) => (line, index)).FirstOrDefault(x => match(x.line), (null!, -1)).Item2;

    private static void Verify(string seed, string kind, IEnumerable<string> lines) =>
        GoldenFile.Verify($"{Path.GetFileNameWithoutExtension(seed)}.{kind}", string.Concat(lines.Select(line => line + "\n")));

    private async Task OnSeedAsync(string seed, Func<IPage, Task> check)
    {
        var page = await Site.OpenAsync(Site.UrlOf(seed));
        try
        {
            await check(page);
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }
}
