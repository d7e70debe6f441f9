using Xunit.Abstractions;
using SeedFiles = A11yArticles.TestSupport.Seeds;

namespace A11yArticles.Testing.Tests.Kit;

/// <summary>
/// GetQuotationsAsync on the markup the components render for quotations (as DESIGN.md specifies
/// it): inline <c>q</c> with <c>data-speaker</c>, a <c>figure</c> whose <c>figcaption</c> names the
/// speaker of its <c>blockquote</c>, a blockquote citing with a <c>cite</c> element, a multi-paragraph
/// blockquote, and a pull quote hidden because it repeats the body.
/// </summary>
[Collection(BrokenPagesCollection.Name)]
public sealed class QuotationTests(SharedSeedSite shared, ITestOutputHelper output)
{
    private const string Quotations = """
        <p>The minister called it <q data-speaker="Ana Ruiz">a turning point</q> and left.</p>
        <figure class="a11y-quote"><blockquote cite="https://example.org/speech"><p>We will rebuild every school.</p><p>Every one of them.</p></blockquote><figcaption>— Ana Ruiz</figcaption></figure>
        <blockquote><p>Nothing about us without us.</p><footer><cite>Disability rights movement</cite></footer></blockquote>
        <blockquote><p>An unattributed block quotation.</p></blockquote>
        <div class="a11y-pull-quote" aria-hidden="true"><p>We will rebuild every school.</p></div>
        """;

    [Fact]
    public async Task Speakers_come_from_data_speaker_figcaption_and_cite_and_hidden_pull_quotes_are_left_out()
    {
        var html = SeedFilesHtml().Replace("<p class=\"a11y-page__back-to-top\">", Quotations + "<p class=\"a11y-page__back-to-top\">", StringComparison.Ordinal);
        var page = await shared.Site.OpenAsync(await shared.Site.AddPageAsync("quotations.html", html));
        try
        {
            var quotations = await page.GetQuotationsAsync();
            var transcript = await page.ReadAllAsync();
            foreach (var quotation in quotations)
            {
                output.WriteLine(quotation.ToString());
            }

            Assert.Equal(9, quotations.Count);
            Assert.Equal(new Quotation(QuotationKind.Inline, "“a turning point”", "Ana Ruiz"), quotations[5]);
            Assert.Equal(new Quotation(QuotationKind.Block, "We will rebuild every school. Every one of them.", "Ana Ruiz"), quotations[6]);
            Assert.Equal(new Quotation(QuotationKind.Block, "Nothing about us without us. Disability rights movement", "Disability rights movement"), quotations[7]);
            Assert.Equal(new Quotation(QuotationKind.Block, "An unattributed block quotation.", null), quotations[8]);
            // The seed's text names Harris as the speaker of four quotations; "said the president" is ambiguous.
            Assert.Equal(["Harris", "Harris", "Harris", "Harris", null], quotations.Take(5).Select(quotation => quotation.Speaker));

            Assert.Single(transcript.Lines, line => line.Text == "“a turning point”");
            Assert.Single(transcript.Lines, line => line.Text == "We will rebuild every school.");
            Assert.Contains(transcript.Lines, line => line.Role == "blockquote");
            Assert.Empty(transcript.Problems);
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    private string SeedFilesHtml() => shared.Site.HtmlOf(SeedFiles.AmloWelcomesHarris);
}
