using A11yArticles.Components.Tests.RenderedPage;
using A11yArticles.TestSupport;
using A11yArticles.Testing;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace A11yArticles.Components.BrowserTests;

/// <summary>
/// The demo host site (a Blazor Web App with static rendering, <c>&lt;base href="/"&gt;</c> and
/// enhanced navigation), started by the fixture on a free loopback port.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class DemoSiteTests(RenderedSeedSite site, ITestOutputHelper output)
{
    public static TheoryData<string> Paths => new(["/", "/together", .. Seeds.All.Select(seed => "/articles/" + Path.GetFileNameWithoutExtension(seed))]);

    [Fact]
    public async Task List_page_links_every_seed_as_an_h2_in_a_list()
    {
        var page = await site.Browser.NewPageAsync();
        await page.GotoAsync(site.Demo.UrlOf("/"));

        var links = page.Locator("main ul > li > h2 > a");
        Assert.Equal(Seeds.All.Count(), await links.CountAsync());
        var hrefs = await links.EvaluateAllAsync<string[]>("links => links.map(a => new URL(a.href).pathname)");
        Assert.Equal(Seeds.All.Select(s => "/articles/" + Path.GetFileNameWithoutExtension(s)).Order(), hrefs.Order());
        Assert.Equal("page", await page.GetByRole(AriaRole.Link, new() { Name = "Articles", Exact = true }).GetAttributeAsync("aria-current"));
        await page.Context.CloseAsync();
    }

    /// <summary>The demo turns the reading time on: the header says it in the article's language, as a duration.</summary>
    [Theory]
    [InlineData("/articles/amlo-welcomes-harris", @"^\d+ min read$")]
    [InlineData("/articles/biblioteca-nocturna-sevilla", @"^\d+ min de lectura$")]
    [InlineData("/articles/maktaba-mutanaqqila-amman", @"^مدة القراءة: \d+ د$")]
    public async Task Demo_article_says_how_long_it_takes_to_read(string path, string pattern)
    {
        var page = await site.Browser.NewPageAsync();
        try
        {
            await page.GotoAsync(site.Demo.UrlOf(path));

            var time = page.Locator("main article > header .a11y-article__reading-time time");
            Assert.Matches(pattern, await time.InnerTextAsync());
            Assert.Matches(@"^PT\d+M$", await time.GetAttributeAsync("datetime"));
            Assert.True(await time.IsVisibleAsync());
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    /// <summary>The articles' own images, media, captions and frames are served: no page shows a broken one, and the article sources are not served.</summary>
    [Theory]
    [MemberData(nameof(Paths))]
    public async Task Demo_page_loads_every_image_and_media_file_it_refers_to(string path)
    {
        var page = await site.Browser.NewPageAsync();
        try
        {
            await page.GotoAsync(site.Demo.UrlOf(path));
            var sources = await page.EvaluateAsync<string[]>("""
                () => [...document.querySelectorAll('main img[src], main video[src], main audio[src], main source[src], main track[src], main iframe[src]')]
                    .map(element => new URL(element.getAttribute('src'), document.baseURI).href)
                """);
            using var http = new HttpClient();
            foreach (var source in sources.Where(source => new Uri(source).Host == site.Demo.BaseAddress.Host))
            {
                using var response = await http.GetAsync(source);
                Assert.True(response.IsSuccessStatusCode, $"{path}: {source} answered {(int)response.StatusCode}");
            }

            using var articleSource = await http.GetAsync(site.Demo.UrlOf("/footbridge-for-everyone.md"));
            Assert.Equal(System.Net.HttpStatusCode.NotFound, articleSource.StatusCode);
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    [Theory]
    [MemberData(nameof(Paths))]
    public async Task Demo_page_has_no_axe_violation_in_any_view_mode(string path)
    {
        var problems = await PageScan.ScanAllModesAsync(site.Browser, site.Demo.UrlOf(path));

        Assert.True(problems.Count == 0, $"{path}:{Environment.NewLine}" + string.Join(Environment.NewLine, problems));
    }

    /// <summary>The page contract: every rule of the checker (errors and warnings), and what it does not judge.</summary>
    [Theory]
    [MemberData(nameof(Paths))]
    public async Task Demo_page_has_no_contract_finding(string path)
    {
        using var http = new HttpClient();
        var html = await http.GetStringAsync(site.Demo.UrlOf(path));

        var findings = A11yArticles.Checks.HtmlChecker.Default.Check(html, path).Findings.Select(f => $"{f.Rule.Id} {f.Selector}: {f.Message}")
            .Concat(BeyondTheChecker.Findings(A11yArticles.Checks.HtmlChecker.Parse(html)))
            .ToList();

        Assert.True(findings.Count == 0, $"{path}:{Environment.NewLine}" + string.Join(Environment.NewLine, findings));
    }

    /// <summary>The testing kit's browser assertions (issue 6) and the static checker on every demo page, as a host's suite would run them.</summary>
    [Theory]
    [MemberData(nameof(Paths))]
    public async Task Demo_page_passes_the_kits_keyboard_layout_and_static_checks(string path)
    {
        using (var http = new HttpClient())
        {
            A11yArticles.Checks.A11yAssert.NoViolations(await http.GetStringAsync(site.Demo.UrlOf(path)));
        }

        var page = await site.Browser.NewPageAsync();
        try
        {
            await page.GotoAsync(site.Demo.UrlOf(path));
            await page.AssertSkipLinkAsync();
            await page.AssertFocusVisibleAsync();
            await page.AssertTargetSizeAsync(24);
            await page.AssertTextSpacingAsync();
            await page.AssertReflowAsync(320);
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task Every_seed_article_is_shown_inside_the_sites_layout()
    {
        var page = await site.Browser.NewPageAsync();
        foreach (var seed in Seeds.All)
        {
            var article = Importers.ArticleImporter.ImportFile(seed);
            await page.GotoAsync(site.Demo.UrlOf("/articles/" + Path.GetFileNameWithoutExtension(seed)));

            Assert.Equal(article.Headline, await page.Locator("main > article h1").TextContentAsync());
            Assert.Equal(article.Language, await page.Locator("main > article").GetAttributeAsync("lang"));
            Assert.Equal("A11yArticles demo", (await page.Locator("body > header .a11y-page__site-name").TextContentAsync())?.Trim());
            Assert.Equal(1, await page.Locator("body > footer").CountAsync());
            var stylesheet = await page.EvaluateAsync<bool>("() => [...document.styleSheets].some(s => s.href && s.href.includes('/_content/A11yArticles.Components/') && s.cssRules.length > 20)");
            Assert.True(stylesheet, "the library's stylesheet was not loaded from its static web asset path");
        }

        Assert.Equal(404, (await page.GotoAsync(site.Demo.UrlOf("/articles/no-such-article")))!.Status);
        await page.Context.CloseAsync();
    }

    /// <summary>The trap is real in this host: with &lt;base href="/"&gt; a bare "#main" points at the home page.</summary>
    [Fact]
    public async Task In_the_demo_a_bare_fragment_link_would_lead_home()
    {
        var page = await site.Browser.NewPageAsync();
        await page.GotoAsync(site.Demo.UrlOf("/articles/amlo-welcomes-harris"));

        Assert.Equal("/", await page.EvaluateAsync<string>("() => new URL('#main', document.baseURI).pathname"));
        Assert.Equal("/articles/amlo-welcomes-harris#main", await page.Locator("[data-a11y-skip-link]").First.GetAttributeAsync("href"));
        await page.Context.CloseAsync();
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Skip_link_moves_focus_into_main_and_stays_on_the_article(bool arriveByEnhancedNavigation)
    {
        var page = await site.Browser.NewPageAsync();
        const string path = "/articles/biblioteca-nocturna-sevilla";
        if (arriveByEnhancedNavigation)
        {
            await page.GotoAsync(site.Demo.UrlOf("/"));
            await page.Locator($"a[href='{path.TrimStart('/')}']").ClickAsync();
            await page.WaitForURLAsync(site.Demo.UrlOf(path));
            await page.Locator("main > article").WaitForAsync();
            await page.EvaluateAsync("() => document.activeElement && document.activeElement.blur()");
            await page.Mouse.ClickAsync(1, 1);
        }
        else
        {
            await page.GotoAsync(site.Demo.UrlOf(path));
        }

        await page.Keyboard.PressAsync("Tab");
        Assert.True(await page.EvaluateAsync<bool>("() => document.activeElement.hasAttribute('data-a11y-skip-link')"), "the first Tab should reach the skip link");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForFunctionAsync("() => document.activeElement && document.activeElement.closest('main') !== null");

        Assert.Equal(path, new Uri(page.Url).AbsolutePath);
        Assert.Equal("#main", new Uri(page.Url).Fragment);
        // Focus lands on the article's headline, main's first content, so that a screen reader speaks it
        // (OrcaSkipLinkTests in A11yArticles.Testing.Tests hears it); the skip target is still main.
        Assert.Equal("H1", await page.EvaluateAsync<string>("() => document.activeElement.tagName"));
        Assert.True(await page.EvaluateAsync<bool>("() => document.activeElement.closest('main').id === 'main'"));
        await page.Keyboard.PressAsync("Tab");
        var next = await page.EvaluateAsync<string>("() => document.activeElement.closest('main') ? document.activeElement.textContent.trim() : 'OUTSIDE MAIN: ' + document.activeElement.outerHTML");
        output.WriteLine($"after the skip link, Tab reached: {next}");
        Assert.DoesNotContain("OUTSIDE MAIN", next, StringComparison.Ordinal);
        Assert.Null(await page.Locator("main").GetAttributeAsync("tabindex"));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Skip_past_link_on_a_page_with_two_articles_lands_after_the_first()
    {
        var page = await site.Browser.NewPageAsync();
        await page.GotoAsync(site.Demo.UrlOf("/together"));

        var skipPast = page.Locator("#story1-headline").Locator("xpath=ancestor::article").Locator("[data-a11y-skip-link]");
        await skipPast.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForFunctionAsync("() => document.activeElement.id === 'story1-end'");
        await page.Keyboard.PressAsync("Tab");

        Assert.Equal("story2-", await page.EvaluateAsync<string>("() => document.activeElement.closest('article').querySelector('h2').id.replace('headline', '')"));
        Assert.Equal("/together", new Uri(page.Url).AbsolutePath);
        await page.Context.CloseAsync();
    }
}
