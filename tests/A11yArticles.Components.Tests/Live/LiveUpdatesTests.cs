using System.Collections.Immutable;
using System.Text.RegularExpressions;
using A11yArticles.Model;
using Bunit;
using Microsoft.AspNetCore.Components;

namespace A11yArticles.Components.Tests.Live;

/// <summary>
/// Live updates: the first posts are shown newest first; later ones wait behind a button, announced
/// once per batch in a polite status region; the button inserts them at the top and asks for focus on
/// the newest; without an interactive runtime a link reloads the page at the latest post.
/// </summary>
public sealed partial class LiveUpdatesTests : BunitContext
{
    private static readonly DateTimeOffset Start = new(2026, 12, 3, 10, 0, 0, TimeSpan.Zero);

    private static LivePost Post(string id, int minutes, string? headline = null, string text = "Text.") =>
        new(id, Start.AddMinutes(minutes), [new ParagraphBlock([new TextInline(text + " (" + id + ")")])]) { Headline = headline };

    private static readonly ImmutableArray<LivePost> First = [Post("p1", 0, "The bridge is closed"), Post("p2", 5)];

    private IRenderedComponent<LiveUpdates> Interactive(ImmutableArray<LivePost> posts, string? language = null, ArticleOptions? options = null)
    {
        SetRendererInfo(new RendererInfo("Server", isInteractive: true));
        return Render<LiveUpdates>(p => p.Add(x => x.Posts, posts).Add(x => x.Language, language).Add(x => x.Options, options));
    }

    private static IReadOnlyList<string> PostIds(IRenderedComponent<LiveUpdates> cut) =>
        [.. cut.FindAll(".a11y-live__posts > article").Select(article => article.Id!)];

    /// <summary>Post ids the host chooses stay distinct as element ids, whatever characters they hold.</summary>
    [Fact]
    public void Different_post_ids_never_become_the_same_element_id()
    {
        var cut = Interactive([Post("a.b", 0), Post("a-b", 1), Post("a_b", 2), Post("خبر", 3), Post("نبأ", 4)]);

        var ids = PostIds(cut);
        Assert.Equal(5, ids.Distinct(StringComparer.Ordinal).Count());
        Assert.All(ids, id => Assert.Matches("^[A-Za-z0-9_-]+$", id));
        Assert.Contains("article-post-a-b", ids);
    }

    [Fact]
    public void The_first_posts_are_shown_newest_first_each_an_article_named_by_its_heading_with_its_time()
    {
        var cut = Interactive(First);

        Assert.Equal(["article-post-p2", "article-post-p1"], PostIds(cut));
        var first = cut.Find("#article-post-p1");
        var heading = first.QuerySelector("h2")!;
        Assert.Equal(heading.Id, first.GetAttribute("aria-labelledby"));
        Assert.Equal("10:00 The bridge is closed", heading.TextContent);
        Assert.Equal("2026-12-03T10:00:00+00:00", heading.QuerySelector("time")!.GetAttribute("datetime"));
        Assert.Equal("Text. (p1)", first.QuerySelector("p")!.TextContent);

        // A post without a headline is headed by its time alone.
        Assert.Equal("10:05", cut.Find("#article-post-p2 h2").TextContent);
        Assert.False(first.HasAttribute("tabindex"));
    }

    [Fact]
    public void The_status_region_is_there_from_the_first_render_empty_and_polite()
    {
        var cut = Interactive(First);

        var status = cut.Find(".a11y-live__status");
        Assert.Equal("status", status.GetAttribute("role"));
        Assert.Equal("polite", status.GetAttribute("aria-live"));
        Assert.Equal("true", status.GetAttribute("aria-atomic"));
        Assert.Equal("", status.TextContent);
        Assert.Empty(cut.FindAll("button"));
        Assert.Empty(cut.FindAll(".a11y-live__reload"));
    }

    [Fact]
    public void New_posts_wait_behind_the_button_and_are_announced_once_per_batch()
    {
        var cut = Interactive(First);
        var announcements = new List<string>();
        void Record()
        {
            var text = cut.Find(".a11y-live__status").TextContent;
            if (announcements.Count == 0 || announcements[^1] != text)
            {
                announcements.Add(text);
            }
        }

        Record();
        cut.Render(p => p.Add(x => x.Posts, [.. First, Post("p3", 10, "Traffic diverted")]));
        Record();

        Assert.Equal(["article-post-p2", "article-post-p1"], PostIds(cut));
        Assert.DoesNotContain("Traffic diverted", cut.Markup, StringComparison.Ordinal);
        Assert.Equal("1 new update", cut.Find(".a11y-live__status").TextContent);
        Assert.Equal("Show 1 new update", cut.Find("button.a11y-live__show").TextContent);
        Assert.Equal("button", cut.Find("button.a11y-live__show").GetAttribute("type"));

        // Two more arrive while the button is there: its count follows, the status does not speak again.
        cut.Render(p => p.Add(x => x.Posts, [.. First, Post("p3", 10, "Traffic diverted"), Post("p4", 15)]));
        Record();
        cut.Render(p => p.Add(x => x.Posts, [.. First, Post("p3", 10, "Traffic diverted"), Post("p4", 15), Post("p5", 20, "Bridge reopens")]));
        Record();

        Assert.Equal("Show 3 new updates", cut.Find("button.a11y-live__show").TextContent);
        Assert.Equal(3, cut.Instance.PendingCount);
        Assert.Equal(["", "1 new update"], announcements);
        Assert.Equal(2, cut.FindAll("article").Count);
    }

    [Fact]
    public void The_button_inserts_the_posts_at_the_top_clears_the_status_and_asks_for_focus_on_the_newest_new_post()
    {
        var cut = Interactive(First);
        cut.Render(p => p.Add(x => x.Posts, [.. First, Post("p3", 10, "Traffic diverted"), Post("p4", 15, "Bridge reopens")]));

        cut.Find("button.a11y-live__show").Click();

        Assert.Equal(["article-post-p4", "article-post-p3", "article-post-p2", "article-post-p1"], PostIds(cut));
        Assert.Equal("", cut.Find(".a11y-live__status").TextContent);
        Assert.Empty(cut.FindAll("button"));
        var newest = cut.Find("#article-post-p4");
        Assert.Equal("-1", newest.GetAttribute("tabindex"));
        Assert.False(cut.Find("#article-post-p3").HasAttribute("tabindex"));

        var focus = JSInterop.VerifyFocusAsyncInvoke();
        var reference = Assert.IsType<ElementReference>(focus.Arguments[0]);
        Assert.Equal(newest.GetAttribute("blazor:elementReference"), reference.Id);

        // The next batch is announced again, once.
        cut.Render(p => p.Add(x => x.Posts, [.. First, Post("p3", 10), Post("p4", 15), Post("p5", 20), Post("p6", 25)]));
        Assert.Equal("2 new updates", cut.Find(".a11y-live__status").TextContent);
        Assert.Equal("Show 2 new updates", cut.Find("button").TextContent);
    }

    [Fact]
    public void Posts_the_host_withdraws_before_they_are_shown_take_the_button_and_the_announcement_with_them()
    {
        var cut = Interactive(First);
        cut.Render(p => p.Add(x => x.Posts, [.. First, Post("p3", 10)]));
        Assert.Equal("1 new update", cut.Find(".a11y-live__status").TextContent);

        cut.Render(p => p.Add(x => x.Posts, First));

        Assert.Equal("", cut.Find(".a11y-live__status").TextContent);
        Assert.Empty(cut.FindAll("button"));
    }

    [Fact]
    public void Without_an_interactive_runtime_every_post_is_shown_and_a_real_link_reloads_the_page_at_the_latest_post()
    {
        SetRendererInfo(new RendererInfo("Static", isInteractive: false));
        var before = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();

        var cut = Render<LiveUpdates>(p => p.Add(x => x.Posts, First).Add(x => x.Options, new ArticleOptions { PagePath = "/live/bridge" }));

        Assert.Equal(["article-post-p2", "article-post-p1"], PostIds(cut));
        Assert.Empty(cut.FindAll("button"));
        var link = cut.Find(".a11y-live__reload a");
        Assert.Equal("Show the latest updates", link.TextContent);
        Assert.Equal("false", link.GetAttribute("data-enhance-nav"));
        var match = LatestLink().Match(link.GetAttribute("href")!);
        Assert.True(match.Success, link.GetAttribute("href"));
        Assert.InRange(long.Parse(match.Groups["stamp"].Value, System.Globalization.CultureInfo.InvariantCulture), before, DateTimeOffset.UtcNow.ToUnixTimeMilliseconds());
        Assert.Equal("article-live-posts", match.Groups["target"].Value);
        Assert.NotNull(cut.Find("#article-live-posts"));
        Assert.Equal("", cut.Find("[role=status]").TextContent);
    }

    [Theory]
    [InlineData(null, "?latest=5#x")]
    [InlineData("/live", "/live?latest=5#x")]
    [InlineData("/live?latest=1", "/live?latest=5#x")]
    [InlineData("/live?a=1&latest=1&b=2#old", "/live?a=1&b=2&latest=5#x")]
    [InlineData("/live?latestx=1", "/live?latestx=1&latest=5#x")]
    public void The_reload_link_replaces_its_own_stamp_and_keeps_the_rest_of_the_query(string? pagePath, string expected) =>
        Assert.Equal(expected, LiveUpdates.HrefOfLatest(pagePath, "x", DateTimeOffset.FromUnixTimeMilliseconds(5)));

    [Fact]
    public void Article_text_is_encoded_never_markup()
    {
        var cut = Interactive([Post("p1", 0, "<img src=x onerror=alert(1)>", "<script>alert(2)</script>")]);

        Assert.Empty(cut.FindAll("img"));
        Assert.Empty(cut.FindAll("script"));
        Assert.Contains("<img src=x onerror=alert(1)>", cut.Find("h2").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Ids_are_prefixed_and_host_attributes_are_applied_last()
    {
        var cut = Interactive(First, options: new ArticleOptions { IdPrefix = "blog-", HeadingLevelOffset = 1 });
        var blocks = ImmutableArray.Create<Block>(new HeadingBlock(2, [new TextInline("Background")]));
        SetRendererInfo(new RendererInfo("Server", isInteractive: true));
        var withHeading = Render<LiveUpdates>(p => p
            .Add(x => x.Posts, [new LivePost("a b", Start, blocks) { Headline = "Live" }])
            .Add(x => x.Options, new ArticleOptions { IdPrefix = "two-" })
            .AddUnmatched("class", "mine")
            .AddUnmatched("data-feed", "bridge"));

        Assert.NotNull(cut.Find("#blog-live-status"));
        Assert.NotNull(cut.Find("#blog-live-posts"));
        Assert.NotNull(cut.Find("#blog-post-p1 h3#blog-post-p1-heading"));
        var root = withHeading.Find("div");
        Assert.Equal("mine", root.GetAttribute("class"));
        Assert.Equal("bridge", root.GetAttribute("data-feed"));

        // A post's own headings sit under its heading, with ids under the post's id.
        Assert.Equal("two-post-a_20_b", withHeading.Find("article").Id);
        var inner = withHeading.Find("article h3");
        Assert.Equal("Background", inner.TextContent);
        Assert.StartsWith("two-post-a_20_b-", inner.Id, StringComparison.Ordinal);
    }

    [Fact]
    public void Posts_need_unique_ids()
    {
        SetRendererInfo(new RendererInfo("Server", isInteractive: true));
        Assert.Throws<InvalidOperationException>(() => Render<LiveUpdates>(p => p.Add(x => x.Posts, [Post("p1", 0), Post("p1", 5)])));
    }

    [Theory]
    [InlineData("es", "1 actualización nueva", "Mostrar 2 actualizaciones nuevas", "Ver las últimas actualizaciones")]
    [InlineData("fr", "1 nouvelle mise à jour", "Afficher 2 nouvelles mises à jour", "Voir les dernières mises à jour")]
    [InlineData("de", "1 neue Aktualisierung", "2 neue Aktualisierungen anzeigen", "Neueste Aktualisierungen anzeigen")]
    [InlineData("ar", "تحديث جديد واحد", "عرض التحديثين الجديدين", "عرض آخر التحديثات")]
    public void The_strings_follow_the_posts_language(string language, string announcedForOne, string buttonForTwo, string link)
    {
        var cut = Interactive(First, language);
        cut.Render(p => p.Add(x => x.Posts, [.. First, Post("p3", 10)]));
        Assert.Equal(announcedForOne, cut.Find("[role=status]").TextContent);
        cut.Render(p => p.Add(x => x.Posts, [.. First, Post("p3", 10), Post("p4", 15)]));
        Assert.Equal(buttonForTwo, cut.Find("button").TextContent);

        SetRendererInfo(new RendererInfo("Static", isInteractive: false));
        var page = Render<LiveUpdates>(p => p.Add(x => x.Posts, First).Add(x => x.Language, language));
        Assert.Equal(link, page.Find(".a11y-live__reload a").TextContent);
    }

    [Theory]
    [InlineData("en", 1, "1 new update")]
    [InlineData("en", 2, "2 new updates")]
    [InlineData("en", 0, "0 new updates")]
    [InlineData("de", 1, "1 neue Aktualisierung")]
    [InlineData("de", 21, "21 neue Aktualisierungen")]
    [InlineData("es", 1, "1 actualización nueva")]
    [InlineData("es", 2, "2 actualizaciones nuevas")]
    [InlineData("es", 1000000, "1000000 de actualizaciones nuevas")]
    [InlineData("fr", 0, "0 nouvelle mise à jour")]
    [InlineData("fr", 1, "1 nouvelle mise à jour")]
    [InlineData("fr", 2, "2 nouvelles mises à jour")]
    [InlineData("fr", 2000000, "2000000 de nouvelles mises à jour")]
    [InlineData("ar", 0, "لا تحديثات جديدة")]
    [InlineData("ar", 1, "تحديث جديد واحد")]
    [InlineData("ar", 2, "تحديثان جديدان")]
    [InlineData("ar", 3, "3 تحديثات جديدة")]
    [InlineData("ar", 10, "10 تحديثات جديدة")]
    [InlineData("ar", 11, "11 تحديثًا جديدًا")]
    [InlineData("ar", 99, "99 تحديثًا جديدًا")]
    [InlineData("ar", 100, "100 تحديث جديد")]
    [InlineData("ar", 102, "102 تحديث جديد")]
    [InlineData("ar", 103, "103 تحديثات جديدة")]
    [InlineData("ar", 111, "111 تحديثًا جديدًا")]
    public void Counts_take_the_plural_form_of_their_language(string language, int count, string expected) =>
        Assert.Equal(expected, ArticleStrings.For(language).Plural(ArticleStrings.For(language).NewUpdates, count));

    [Fact]
    public void Every_language_has_the_live_strings_with_the_count_in_its_general_form()
    {
        foreach (var language in ArticleStrings.BuiltInLanguages)
        {
            var strings = ArticleStrings.For(language);
            foreach (var plural in new[] { strings.NewUpdates, strings.ShowNewUpdates })
            {
                Assert.Contains("{0}", plural.Other, StringComparison.Ordinal);
                Assert.All(plural.Forms, form => Assert.False(string.IsNullOrWhiteSpace(form), language));
            }

            Assert.False(string.IsNullOrWhiteSpace(strings.ShowLatestUpdates));
            if (language != "en")
            {
                Assert.NotEqual(ArticleStrings.English.NewUpdates, strings.NewUpdates);
                Assert.NotEqual(ArticleStrings.English.ShowLatestUpdates, strings.ShowLatestUpdates);
            }
        }
    }

    [Fact]
    public void Posts_travel_as_json()
    {
        ImmutableArray<LivePost> posts = [Post("p1", 0, "Headline"), Post("p2", 5)];

        var json = System.Text.Json.JsonSerializer.Serialize(posts, ArticleJsonContext.Default.ImmutableArrayLivePost);
        var back = System.Text.Json.JsonSerializer.Deserialize(json, ArticleJsonContext.Default.ImmutableArrayLivePost);

        Assert.Equal(2, back.Length);
        Assert.Equal("Headline", back[0].Headline);
        Assert.Equal(posts[1].Published, back[1].Published);
        Assert.Equal("Text. (p2)", Assert.IsType<ParagraphBlock>(back[1].Blocks[0]).PlainText);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void A_page_with_live_updates_passes_the_checker(bool interactive)
    {
        SetRendererInfo(new RendererInfo(interactive ? "Server" : "Static", interactive));
        var cut = Render<LiveUpdates>(p => p.Add(x => x.Posts, First));
        cut.Render(p => p.Add(x => x.Posts, [.. First, Post("p3", 10, "Traffic diverted")]));
        Assert.Equal(interactive ? 1 : 0, cut.FindAll("button").Count);

        A11yArticles.Checks.A11yAssert.NoViolations(
            "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Live: the bridge</title></head><body>" +
            "<a class=\"a11y-skip-link\" data-a11y-skip-link href=\"#main\">Skip to main content</a>" +
            "<main id=\"main\"><h1>Live: the bridge</h1>" + cut.Markup + "</main></body></html>");
    }

    [GeneratedRegex(@"^/live/bridge\?latest=(?<stamp>\d+)#(?<target>[\w-]+)$")]
    private static partial Regex LatestLink();
}
