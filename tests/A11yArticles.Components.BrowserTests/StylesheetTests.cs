using A11yArticles.TestSupport;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace A11yArticles.Components.BrowserTests;

/// <summary>What the stylesheet promises, measured in Chromium on the rich article page.</summary>
[Collection(BrowserCollection.Name)]
public sealed class StylesheetTests(RenderedSeedSite site, ITestOutputHelper output)
{
    private const string RichPage = "rich-article.txt";

    /// <summary>WCAG 1.4.12: the text-spacing bookmarklet's overrides, at 320 px: nothing scrolls sideways, nothing is clipped.</summary>
    [Fact]
    public async Task Text_spacing_overrides_at_320px_clip_nothing()
    {
        var page = await site.Browser.NewPageAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 320, Height = 640 } });
        await page.GotoAsync(site.UrlOf(RichPage));
        await page.AddStyleTagAsync(new PageAddStyleTagOptions
        {
            Content = "* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; } p { margin-bottom: 2em !important; }",
        });

        var clipped = await page.EvaluateAsync<string[]>("""
            () => [...document.querySelectorAll('body *')]
                .filter(e => !e.closest('.visually-hidden, .a11y-skip-link, script, style, head'))
                .filter(e => { const s = getComputedStyle(e); return ['hidden', 'clip'].includes(s.overflowX) || ['hidden', 'clip'].includes(s.overflowY); })
                .filter(e => e.scrollHeight > e.clientHeight + 1 || e.scrollWidth > e.clientWidth + 1)
                .map(e => e.outerHTML.slice(0, 120))
            """);
        var overflow = await PageScan.HorizontalOverflowAsync(page);
        await page.Context.CloseAsync();

        Assert.Equal(0, overflow);
        Assert.Empty(clipped);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Focus_is_visible_also_in_forced_colours(bool forcedColours)
    {
        var page = await site.Browser.NewPageAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = 1280, Height = 800 },
            ForcedColors = forcedColours ? ForcedColors.Active : ForcedColors.None,
        });
        await page.GotoAsync(site.UrlOf(RichPage));
        var link = page.Locator(".a11y-toc a").First;
        var before = await link.EvaluateAsync<string>("a => { const s = getComputedStyle(a); return [s.outlineStyle, s.outlineWidth, s.backgroundColor, s.boxShadow].join(' | '); }");
        // The page history's summary is the Tab stop before the contents (after the byline's links).
        await page.Locator(".a11y-history summary").FocusAsync();
        await page.Keyboard.PressAsync("Tab");
        Assert.True(await link.EvaluateAsync<bool>("a => a === document.activeElement && a.matches(':focus-visible')"), "Tab should reach the first contents link with visible focus");
        var after = await link.EvaluateAsync<string>("a => { const s = getComputedStyle(a); return [s.outlineStyle, s.outlineWidth, s.backgroundColor, s.boxShadow].join(' | '); }");
        var outline = await link.EvaluateAsync<double>("a => getComputedStyle(a).outlineStyle === 'none' ? 0 : parseFloat(getComputedStyle(a).outlineWidth)");
        output.WriteLine($"forced colours {forcedColours}: before [{before}] focused [{after}]");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(AppContext.BaseDirectory, "screenshots", $"focus{(forcedColours ? "-forced-colours" : "")}.png") });
        await page.Context.CloseAsync();

        Assert.NotEqual(before, after);
        Assert.True(outline >= 2, $"a focused link needs an outline of at least 2 px (forced colours drop backgrounds and shadows), got [{after}]");
    }

    [Fact]
    public async Task Small_targets_are_at_least_24_by_24_px()
    {
        var page = await site.Browser.NewPageAsync();
        await page.GotoAsync(site.UrlOf(RichPage));

        var small = await page.EvaluateAsync<string[]>("""
            () => [...document.querySelectorAll('.a11y-footnote-ref a, .a11y-footnotes__back, .a11y-page__back-to-top a, .a11y-site-nav a')]
                .map(a => [a, a.getBoundingClientRect()])
                .filter(([a, box]) => box.width < 24 || box.height < 24)
                .map(([a, box]) => `${a.outerHTML.slice(0, 80)}: ${box.width}x${box.height}`)
            """);
        var count = await page.Locator(".a11y-footnote-ref a, .a11y-footnotes__back").CountAsync();
        await page.Context.CloseAsync();

        Assert.Equal(6, count);
        Assert.Empty(small);
    }

    [Fact]
    public async Task Print_hides_navigation_and_prints_link_addresses()
    {
        var page = await site.Browser.NewPageAsync();
        await page.GotoAsync(site.UrlOf(RichPage));
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });

        Assert.False(await page.Locator(".a11y-toc").IsVisibleAsync());
        Assert.False(await page.Locator(".a11y-page__back-to-top").IsVisibleAsync());
        var after = await page.Locator(".a11y-article__body a[href^='http']").EvaluateAsync<string>("a => getComputedStyle(a, '::after').content");
        Assert.Contains("https://example.org/bridge/costs", after, StringComparison.Ordinal);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Quotation_marks_follow_the_article_language()
    {
        var marks = new Dictionary<string, string>
        {
            ["amlo-welcomes-harris.txt"] = "“",
            ["biblioteca-nocturna-sevilla.txt"] = "«",
            ["fete-des-jardins-lyon.txt"] = "«\u202F",
            ["radweg-am-fluss-leipzig.txt"] = "„",
            ["maktaba-mutanaqqila-amman.txt"] = "«",
            ["amman-library.txt"] = "«",
            ["footbridge-for-everyone.md"] = "“",
            ["harbour-barrier-first-test.md"] = "“",
        };
        var page = await site.Browser.NewPageAsync();
        foreach (var (seed, open) in marks)
        {
            await page.GotoAsync(site.UrlOf(seed));
            var quotes = await page.Locator("article q").First.EvaluateAsync<string>("q => getComputedStyle(q).quotes");
            Assert.StartsWith($"\"{open}\"", quotes, StringComparison.Ordinal);
        }

        Assert.Equal(Seeds.All.Count(), marks.Count);
        await page.Context.CloseAsync();
    }

    /// <summary>
    /// A language the stylesheet names no marks for gets the browser's marks for it: a Japanese
    /// quotation shows 「…」, not English “…”. The browser reports <c>quotes: auto</c>, not the marks,
    /// so the rendered quotation's width is compared with the same words written with each pair. The
    /// page is English: its marks must not reach a quotation in a passage of another language.
    /// </summary>
    [Theory]
    [InlineData("ja", "「", "」")]
    [InlineData("ru", "«", "»")]
    public async Task Quotation_marks_of_other_languages_come_from_the_browser(string language, string open, string close)
    {
        var page = await site.Browser.NewPageAsync();
        await page.GotoAsync(site.UrlOf(RichPage));
        var widths = await page.EvaluateAsync<double[]>("""
            ([language, open, close]) => {
                const body = document.querySelector('.a11y-article__body');
                const line = (html) => { const p = document.createElement('p'); p.lang = language; p.innerHTML = html; body.append(p); return p.firstElementChild; };
                const width = (element) => element.getBoundingClientRect().width;
                const words = '\u8131\u7344 word';
                const quoted = line(`<q>${words}</q>`);
                const own = line(`<span>${open}${words}${close}</span>`);
                const english = line(`<span>\u201C${words}\u201D</span>`);
                return [width(quoted), width(own), width(english)];
            }
            """, new[] { language, open, close });
        await page.Context.CloseAsync();

        output.WriteLine($"{language}: <q> {widths[0]:0.0} px, {open}…{close} {widths[1]:0.0} px, “…” {widths[2]:0.0} px");
        Assert.True(Math.Abs(widths[1] - widths[2]) > 1, "the two pairs of marks should differ in width, or this test cannot tell them apart");
        Assert.True(Math.Abs(widths[0] - widths[1]) < 0.5, $"the {language} quotation should be as wide as the words in {open}…{close}: {widths[0]:0.0} px against {widths[1]:0.0} px (English marks: {widths[2]:0.0} px)");
    }

    [Fact]
    public async Task Arabic_article_runs_right_to_left()
    {
        var page = await site.Browser.NewPageAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 800 } });
        await page.GotoAsync(site.UrlOf("maktaba-mutanaqqila-amman.txt"));

        var headline = await page.Locator("h1").BoundingBoxAsync();
        var main = await page.Locator("main").BoundingBoxAsync();
        Assert.Equal("rtl", await page.Locator("h1").EvaluateAsync<string>("h => getComputedStyle(h).direction"));
        Assert.True(headline!.X + headline.Width > main!.X + main.Width - 40, "the headline should start at the right edge of main");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(AppContext.BaseDirectory, "screenshots", "arabic.png"), FullPage = true });
        await page.Context.CloseAsync();
    }
}
