using A11yArticles.Testing.BrowserChecks;
using Microsoft.Playwright;

namespace A11yArticles.Testing.Tests.BrowserChecks;

/// <summary>
/// Each browser ACT rule on examples written for these tests (passed, failed, cantTell and
/// inapplicable), checked in Chromium. The examples follow the rules' definitions; none is a copy of
/// the W3C's test cases, which are scored separately (../shared/act/score.py in .ci/run).
/// </summary>
[Collection(BrowserRulesCollection.Name)]
public sealed class BrowserRuleExampleTests(SharedSeedSite shared)
{
    private const string LongText = "Readers who zoom, widen spacing or use their own colours need the page to let them do it, in every paragraph of every article.";

    // The example pages, by name: (ACT rule, expected outcome, body).
    public static TheoryData<string, string, BrowserRuleOutcome, string> Examples => new()
    {
        // afw4f7: text has minimum contrast (4.5:1, 3:1 for large text)
        { "contrast-dark-on-light", "afw4f7", BrowserRuleOutcome.Passed, "<p style=\"color:#222;background:#fafafa\">Dark grey text on an off-white page.</p>" },
        { "contrast-pale-on-white", "afw4f7", BrowserRuleOutcome.Failed, "<p style=\"color:#999;background:#fff\">Pale grey text on white.</p>" },
        { "contrast-large-mid-grey", "afw4f7", BrowserRuleOutcome.Passed, "<h2 style=\"font-size:26px;color:#808080;background:#fff\">A large mid-grey heading</h2>" },
        { "contrast-small-mid-grey", "afw4f7", BrowserRuleOutcome.Failed, "<p style=\"font-size:14px;color:#808080;background:#fff\">A small mid-grey note</p>" },
        { "contrast-faded-by-opacity", "afw4f7", BrowserRuleOutcome.Failed, "<div style=\"background:#fff\"><p style=\"color:#000;opacity:.3\">Black text faded to grey.</p></div>" },
        { "contrast-translucent-colour", "afw4f7", BrowserRuleOutcome.Failed, "<p style=\"color:rgba(0,0,0,.3);background:#fff\">Translucent black text.</p>" },
        { "contrast-gradient-all-dark", "afw4f7", BrowserRuleOutcome.Passed, "<p style=\"color:#fff;background:linear-gradient(90deg,#000,#1a237e)\">White text on a dark gradient.</p>" },
        { "contrast-gradient-all-pale", "afw4f7", BrowserRuleOutcome.Failed, "<p style=\"color:#fff;background:linear-gradient(90deg,#eee,#ccc)\">White text on a pale gradient.</p>" },
        { "contrast-over-image", "afw4f7", BrowserRuleOutcome.CantTell, "<p style=\"color:#777;padding:20px;background:#fff url('data:image/svg+xml,%3Csvg xmlns=%22http://www.w3.org/2000/svg%22 width=%2210%22 height=%2210%22%3E%3Crect width=%2210%22 height=%225%22 fill=%22%23000%22/%3E%3C/svg%3E')\">Grey text over a striped picture.</p>" },
        { "contrast-halo-lowers", "afw4f7", BrowserRuleOutcome.Failed, "<p style=\"color:#555;background:#fff;text-shadow:0 0 4px #999,0 0 4px #999\">Grey text in a grey glow.</p>" },
        { "contrast-halo-raises", "afw4f7", BrowserRuleOutcome.Passed, "<p style=\"color:#fff;background:#999;text-shadow:0 0 3px #000,0 0 3px #000\">White text in a black glow.</p>" },
        { "contrast-in-shadow-root", "afw4f7", BrowserRuleOutcome.Failed, "<div id=\"host\" style=\"background:#fff\"></div><script>const r = document.getElementById('host').attachShadow({mode:'open'}); const s = document.createElement('span'); s.style.color = '#aaa'; s.textContent = 'Pale text built by a script'; r.appendChild(s);</script>" },
        { "contrast-hidden", "afw4f7", BrowserRuleOutcome.Inapplicable, "<p style=\"display:none;color:#aaa\">Hidden pale text.</p><p style=\"position:absolute;left:-5000px;color:#aaa\">Pale text off screen.</p>" },
        { "contrast-disabled-button", "afw4f7", BrowserRuleOutcome.Inapplicable, "<button disabled style=\"color:#aaa;background:#eee\">Send</button>" },
        { "contrast-label-of-disabled", "afw4f7", BrowserRuleOutcome.Inapplicable, "<label style=\"color:#aaa\">Postcode <input disabled></label>" },
        { "contrast-symbols-only", "afw4f7", BrowserRuleOutcome.Passed, "<p style=\"color:#ccc;background:#fff\">* * * ~ ~ ~ * * *</p>" },
        { "contrast-same-colour", "afw4f7", BrowserRuleOutcome.Inapplicable, "<p style=\"color:#fff;background:#fff\">White on white.</p>" },

        // 09o5cg: enhanced contrast (7:1, 4.5:1 for large text)
        { "enhanced-black", "09o5cg", BrowserRuleOutcome.Passed, "<p style=\"color:#000;background:#fff\">Black on white.</p>" },
        { "enhanced-aa-only", "09o5cg", BrowserRuleOutcome.Failed, "<p style=\"color:#767676;background:#fff\">Grey that meets AA only.</p>" },
        { "enhanced-large-aa", "09o5cg", BrowserRuleOutcome.Passed, "<p style=\"font-size:32px;color:#767676;background:#fff\">Large grey</p>" },

        // 24afc2: important letter spacing in style attributes
        { "letter-spacing-tight", "24afc2", BrowserRuleOutcome.Failed, "<p style=\"letter-spacing:0.05em !important\">Letters held close together.</p>" },
        { "letter-spacing-wide", "24afc2", BrowserRuleOutcome.Passed, "<p style=\"letter-spacing:0.15em !important\">Letters set wide apart.</p>" },
        { "letter-spacing-normal-priority", "24afc2", BrowserRuleOutcome.Inapplicable, "<p style=\"letter-spacing:0.05em\">Tight, but users can override it.</p>" },
        { "letter-spacing-inherit", "24afc2", BrowserRuleOutcome.Inapplicable, "<div style=\"letter-spacing:0\"><p style=\"letter-spacing:inherit !important\">Inherited spacing.</p></div>" },
        { "letter-spacing-no-text", "24afc2", BrowserRuleOutcome.Inapplicable, "<div style=\"letter-spacing:0 !important\"><p>Text in a child element.</p></div>" },

        // 9e45ec: important word spacing in style attributes
        { "word-spacing-tight", "9e45ec", BrowserRuleOutcome.Failed, "<p style=\"word-spacing:0.1em !important\">Words held close together here.</p>" },
        { "word-spacing-wide", "9e45ec", BrowserRuleOutcome.Passed, "<p style=\"word-spacing:4px !important;font-size:20px\">Words set wide apart here.</p>" },
        { "word-spacing-hidden", "9e45ec", BrowserRuleOutcome.Inapplicable, "<p style=\"display:none;word-spacing:0 !important\">Hidden words.</p>" },

        // 78fd32: important line height in style attributes (text that wraps)
        { "line-height-tight", "78fd32", BrowserRuleOutcome.Failed, "<p style=\"line-height:1.1 !important;max-width:220px\">" + LongText + "</p>" },
        { "line-height-normal", "78fd32", BrowserRuleOutcome.Failed, "<p style=\"line-height:normal !important;max-width:220px\">" + LongText + "</p>" },
        { "line-height-open", "78fd32", BrowserRuleOutcome.Passed, "<p style=\"line-height:1.6 !important;max-width:220px\">" + LongText + "</p>" },
        { "line-height-one-line", "78fd32", BrowserRuleOutcome.Inapplicable, "<p style=\"line-height:1 !important\">One short line.</p>" },

        // 0ssw9k: scrollable content reachable by keyboard
        { "scroll-unreachable", "0ssw9k", BrowserRuleOutcome.Failed, "<div style=\"height:60px;width:300px;overflow:auto\"><p>" + LongText + "</p><p>" + LongText + "</p></div>" },
        { "scroll-focusable-region", "0ssw9k", BrowserRuleOutcome.Passed, "<div tabindex=\"0\" role=\"region\" aria-label=\"Notes\" style=\"height:60px;width:300px;overflow:auto\"><p>" + LongText + "</p><p>" + LongText + "</p></div>" },
        { "scroll-link-inside", "0ssw9k", BrowserRuleOutcome.Passed, "<div style=\"height:60px;width:300px;overflow:auto\"><p>" + LongText + " <a href=\"#top\">Back to top</a></p><p>" + LongText + "</p></div>" },
        { "scroll-fits", "0ssw9k", BrowserRuleOutcome.Inapplicable, "<div style=\"height:400px;overflow:auto\"><p>Short text that fits.</p></div>" },

        // b33eff: orientation not locked by CSS transforms
        { "orientation-quarter-turn", "b33eff", BrowserRuleOutcome.Failed, "<style>@media (orientation: portrait) { #sheet { transform: rotate(-90deg); } }</style><main id=\"sheet\">Content turned in portrait.</main>" },
        { "orientation-rotate-property", "b33eff", BrowserRuleOutcome.Failed, "<style>@media (orientation: landscape) { #sheet { rotate: 90deg; } }</style><main id=\"sheet\">Content turned in landscape.</main>" },
        { "orientation-half-turn", "b33eff", BrowserRuleOutcome.Passed, "<style>@media (orientation: portrait) { #sheet { transform: rotate(180deg); } }</style><main id=\"sheet\">Upside down in portrait.</main>" },
        { "orientation-no-media-query", "b33eff", BrowserRuleOutcome.Inapplicable, "<style>#sheet { transform: rotate(90deg); }</style><main id=\"sheet\">Always turned.</main>" },

        // oj04fd: element in sequential focus order has visible focus
        { "focus-default-rings", "oj04fd", BrowserRuleOutcome.Passed, "<a href=\"#a\">First</a> <a href=\"#b\">Second</a>" },
        { "focus-outline-removed", "oj04fd", BrowserRuleOutcome.Failed, "<style>a:focus { outline: none; }</style><a href=\"#a\">First</a> <a href=\"#b\">Second</a>" },
        { "focus-indicator-elsewhere", "oj04fd", BrowserRuleOutcome.Passed, "<style>a:focus { outline: none; } body:has(a:focus) #status { background: #ffd; }</style><p id=\"status\">Where focus is</p><a href=\"#a\">First</a> <a href=\"#b\">Second</a>" },
        { "focus-single-stop-without-ring", "oj04fd", BrowserRuleOutcome.Failed, "<style>a:focus { outline: none; }</style><a href=\"#a\">Only link</a>" },
        { "focus-nothing-in-tab-order", "oj04fd", BrowserRuleOutcome.Inapplicable, "<a href=\"#a\" tabindex=\"-1\">Skipped link</a> <span tabindex=\"-1\">Focusable by script only</span>" },
        { "scroll-empty-box", "0ssw9k", BrowserRuleOutcome.Inapplicable, "<div style=\"height:20px;width:300px;overflow-x:auto\"><div style=\"width:900px;height:2px\"></div></div>" },
    };

    [Theory]
    [MemberData(nameof(Examples))]
    public async Task Each_rule_gives_the_outcome_its_definition_gives(string name, string actRule, BrowserRuleOutcome expected, string body)
    {
        var url = await shared.Site.AddPageAsync($"browser-rule-{name}.html", Page(body));
        var page = await shared.Site.OpenAsync(url);
        try
        {
            var report = await BrowserChecker.CheckAsync(page);

            var result = Assert.Single(report.BrowserRules, rule => rule.ActRule == actRule);
            Assert.True(expected == result.Outcome,
                $"{name}: expected {expected}, got {result.Outcome}: " + string.Join("; ", result.Targets.Select(target => $"{target.Selector} {target.Outcome}: {target.Message}")));
            if (expected == BrowserRuleOutcome.Failed)
            {
                Assert.Contains(report.Report.Findings, finding => finding.Rule.ActRules.Contains(actRule) || (actRule == "09o5cg" && finding.Rule.ActRules.Contains("afw4f7")));
            }
            else
            {
                Assert.DoesNotContain(report.Report.Findings, finding => finding.Rule.ActRules.Contains(actRule));
            }
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task Text_below_both_contrast_levels_is_one_finding()
    {
        var url = await shared.Site.AddPageAsync("browser-rule-contrast-once.html", Page("<p style=\"color:#aaa;background:#fff\">Pale text.</p>"));
        var page = await shared.Site.OpenAsync(url);
        try
        {
            var report = await BrowserChecker.CheckAsync(page);

            Assert.Equal(BrowserRuleOutcome.Failed, report.OutcomeOf("09o5cg"));
            var finding = Assert.Single(report.Report.Findings, finding => finding.Rule.Group == BrowserRules.Group);
            Assert.Equal("A11Y-ACT-AFW4F7", finding.Rule.Id);
            Assert.Contains("below 4.5:1", finding.Message, StringComparison.Ordinal);
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    /// <summary>
    /// ACT 6cfa84 in the browser: hidden content the markup puts in the Tab order is a finding unless
    /// the page never lets it keep focus (a dialog's focus trap sends focus back into the dialog).
    /// </summary>
    [Theory]
    [InlineData("trap-returns-focus", true, false)]
    [InlineData("no-trap", false, true)]
    [InlineData("trap-into-hidden-content", false, true)]
    public async Task Hidden_content_that_never_keeps_focus_is_not_a_finding(string name, bool sendsFocusBack, bool expectFinding)
    {
        var target = name == "trap-into-hidden-content" ? "other" : "first";
        var body = $$"""
            <div role="dialog" aria-modal="true" aria-label="Newsletter">
              <label>Email <input id="first"></label>
              <button>Subscribe</button>
            </div>
            <div aria-hidden="true">
              <a href="#top" id="wrap" style="position:absolute; left:-9999px">Back to the start of the dialog</a>
              <button id="other">Hidden button</button>
            </div>
            <script>
              {{(sendsFocusBack || name == "trap-into-hidden-content" ? $"document.getElementById('wrap').addEventListener('focus', () => document.getElementById('{target}').focus());" : "")}}
              {{(sendsFocusBack ? "document.getElementById('other').addEventListener('focus', () => document.getElementById('first').focus());" : "")}}
            </script>
            """;
        var html = Page(body);
        var url = await shared.Site.AddPageAsync($"browser-focus-sentinel-{name}.html", html);
        var page = await shared.Site.OpenAsync(url);
        try
        {
            var report = await BrowserChecker.CheckAsync(page, new BrowserCheckOptions { BrowserRules = false, SourceHtml = html });

            var hidden = report.Report.Findings.Where(finding => finding.Rule.ActRules.Contains("6cfa84")).ToList();
            // The markup alone always fails the hidden block: only the page's behaviour can clear it.
            Assert.Single(A11yArticles.Checks.HtmlChecker.Default.Check(html).Findings, finding => finding.Rule.ActRules.Contains("6cfa84"));
            Assert.Equal(expectFinding ? 1 : 0, hidden.Count);
            Assert.True(await page.EvaluateAsync<bool>("() => document.activeElement === document.body"), "the check must give focus back");
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task The_static_rules_see_what_scripts_built_shadow_roots_included()
    {
        var body = """
            <div id="host"></div>
            <script>
              document.body.insertAdjacentHTML('beforeend', '<img src="chart.png" id="late">');
              const root = document.getElementById('host').attachShadow({ mode: 'open' });
              const image = document.createElement('img');
              image.src = 'map.png';
              root.appendChild(image);
            </script>
            """;
        var html = Page(body);
        var url = await shared.Site.AddPageAsync("browser-live-dom.html", html);
        var page = await shared.Site.OpenAsync(url);
        try
        {
            var report = await BrowserChecker.CheckAsync(page, new BrowserCheckOptions { BrowserRules = false, SourceHtml = html });

            var images = report.Report.Findings.Where(finding => finding.Rule.ActRules.Contains("23a2a8")).ToList();
            Assert.Contains(images, finding => finding.Selector == "#late");
            Assert.Contains(images, finding => finding.Snippet.Contains("map.png", StringComparison.Ordinal));
            Assert.Contains("shadowrootmode=\"open\"", report.LiveHtml, StringComparison.Ordinal);
            Assert.Empty(report.BrowserRules);
            Assert.DoesNotContain(A11yArticles.Checks.HtmlChecker.Default.Check(html).Findings, finding => finding.Rule.ActRules.Contains("23a2a8"));
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task A_file_is_checked_with_requests_off_the_machine_blocked_and_source_lines_kept()
    {
        var folder = Directory.CreateTempSubdirectory("a11y-browser-file-").FullName;
        try
        {
            var html = Page("<img src=\"https://example.com/logo.png\" alt=\"Example\">\n<p style=\"color:#bbb\">Pale</p>");
            var path = Path.Combine(folder, "page.html");
            await File.WriteAllTextAsync(path, html);

            var report = await BrowserChecker.CheckFileAsync(shared.Site.Browser, path, new BrowserCheckOptions { SourceHtml = html });

            var finding = Assert.Single(report.Report.Findings, finding => finding.Rule.Id == "A11Y-ACT-AFW4F7");
            Assert.Equal(html.Split('\n').ToList().FindIndex(line => line.Contains("Pale", StringComparison.Ordinal)) + 1, finding.Line);
            Assert.Equal(path, report.Report.Path);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task Requests_off_the_machine_are_aborted_and_local_ones_go_through()
    {
        var page = await shared.Site.Browser.NewPageAsync();
        try
        {
            var failed = new List<string>();
            page.RequestFailed += (_, request) => failed.Add($"{request.Url} {request.Failure}");
            await LocalNetwork.BlockNonLocalAsync(page);
            var url = await shared.Site.AddPageAsync("browser-network.html", Page("<img src=\"http://192.0.2.10/pixel.png\" alt=\"\"><img src=\"amlo-welcomes-harris.html\" alt=\"\">"));

            await page.GotoAsync(url, new PageGotoOptions { WaitUntil = WaitUntilState.Load });

            var blocked = Assert.Single(failed);
            Assert.StartsWith("http://192.0.2.10/pixel.png", blocked, StringComparison.Ordinal);
            Assert.Contains("ERR_BLOCKED_BY_CLIENT", blocked, StringComparison.Ordinal);
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    [Theory]
    [InlineData("http://127.0.0.1:5000/page.html", true)]
    [InlineData("http://localhost/page.html", true)]
    [InlineData("file:///tmp/page.html", true)]
    [InlineData("data:text/html,hi", true)]
    [InlineData("https://example.com/", false)]
    [InlineData("http://127.0.0.1.example.com/", false)]
    [InlineData("http://10.0.0.1/", false)]
    public void Only_loopback_and_file_addresses_are_local(string url, bool local) =>
        Assert.Equal(local, LocalNetwork.IsLocal(url));

    [Fact]
    public async Task A_non_local_address_is_refused()
    {
        var error = await Assert.ThrowsAsync<ArgumentException>(() => BrowserChecker.CheckUrlAsync(shared.Site.Browser, new Uri("https://example.com/")));

        Assert.Contains("not a local address", error.Message, StringComparison.Ordinal);
    }

    private static string Page(string body) => $"""
        <!DOCTYPE html>
        <html lang="en">
        <head><meta charset="utf-8"><title>Browser rule example</title></head>
        <body>
        {body}
        </body>
        </html>
        """;
}
