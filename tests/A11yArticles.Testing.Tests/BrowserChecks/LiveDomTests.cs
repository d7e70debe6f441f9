using A11yArticles.Checks;
using A11yArticles.Testing.BrowserChecks;

namespace A11yArticles.Testing.Tests.BrowserChecks;

/// <summary>
/// What the static rules judge under the browser check: the page's own document, as the browser has
/// it. A page that moves on by itself stays where it is; the document's own tree, not a shadow tree,
/// holds the page's title; a dialog shown modally makes the rest of the page inert. The pages are
/// written for these tests.
/// </summary>
[Collection(BrowserRulesCollection.Name)]
public sealed class LiveDomTests(SharedSeedSite shared)
{
    // A page to be sent to: its image without a name would be a finding if it were checked.
    private const string Elsewhere = """
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8"><title>Somewhere else</title></head>
        <body><main><h1>Somewhere else</h1><img src="photo.png"></main></body></html>
        """;

    public static TheoryData<string, string> Redirects => new()
    {
        { "meta-refresh-now", "<meta http-equiv=\"refresh\" content=\"0; url={target}\">" },
        { "script-on-load", "<script>addEventListener('load', () => setTimeout(() => { location.href = '{target}'; }, 0));</script>" },
        { "reload-on-load", "<script>addEventListener('load', () => setTimeout(() => location.reload(), 0));</script>" },
        { "meta-refresh-off-the-machine", "<meta http-equiv=\"refresh\" content=\"0; url=https://example.org/\">" },
    };

    [Theory]
    [MemberData(nameof(Redirects))]
    public async Task A_page_that_navigates_after_loading_is_checked_as_it_loaded(string name, string redirect)
    {
        var target = $"live-dom-{name}-target.html";
        await shared.Site.AddPageAsync(target, Elsewhere);
        var url = await shared.Site.AddPageAsync($"live-dom-{name}.html", Page("Staying put", redirect.Replace("{target}", target, StringComparison.Ordinal), "<p>The page being checked.</p>"));

        var report = await BrowserChecker.CheckUrlAsync(shared.Site.Browser, new Uri(url));

        Assert.Contains("The page being checked.", report.LiveHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("photo.png", report.LiveHtml, StringComparison.Ordinal);
        Assert.DoesNotContain(report.Report.Findings, finding => finding.Rule.ActRules.Contains("23a2a8"));
    }

    [Theory]
    [InlineData("<meta http-equiv=\"refresh\" content=\"0; url=elsewhere.html\">")]
    [InlineData("<script>addEventListener('load', () => setTimeout(() => { document.title = 'Reloaded'; location.reload(); }, 0));</script>")]
    public async Task A_file_that_moves_on_after_loading_is_checked_as_it_loaded(string redirect)
    {
        var folder = Directory.CreateTempSubdirectory("a11y-browser-refresh-").FullName;
        try
        {
            await File.WriteAllTextAsync(Path.Combine(folder, "elsewhere.html"), Elsewhere);
            var path = Path.Combine(folder, "page.html");
            await File.WriteAllTextAsync(path, Page("Staying put", redirect, "<p>The page being checked.</p>"));

            var report = await BrowserChecker.CheckFileAsync(shared.Site.Browser, path);

            Assert.Contains("The page being checked.", report.LiveHtml, StringComparison.Ordinal);
            Assert.DoesNotContain(report.Report.Findings, finding => finding.Rule.ActRules.Contains("23a2a8"));
            Assert.Equal(path, report.Report.Path);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task A_page_already_open_stays_on_its_document_while_it_is_checked_and_may_move_on_after()
    {
        var target = "live-dom-open-target.html";
        await shared.Site.AddPageAsync(target, Elsewhere);
        // The page leaves as soon as it is scrolled, which the check does when it measures focus.
        var script = $"<script>addEventListener('scroll', () => {{ location.href = '{target}'; }}, {{ once: true }});</script>";
        var body = "<p>The page being checked.</p><div style=\"height:3000px\"></div><a href=\"#top\">Back to the top</a>";
        var url = await shared.Site.AddPageAsync("live-dom-open.html", Page("Staying put", script, body));
        var page = await shared.Site.OpenAsync(url);
        try
        {
            var report = await BrowserChecker.CheckAsync(page);

            Assert.Contains("The page being checked.", report.LiveHtml, StringComparison.Ordinal);
            Assert.Equal(url, page.Url);

            // The pin is taken away afterwards: the page is the caller's again.
            await page.GotoAsync(shared.Site.Site.UrlOf(target).AbsoluteUri);
            Assert.EndsWith(target, page.Url, StringComparison.Ordinal);
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task A_title_a_script_puts_in_a_shadow_root_is_not_the_page_title()
    {
        var script = """
            <script>
              const root = document.getElementById('card').attachShadow({ mode: 'open' });
              const title = document.createElement('title');
              title.textContent = 'Card title';
              root.append(title, Object.assign(document.createElement('p'), { textContent: 'Card text' }));
            </script>
            """;
        var html = $"<!DOCTYPE html>\n<html lang=\"en\">\n<head><meta charset=\"utf-8\"></head>\n<body><main><h1>Cards</h1><div id=\"card\"></div></main>\n{script}\n</body>\n</html>\n";
        var url = await shared.Site.AddPageAsync("live-dom-shadow-title.html", html);

        var report = await BrowserChecker.CheckUrlAsync(shared.Site.Browser, new Uri(url), new BrowserCheckOptions { BrowserRules = false });

        Assert.Contains("<title>Card title</title>", report.LiveHtml, StringComparison.Ordinal);
        Assert.Contains(report.Report.Findings, finding => finding.Rule.ActRules.Contains("2779a5"));
    }

    [Theory]
    [InlineData("showModal", false)]
    [InlineData("show", true)]
    public async Task A_dialog_shown_modally_makes_the_rest_of_the_page_inert(string show, bool expectFinding)
    {
        var body = $$"""
            <iframe id="links" title="Links" srcdoc="<a href='#top'>Top</a>"></iframe>
            <dialog id="notice" aria-label="Notice"><p>Read this first.</p><button id="ok">OK</button></dialog>
            <script>
              document.getElementById('notice').{{show}}();
              document.getElementById('links').tabIndex = -1;
            </script>
            """;
        var url = await shared.Site.AddPageAsync($"live-dom-dialog-{show}.html", Page("Dialog", "", body));

        var report = await BrowserChecker.CheckUrlAsync(shared.Site.Browser, new Uri(url), new BrowserCheckOptions { BrowserRules = false });

        Assert.Equal(!expectFinding, report.LiveHtml.Contains("data-a11y-modal", StringComparison.Ordinal));
        Assert.Equal(expectFinding, report.Report.Findings.Any(finding => finding.Rule.ActRules.Contains("akn7bn")));
    }

    [Fact]
    public void The_modal_dialog_is_marked_where_the_path_leads_shadow_roots_included()
    {
        const string html = "<!DOCTYPE html><html><head></head><body><div id=\"host\"><template shadowrootmode=\"open\"><p>Text</p><dialog open>In the shadow</dialog></template><dialog open>Light</dialog></div></body></html>";

        // body (1), div (0), its shadow root (-1), the second element there (1).
        var marked = BrowserChecker.MarkModalDialog(html, [1, 0, -1, 1]);

        Assert.Contains("<dialog data-a11y-modal open>In the shadow", marked, StringComparison.Ordinal);
        Assert.Contains("<dialog open>Light", marked, StringComparison.Ordinal);
        // The host's light children are its children; the declarative shadow root is not one of them.
        var light = BrowserChecker.MarkModalDialog(html, [1, 0, 0]);
        Assert.Contains("<dialog data-a11y-modal open>Light", light, StringComparison.Ordinal);
        Assert.Single(HtmlChecker.Parse(light).QuerySelectorAll("[data-a11y-modal]"));
        // A path that leads nowhere, or to an element that is not a dialog, marks nothing.
        Assert.Equal(html, BrowserChecker.MarkModalDialog(html, [1, 0, 1]));
        Assert.Equal(html, BrowserChecker.MarkModalDialog(html, [1, 0, -1, 0]));
        Assert.Equal(html, BrowserChecker.MarkModalDialog(html, null));
    }

    private static string Page(string title, string head, string body) => $"""
        <!DOCTYPE html>
        <html lang="en">
        <head><meta charset="utf-8"><title>{title}</title>{head}</head>
        <body>
        <main><h1>{title}</h1>
        {body}
        </main>
        </body>
        </html>
        """;
}
