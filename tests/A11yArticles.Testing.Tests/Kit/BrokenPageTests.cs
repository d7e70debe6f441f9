using A11yArticles.Testing.Checks;
using Microsoft.Playwright;
using Xunit.Abstractions;
using SeedFiles = A11yArticles.TestSupport.Seeds;

namespace A11yArticles.Testing.Tests.Kit;

/// <summary>
/// Each assertion of the kit fails, with a message that says what is wrong and where, on a copy of the
/// seed page broken in one way: the skip link, a landmark, a quotation, contrast, focus, reflow, text
/// spacing, target size, text read twice, merged words. The unbroken page passes the same assertions
/// (the browser suite), so each failure is caused by the one break.
/// </summary>
[Collection(BrokenPagesCollection.Name)]
public sealed class BrokenPageTests(SharedSeedSite shared, ITestOutputHelper output)
{
    private SeedSite Site => shared.Site;

    [Fact]
    public async Task Skip_link_to_a_missing_target_fails_naming_the_target()
    {
        var failure = await FailureOnBrokenPageAsync(
            "broken-skip-target.html",
            html => Replace(html, "href=\"#article-main\"", "href=\"#nowhere\""),
            page => page.AssertSkipLinkAsync());

        Assert.Contains("points at '#nowhere', but the page has no element with that id", failure.Message, StringComparison.Ordinal);
        Assert.Contains("with JavaScript", failure.Message, StringComparison.Ordinal);
        Assert.Contains("without JavaScript", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_link_before_the_skip_link_fails_naming_what_got_focus()
    {
        var failure = await FailureOnBrokenPageAsync(
            "broken-skip-order.html",
            html => Replace(html, "<body class=\"a11y-page\">", "<body class=\"a11y-page\"><a href=\"/\">Home</a>"),
            page => page.AssertSkipLinkAsync());

        Assert.Contains("the first Tab should land on a skip link", failure.Message, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/\"> \"Home\"", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_skip_link_that_stays_invisible_on_focus_fails()
    {
        var failure = await FailureOnBrokenPageAsync(
            "broken-skip-hidden.html",
            html => Replace(html, "</head>", "<style>.a11y-skip-link { position: absolute !important; left: -9999px !important; }</style></head>"),
            page => page.AssertSkipLinkAsync());

        Assert.Contains("has focus but is not visible", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_main_landmark_fails_axe_with_rule_element_and_help()
    {
        var failure = await FailureOnBrokenPageAsync(
            "broken-landmark.html",
            html => Replace(Replace(html, "<main ", "<div "), "</main>", "</div>"),
            async page =>
            {
                Assert.DoesNotContain(await page.GetLandmarksAsync(), landmark => landmark.Role == "main");
                await page.AssertNoAxeViolationsAsync();
            });

        Assert.Contains("landmark-one-main (moderate): Document should have one main landmark", failure.Message, StringComparison.Ordinal);
        Assert.Contains("https://dequeuniversity.com/rules/axe/", failure.Message, StringComparison.Ordinal);
        Assert.Contains("region (moderate)", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_quotation_hidden_from_screen_readers_is_reported_lost()
    {
        var failure = await FailureOnBrokenPageAsync(
            "broken-quotation.html",
            html => Replace(Replace(html, "<q data-speaker=\"Harris\">The reality", "<span aria-hidden=\"true\"><q data-speaker=\"Harris\">The reality"), "border,</q>", "border,</q></span>"),
            async page =>
            {
                Assert.Equal(4, (await page.GetQuotationsAsync()).Count);
                await page.ReadAllAsync();
            });

        Assert.Contains("quotation lost: \"The reality is we need to prioritize", failure.Message, StringComparison.Ordinal);
        Assert.Contains("shown on screen but a screen reader never reads it", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Low_contrast_text_fails_axe_naming_the_colours()
    {
        var failure = await FailureOnBrokenPageAsync(
            "broken-contrast.html",
            html => Replace(html, "</head>", "<style>.a11y-article p { color: #aaaaaa !important; }</style></head>"),
            page => page.AssertNoAxeViolationsAsync());

        Assert.Contains("color-contrast (serious)", failure.Message, StringComparison.Ordinal);
        Assert.Contains("foreground color: #aaaaaa", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Low_contrast_only_in_the_dark_scheme_fails_only_when_dark_is_emulated()
    {
        var url = await Site.AddPageAsync("broken-dark-contrast.html", Replace(
            Site.HtmlOf(SeedFiles.AmloWelcomesHarris),
            "</head>",
            "<style>@media (prefers-color-scheme: dark) { .a11y-article p { color: #444444 !important; } }</style></head>"));
        var page = await Site.OpenAsync(url);
        try
        {
            await page.AssertNoAxeViolationsAsync();
            await page.EmulateDarkSchemeAsync();
            var failure = await Assert.ThrowsAsync<A11yAssertionException>(() => page.AssertNoAxeViolationsAsync());
            output.WriteLine(failure.Message);
            Assert.Contains("color-contrast (serious)", failure.Message, StringComparison.Ordinal);
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task A_link_without_focus_style_fails_focus_visible()
    {
        var failure = await FailureOnBrokenPageAsync(
            "broken-focus.html",
            html => Replace(html, "</head>", "<style>.a11y-page__back-to-top a:focus, .a11y-page__back-to-top a:focus-visible { outline: none !important; box-shadow: none !important; background: none !important; color: var(--a11y-link) !important; text-decoration: underline !important; }</style></head>"),
            page => page.AssertFocusVisibleAsync());

        Assert.Contains("<a href=\"#top\"> \"Back to top\" (Tab stop 2) looks the same focused and unfocused", failure.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Skip to main content", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_fixed_width_element_fails_reflow()
    {
        var failure = await FailureOnBrokenPageAsync(
            "broken-reflow.html",
            html => Replace(html, "<p class=\"a11y-page__back-to-top\">", "<div class=\"wide-table\" style=\"width: 600px\">A 600 px wide box</div><p class=\"a11y-page__back-to-top\">"),
            page => page.AssertReflowAsync(320));

        Assert.Contains("the page scrolls sideways", failure.Message, StringComparison.Ordinal);
        Assert.Contains("<div class=\"wide-table\"> \"A 600 px wide box\" spans 16 to 616 px, outside the 320 px viewport", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_fixed_height_box_that_hides_overflow_fails_text_spacing()
    {
        var failure = await FailureOnBrokenPageAsync(
            "broken-spacing.html",
            html => Replace(html, "</head>", "<style>.a11y-article__location { height: 1.2em; overflow: hidden; }</style></head>"),
            page => page.AssertTextSpacingAsync());

        Assert.Contains("<p class=\"a11y-article__location\"> \"MEXICO CITY, MEXICO\" clips its text", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Small_crowded_targets_fail_target_size()
    {
        var failure = await FailureOnBrokenPageAsync(
            "broken-targets.html",
            html => Replace(html, "<p class=\"a11y-page__back-to-top\">", "<div><a href=\"#a\" style=\"display:inline-block;width:12px;height:12px;font-size:8px\">a</a><a href=\"#b\" style=\"display:inline-block;width:12px;height:12px;font-size:8px\">b</a></div><p class=\"a11y-page__back-to-top\">"),
            page => page.AssertTargetSizeAsync(24));

        Assert.Contains("<a href=\"#a\"> \"a\" is 12x12 CSS px, smaller than 24x24, and too close to <a href=\"#b\">", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_pull_quote_that_repeats_the_body_is_read_twice_unless_hidden()
    {
        const string pullQuote = "<aside aria-label=\"Pull quote\"><p>The reality is we need to prioritize what’s happening at the border</p></aside>";
        var failure = await FailureOnBrokenPageAsync(
            "broken-repeat.html",
            html => Replace(html, "<p class=\"a11y-page__back-to-top\">", pullQuote + "<p class=\"a11y-page__back-to-top\">"),
            page => page.ReadAllAsync());
        Assert.Contains("read twice: \"The reality is we need to prioritize what’s happening at the border\"", failure.Message, StringComparison.Ordinal);

        // The fix the components use: the repeat is hidden from assistive technology.
        var url = await Site.AddPageAsync("fixed-repeat.html", Replace(
            Site.HtmlOf(SeedFiles.AmloWelcomesHarris),
            "<p class=\"a11y-page__back-to-top\">",
            "<div aria-hidden=\"true\"><p>The reality is we need to prioritize what’s happening at the border</p></div><p class=\"a11y-page__back-to-top\">"));
        var page = await Site.OpenAsync(url);
        try
        {
            Assert.Empty((await page.ReadAllAsync()).Problems);
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    /// <summary>
    /// A closed disclosure's content is not in Chromium's accessibility tree (a real screen reader does
    /// not read it), so a repeat inside it is not "read twice", and its unrendered lines never
    /// "overlap" the text after it; opened, the repeat is read twice.
    /// </summary>
    [Fact]
    public async Task A_repeat_inside_a_closed_disclosure_is_not_read_twice_until_it_is_opened()
    {
        const string sentence = "The reality is we need to prioritize what’s happening at the border";
        var url = await Site.AddPageAsync("closed-disclosure-repeat.html", Replace(
            Site.HtmlOf(SeedFiles.AmloWelcomesHarris),
            "<p class=\"a11y-page__back-to-top\">",
            $"<details id=\"history\"><summary>Page history</summary><p>{sentence}</p></details><p class=\"a11y-page__back-to-top\">"));
        var page = await Site.OpenAsync(url);
        try
        {
            Assert.Empty((await page.ReadAllAsync()).Problems);
            await page.AssertTextSpacingAsync();

            await page.EvaluateAsync("() => document.getElementById('history').open = true");
            var opened = await page.ReadAllAsync(new ReadAllOptions { FailOnProblems = false });
            Assert.Contains(opened.Problems, problem => problem.StartsWith($"read twice: \"{sentence}\"", StringComparison.Ordinal));
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task A_link_elsewhere_that_repeats_text_is_read_twice_but_a_signpost_to_its_heading_is_not()
    {
        const string heading = "<h2 id=\"opening-hours-and-prices\">Opening hours and ticket prices</h2>";
        var failure = await FailureOnBrokenPageAsync(
            "broken-link-repeat.html",
            html => Replace(html, "<p class=\"a11y-page__back-to-top\">", "<p><a href=\"/elsewhere\">Opening hours and ticket prices</a></p>" + heading + "<p class=\"a11y-page__back-to-top\">"),
            page => page.ReadAllAsync());
        Assert.Contains("read twice: \"Opening hours and ticket prices\"", failure.Message, StringComparison.Ordinal);

        // A table-of-contents entry: a same-page link named like the heading it leads to.
        var url = await Site.AddPageAsync("signpost.html", Replace(
            Site.HtmlOf(SeedFiles.AmloWelcomesHarris),
            "<p class=\"a11y-page__back-to-top\">",
            "<nav aria-label=\"Contents\"><a href=\"#opening-hours-and-prices\">Opening hours and ticket prices</a></nav>" + heading + "<p class=\"a11y-page__back-to-top\">"));
        var page = await Site.OpenAsync(url);
        try
        {
            Assert.Empty((await page.ReadAllAsync()).Problems);
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task Visually_hidden_text_without_a_space_merges_words()
    {
        var failure = await FailureOnBrokenPageAsync(
            "broken-merge.html",
            html => Replace(html, "<p class=\"a11y-article__location\">Mexico City, Mexico</p>", "<p class=\"a11y-article__location\"><span class=\"visually-hidden\">Dateline</span>Mexico City, Mexico</p>"),
            page => page.ReadAllAsync());

        Assert.Contains("words merge: \"Dateline\" and \"Mexico City, Mexico\" meet without a space, so a screen reader reads \"DatelineMexico\"", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_static_check_runs_on_the_page_html_in_the_same_call_as_axe()
    {
        var check = new NoInlineStyleCheck();
        var url = await Site.AddPageAsync("broken-inline-style.html", Replace(
            Site.HtmlOf(SeedFiles.AmloWelcomesHarris), "<p class=\"a11y-page__back-to-top\">", "<p class=\"a11y-page__back-to-top\" style=\"margin: 0\">"));
        var page = await Site.OpenAsync(url);
        try
        {
            var failure = await Assert.ThrowsAsync<A11yAssertionException>(() => page.AssertNoAxeViolationsAsync(new AxeAssertionOptions { StaticCheck = check }));
            output.WriteLine(failure.Message);

            Assert.Equal(url, check.CheckedUrl);
            Assert.Contains("static check: inline style at character", failure.Message, StringComparison.Ordinal);
            Assert.DoesNotContain("color-contrast", failure.Message, StringComparison.Ordinal);
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    /// <summary>A small, real static check (the kind A11yArticles.Checks provides): no inline style attributes, which override a reader's own styles.</summary>
    private sealed class NoInlineStyleCheck : IStaticHtmlCheck
    {
        public string? CheckedUrl { get; private set; }

        public Task<IReadOnlyList<string>> CheckAsync(string html, string pageUrl, CancellationToken cancellationToken = default)
        {
            CheckedUrl = pageUrl;
            var findings = new List<string>();
            for (var at = html.IndexOf(" style=\"", StringComparison.Ordinal); at >= 0; at = html.IndexOf(" style=\"", at + 1, StringComparison.Ordinal))
            {
                findings.Add($"inline style at character {at} of {pageUrl}: move it to the stylesheet so reader styles can override it");
            }

            return Task.FromResult<IReadOnlyList<string>>(findings);
        }
    }

    private async Task<A11yAssertionException> FailureOnBrokenPageAsync(string name, Func<string, string> breakIt, Func<IPage, Task> assertion)
    {
        var url = await Site.AddPageAsync(name, breakIt(Site.HtmlOf(SeedFiles.AmloWelcomesHarris)));
        var page = await Site.OpenAsync(url);
        try
        {
            var failure = await Assert.ThrowsAsync<A11yAssertionException>(() => assertion(page));
            output.WriteLine(failure.Message);
            Assert.Equal(url, failure.PageUrl);
            Assert.NotEmpty(failure.Problems);
            Assert.StartsWith(failure.Check, failure.Message, StringComparison.Ordinal);
            return failure;
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    private static string Replace(string html, string from, string to)
    {
        Assert.Contains(from, html, StringComparison.Ordinal);
        var at = html.IndexOf(from, StringComparison.Ordinal);
        return html[..at] + to + html[(at + from.Length)..];
    }
}
