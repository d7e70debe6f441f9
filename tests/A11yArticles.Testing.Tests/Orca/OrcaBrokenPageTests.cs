using A11yArticles.Testing.Orca;
using Xunit.Abstractions;
using SeedFiles = A11yArticles.TestSupport.Seeds;

namespace A11yArticles.Testing.Tests.Orca;

/// <summary>
/// Each Orca assertion fails, with a message that says what the reader heard and what is wrong, on a
/// copy of a seed page broken in one way. The unbroken pages pass the same assertions
/// (<see cref="OrcaSeedPageTests"/>), so each failure is caused by the one break.
/// </summary>
[Collection(OrcaCollection.Name)]
public sealed class OrcaBrokenPageTests(OrcaSite site, ITestOutputHelper output)
{
    private const string Footbridge = "footbridge-for-everyone.md";

    [Fact]
    public async Task Focus_on_a_main_with_text_before_its_headline_fails_saying_what_was_heard_instead()
    {
        // The script lands on the headline only when it is the target's first content; here an
        // announcement comes first, so focus stays on main and Orca says "main content".
        var failure = await FailureAsync(SeedFiles.AmloWelcomesHarris, "broken-orca-headline.html",
            html => Replace(html, "<main id=\"article-main\" class=\"a11y-page__main\">", "<main id=\"article-main\" class=\"a11y-page__main\"><p>Live coverage continues below.</p>"),
            orca => orca.AssertSkipLinkSpeaksHeadlineAsync());

        Assert.Contains("not the headline \"AMLO welcomes US Vice President Kamala Harris\"", failure.Message, StringComparison.Ordinal);
        Assert.Contains("main content", failure.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("clickable", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_click_listener_on_the_document_fails_with_the_clickable_noise()
    {
        var failure = await FailureAsync(SeedFiles.AmloWelcomesHarris, "broken-orca-clickable.html",
            html => Replace(html, "</body>", "<script>document.addEventListener('click', function () {});</script></body>"),
            orca => orca.AssertSkipLinkSpeaksHeadlineAsync());

        Assert.Single(failure.Problems);
        Assert.Contains("Orca said \"clickable\"", failure.Message, StringComparison.Ordinal);
        Assert.Contains("heading level 1 clickable", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_quotation_hidden_from_assistive_technology_fails_as_never_heard()
    {
        var failure = await FailureAsync(SeedFiles.AmloWelcomesHarris, "broken-orca-quotation-lost.html",
            html => ReplaceFirst(html, "<q data-speaker=\"Harris\">", "<q data-speaker=\"Harris\" aria-hidden=\"true\">"),
            orca => orca.AssertQuotationsHeardOnceAsync());

        Assert.Single(failure.Problems);
        Assert.Contains("quotation never heard: \"I believe that was a cruel policy", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_pull_quote_that_repeats_the_body_fails_as_heard_twice()
    {
        var failure = await FailureAsync(Footbridge, "broken-orca-pull-quote.html",
            html => Replace(html, "<h2 id=\"article-what-it-cost\"",
                "<aside aria-label=\"Pull quote\"><blockquote><p>I could follow the tactile line from one bank to the other without once having to ask for help.</p></blockquote></aside><h2 id=\"article-what-it-cost\""),
            orca => orca.AssertQuotationsHeardOnceAsync());

        Assert.Contains("quotation heard 2 times: \"I could follow the tactile line", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_speaker_hidden_from_assistive_technology_fails_as_not_heard()
    {
        var failure = await FailureAsync(Footbridge, "broken-orca-speaker.html",
            html => Replace(html, "<figcaption class=\"a11y-quote__caption\">", "<figcaption class=\"a11y-quote__caption\" aria-hidden=\"true\">"),
            orca => orca.AssertQuotationsHeardOnceAsync());

        Assert.Single(failure.Problems);
        Assert.Contains("speaker not heard", failure.Message, StringComparison.Ordinal);
        Assert.Contains("Martin Okafor", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_heading_and_a_block_quote_hidden_from_H_and_Q_fail_naming_them()
    {
        var failure = await FailureAsync(Footbridge, "broken-orca-structure.html",
            html => Replace(
                Replace(html, "<h2 id=\"article-what-walkers-say\" class=\"a11y-heading\">", "<h2 id=\"article-what-walkers-say\" class=\"a11y-heading\" role=\"presentation\">"),
                "<figure class=\"a11y-quote\"><blockquote>", "<figure class=\"a11y-quote\"><blockquote role=\"presentation\">"),
            orca => orca.AssertHeadingsAndBlockQuotesInOrderAsync());

        Assert.Equal(2, failure.Problems.Count);
        Assert.Contains("H stop 4: Orca said \"What it cost heading level 2.\", but the 4th heading shown on screen is \"What walkers say\" (level 2)", failure.Message, StringComparison.Ordinal);
        Assert.Contains("Q never reaches the 1st block quote shown on screen: \"I could follow the tactile line", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_paragraph_shown_twice_fails_as_heard_twice()
    {
        var failure = await FailureAsync(SeedFiles.AmloWelcomesHarris, "broken-orca-twice.html",
            html => Replace(html, "<p>Harris met with AMLO", "<p>The two met to discuss the bilateral agenda and migration.</p><p>Harris met with AMLO"),
            orca => orca.AssertNothingHeardTwiceAsync());

        Assert.Single(failure.Problems);
        Assert.Contains("heard twice: \"The two met to discuss the bilateral agenda and migration.\"", failure.Message, StringComparison.Ordinal);
    }

    private async Task<A11yAssertionException> FailureAsync(string seed, string name, Func<string, string> breakPage, Func<OrcaScreenReader, Task> assertion)
    {
        var url = await site.AddPageAsync(name, breakPage(site.HtmlOf(seed)));
        await using var orca = await OrcaScreenReader.StartAsync(url);
        var failure = await Assert.ThrowsAsync<A11yAssertionException>(() => assertion(orca));
        output.WriteLine(failure.Message);
        output.WriteLine(string.Join(Environment.NewLine, orca.Heard.Where(phrase => phrase.Key != OrcaScreenReader.StartKey)));
        Assert.Equal(url, failure.PageUrl);
        return failure;
    }

    private static string Replace(string html, string oldValue, string newValue)
    {
        Assert.Contains(oldValue, html, StringComparison.Ordinal);
        return html.Replace(oldValue, newValue, StringComparison.Ordinal);
    }

    private static string ReplaceFirst(string html, string oldValue, string newValue)
    {
        var at = html.IndexOf(oldValue, StringComparison.Ordinal);
        Assert.True(at >= 0, $"the seed page no longer contains {oldValue}");
        return html[..at] + newValue + html[(at + oldValue.Length)..];
    }
}
