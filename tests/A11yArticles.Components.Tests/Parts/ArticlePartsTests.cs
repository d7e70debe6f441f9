using A11yArticles.Components;
using System.Collections.Immutable;
using A11yArticles.Model;
using A11yArticles.TestSupport;
using Bunit;
using Microsoft.AspNetCore.Components;

namespace A11yArticles.Components.Tests.Parts;

using ListBlockView = A11yArticles.Components.ItemList;

/// <summary>The article's parts: header, headings, table of contents, figures, lists, footnotes, notes, tags, related links.</summary>
public sealed class ArticlePartsTests : BunitContext
{
    private static readonly Article Rich = RichArticle.Create();

    private IRenderedComponent<ArticleView> RenderRich(string prefix = "a-", int offset = 0) =>
        Render<ArticleView>(p => p.Add(x => x.Article, Rich).Add(x => x.Options, new ArticleOptions { IdPrefix = prefix, HeadingLevelOffset = offset }));

    /// <summary>Renders a component inside an ArticleView's context, as ArticleView cascades it.</summary>
    private IRenderedComponent<TComponent> RenderInArticle<TComponent>(Article article, Action<ComponentParameterCollectionBuilder<TComponent>>? parameters = null, string prefix = "a-")
        where TComponent : IComponent
    {
        var context = new ArticleContext(article, new ArticleOptions { IdPrefix = prefix });
        return Render<TComponent>(p =>
        {
            p.AddCascadingValue(context);
            parameters?.Invoke(p);
        });
    }

    [Fact]
    public void Header_has_headline_standfirst_byline_dateline_and_dates()
    {
        var cut = RenderRich();

        var header = cut.Find("article > header");
        Assert.Equal("How a town rebuilt its bridge in the open", header.QuerySelector("h1")!.TextContent);
        Assert.Equal("a-standfirst", header.QuerySelector(".a11y-article__standfirst")!.Id);
        header.QuerySelector(".a11y-article__byline")!.MarkupMatches(
            "<p class=\"a11y-article__byline\">By <a href=\"https://example.org/authors/ana-lima\" rel=\"author\"><bdi>Ana Lima</bdi></a> and <bdi>Sam Okafor</bdi></p>");
        Assert.Equal("Ellbridge", header.QuerySelector(".a11y-article__location")!.TextContent);
        var times = header.QuerySelectorAll("time");
        Assert.Equal(["2026-05-04T09:00:00+01:00", "2026-05-05T16:30:00+01:00"], times.Select(t => t.GetAttribute("datetime")));
        Assert.Equal(["4 May 2026", "5 May 2026"], times.Select(t => t.TextContent));
    }

    [Fact]
    public void Hidden_date_label_is_its_own_word()
    {
        var cut = RenderRich();

        var published = cut.Find(".a11y-article__published");
        var label = published.QuerySelector(".visually-hidden")!;
        Assert.Equal("Published ", label.TextContent);
        Assert.Equal("Published 4 May 2026", published.TextContent);
        Assert.Equal("Updated 5 May 2026", cut.Find(".a11y-article__updated").TextContent);
    }

    /// <summary>
    /// Text read without layout (a reader view's textContent) keeps the header's parts apart: no
    /// "OkaforEllbridge", no "EllbridgePublished", no "2026Updated"; and a note's hidden back-link
    /// words never run into the next note.
    /// </summary>
    [Fact]
    public void Header_parts_and_footnotes_end_with_a_line_break_in_the_text()
    {
        var cut = RenderRich();

        Assert.Equal(
            "How a town rebuilt its bridge in the open\n" +
            "Fourteen months, three designs and one public model: what happened when a council built in the open.\n" +
            "By Ana Lima and Sam Okafor\nEllbridge\nPublished 4 May 2026\nUpdated 5 May 2026\n",
            cut.Find("article > header").TextContent);
        Assert.All(cut.FindAll(".a11y-footnotes li"), note => Assert.EndsWith("\n", note.TextContent, StringComparison.Ordinal));
    }

    [Fact]
    public void Header_slots_go_before_the_headline_and_at_the_end()
    {
        var cut = Render<ArticleView>(p => p
            .Add(x => x.Article, Rich)
            .Add(x => x.BeforeHeadline, "<p class=\"kicker\">Local</p>")
            .Add(x => x.HeaderContent, "<p class=\"share\">Share</p>")
            .Add(x => x.BeforeBody, "<p class=\"ad\">Before</p>")
            .Add(x => x.AfterBody, "<p class=\"after\">After</p>"));

        var header = cut.Find("article > header");
        Assert.Equal("kicker", header.FirstElementChild!.ClassName);
        Assert.Equal("share", header.LastElementChild!.ClassName);
        Assert.Equal("a11y-toc", cut.Find("p.ad").PreviousElementSibling!.ClassName);
        Assert.Equal("a11y-article__body", cut.Find("p.ad").NextElementSibling!.ClassName);
        Assert.Equal("a11y-footnotes", cut.Find("p.after").NextElementSibling!.ClassName);
    }

    [Fact]
    public void ArticleHeader_alone_needs_an_article()
    {
        var error = Assert.Throws<InvalidOperationException>(() => Render<ArticleHeader>());
        Assert.Contains("needs an Article", error.Message, StringComparison.Ordinal);

        var cut = Render<ArticleHeader>(p => p.Add(x => x.Article, Rich).Add(x => x.AdditionalAttributes, new Dictionary<string, object> { ["class"] = "mine" }));
        Assert.Equal("mine", cut.Find("header").ClassName);
        Assert.Equal("article-headline", cut.Find("h1").Id);
    }

    [Fact]
    public void Headings_get_unique_prefixed_ids_and_move_down_with_the_offset()
    {
        var article = new Article("H", [new HeadingBlock(2, [new TextInline("Same")]), new HeadingBlock(2, [new TextInline("Same")]), new HeadingBlock(3, [new TextInline("Größe & Maß")])]);

        var cut = Render<ArticleView>(p => p.Add(x => x.Article, article).Add(x => x.Options, new ArticleOptions { IdPrefix = "p-", HeadingLevelOffset = 1 }));

        Assert.Equal(["p-same", "p-same-2", "p-groe-ma"], cut.FindAll(".a11y-heading").Select(h => h.Id));
        Assert.Equal(["H2", "H3", "H3", "H4"], cut.FindAll("h2.a11y-article__headline, .a11y-heading").Select(h => h.TagName));
        Assert.Empty(cut.FindAll("h1"));
    }

    [Fact]
    public void Heading_alone_renders_its_level_and_takes_attributes()
    {
        var cut = Render<Heading>(p => p
            .Add(x => x.Block, new HeadingBlock(3, [new TextInline("Alone")]))
            .AddUnmatched("class", "host-heading")
            .AddUnmatched("id", "host-id"));

        cut.MarkupMatches("<h3 id=\"host-id\" class=\"host-heading\">Alone</h3>");
    }

    [Fact]
    public void Table_of_contents_is_a_labelled_nav_with_nested_links_to_every_heading()
    {
        var cut = RenderRich();

        var toc = cut.Find("nav.a11y-toc");
        Assert.Equal("a-toc-heading", toc.GetAttribute("aria-labelledby"));
        Assert.Equal("Table of contents", cut.Find("#a-toc-heading").TextContent);
        var links = toc.QuerySelectorAll("a");
        Assert.Equal(["The plan", "What residents asked for", "The objections", "What it cost"], links.Select(a => a.TextContent));
        Assert.All(links, link => Assert.NotNull(cut.Find(link.GetAttribute("href")!)));
        Assert.Equal("What residents asked for", toc.QuerySelector("ol > li > ol > li > a")!.TextContent);
    }

    [Fact]
    public void Table_of_contents_needs_three_headings_unless_told_otherwise()
    {
        var two = new Article("H", [new HeadingBlock(2, [new TextInline("One")]), new HeadingBlock(2, [new TextInline("Two")])]);

        Assert.Empty(Render<ArticleView>(p => p.Add(x => x.Article, two)).FindAll("nav"));
        var cut = RenderInArticle<TableOfContents>(two, p => p.Add(x => x.MinimumHeadings, 2).Add(x => x.Title, "Contents"));
        Assert.Equal("Contents", cut.Find("h2").TextContent);
        Assert.Equal(2, cut.FindAll("a").Count);
        Assert.Empty(Render<ArticleView>(p => p.Add(x => x.Article, Rich).Add(x => x.Options, new ArticleOptions { ShowTableOfContents = false })).FindAll("nav.a11y-toc"));
    }

    [Fact]
    public void Figure_has_image_alt_caption_and_credit()
    {
        var cut = Render<Figure>(p => p.Add(x => x.Block, new FigureBlock(new Image("javascript:alert(1)", "x")) { Credit = "Agency" }));

        cut.MarkupMatches("<figure class=\"a11y-figure\"><figcaption><span class=\"a11y-figure__credit\">Agency</span></figcaption></figure>");
    }

    [Fact]
    public void ListBlock_renders_ordered_and_unordered_lists_with_host_attributes()
    {
        var list = new Model.ListBlock(false, [new ListItem([new ParagraphBlock([new TextInline("a")])])]);

        var cut = Render<ListBlockView>(p => p.Add(x => x.Block, list).AddUnmatched("class", "tight"));

        cut.MarkupMatches("<ul class=\"tight\"><li>a</li></ul>");
    }

    [Fact]
    public void ListBlock_numbers_from_the_list_start()
    {
        var item = new ListItem([new ParagraphBlock([new TextInline("third")])]);

        var continued = Render<ListBlockView>(p => p.Add(x => x.Block, new Model.ListBlock(true, [item]) { Start = 3 }));
        var fresh = Render<ListBlockView>(p => p.Add(x => x.Block, new Model.ListBlock(true, [item])));

        continued.MarkupMatches("<ol start=\"3\"><li>third</li></ol>");
        fresh.MarkupMatches("<ol><li>third</li></ol>");
    }

    [Fact]
    public void Paragraph_renders_its_inlines_and_the_host_attributes()
    {
        var cut = Render<Paragraph>(p => p.Add(x => x.Block, new ParagraphBlock([new TextInline("<b>x</b>")])).AddUnmatched("class", "lead"));

        cut.MarkupMatches("<p class=\"lead\">&lt;b&gt;x&lt;/b&gt;</p>");
    }

    [Fact]
    public void Two_references_to_one_footnote_have_their_own_ids_and_the_note_links_back_to_each()
    {
        var cut = RenderRich();

        var references = cut.FindAll("sup.a11y-footnote-ref a");
        Assert.Equal(["a-fnref-1", "a-fnref-1-2", "a-fnref-2"], references.Select(r => r.Id));
        Assert.Equal(["#a-fn-1", "#a-fn-1", "#a-fn-2"], references.Select(r => r.GetAttribute("href")));
        Assert.Equal("Footnote 1", references[0].GetAttribute("aria-label"));
        var backLinks = cut.FindAll("#a-fn-1 a.a11y-footnotes__back");
        Assert.Equal(["#a-fnref-1", "#a-fnref-1-2"], backLinks.Select(a => a.GetAttribute("href")));
        Assert.Equal(["Back to reference 1a", "Back to reference 1b"], backLinks.Select(a => a.QuerySelector(".visually-hidden")!.TextContent));
        Assert.Equal("Back to reference 2", cut.Find("#a-fn-2 a.a11y-footnotes__back .visually-hidden").TextContent);
    }

    [Fact]
    public void Footnotes_heading_and_back_label_are_settable_and_absent_without_notes()
    {
        var cut = RenderInArticle<Footnotes>(Rich, p => p.Add(x => x.Heading, "Notes").Add(x => x.BackLinkLabel, "Up to {0}").AddUnmatched("class", "mine"));

        Assert.Equal("Notes", cut.Find("h2").TextContent);
        Assert.Equal("mine", cut.Find("section").ClassName);
        Assert.Equal("Up to 2", cut.FindAll("a .visually-hidden")[^1].TextContent);
        Assert.Empty(RenderInArticle<Footnotes>(TestArticles.Seed).Markup.Trim());
    }

    [Fact]
    public void Corrections_and_updates_are_notes_with_label_date_and_text()
    {
        var cut = RenderRich();

        var notes = cut.FindAll("[role=note]");
        Assert.Equal(2, notes.Count);
        Assert.Equal("Correction 5 May 2026: An earlier version gave the wrong length of the works.", notes[0].TextContent);
        Assert.Equal("Update: Adds the final cost.", notes[1].TextContent);
        Assert.Equal("2026-05-05", notes[0].QuerySelector("time")!.GetAttribute("datetime"));
    }

    [Theory]
    [InlineData("en", "{0} min read")]
    [InlineData("es", "{0} min de lectura")]
    [InlineData("fr", "{0} min de lecture")]
    [InlineData("de", "{0} Min. Lesezeit")]
    [InlineData("ar", "مدة القراءة: {0} د")]
    public void The_header_gives_the_reading_time_when_asked_as_a_duration(string language, string format)
    {
        var article = Rich with { Language = language };
        var minutes = (int)ReadingTime.Estimate(article).TotalMinutes;

        var cut = Render<ArticleView>(p => p.Add(x => x.Article, article).Add(x => x.Options, new ArticleOptions { ShowReadingTime = true }));

        var time = cut.Find("article > header .a11y-article__reading-time > time");
        Assert.Equal($"PT{minutes}M", time.GetAttribute("datetime"));
        Assert.Equal(string.Format(System.Globalization.CultureInfo.InvariantCulture, format, minutes), time.TextContent);
        Assert.Empty(Render<ArticleView>(p => p.Add(x => x.Article, article)).FindAll(".a11y-article__reading-time"));
    }

    [Fact]
    public void The_page_history_lists_every_change_newest_first_then_the_first_publication()
    {
        var cut = RenderRich();

        var history = cut.Find("article details.a11y-history");
        Assert.Equal("Page history", history.QuerySelector("summary")!.TextContent);
        var entries = history.QuerySelectorAll("ol > li").Select(li => li.TextContent).ToList();
        Assert.Equal(
            ["5 May 2026: Correction: An earlier version gave the wrong length of the works.", "Update: Adds the final cost.", "4 May 2026: First published"],
            entries);
        Assert.Equal(["2026-05-05", "2026-05-04T09:00:00+01:00"], history.QuerySelectorAll("time").Select(time => time.GetAttribute("datetime")));

        // The history follows the notes, before the body.
        Assert.Equal("a11y-article__notes", history.PreviousElementSibling!.ClassName);
    }

    [Fact]
    public void The_page_history_orders_dated_notes_by_date_whatever_the_article_order()
    {
        var day = (int d) => new DateTimeOffset(2026, 3, d, 0, 0, 0, TimeSpan.Zero);
        var article = TestArticles.Seed with
        {
            Published = day(1),
            Notes = [
                new Note(NoteKind.Update, [new TextInline("second")]) { Date = day(3) },
                new Note(NoteKind.Correction, [new TextInline("undated")]),
                new Note(NoteKind.Update, [new TextInline("third")]) { Date = day(9) },
                new Note(NoteKind.Correction, [new TextInline("first")]) { Date = day(2) },
            ],
        };

        var cut = RenderInArticle<ChangeHistory>(article);

        Assert.Equal(
            ["9 March 2026: Update: third", "3 March 2026: Update: second", "2 March 2026: Correction: first", "Correction: undated", "1 March 2026: First published"],
            cut.FindAll("li").Select(li => li.TextContent));
    }

    [Theory]
    [InlineData("es", "Historial de cambios", "Primera publicación")]
    [InlineData("fr", "Historique des modifications", "Première publication")]
    [InlineData("de", "Änderungsverlauf", "Erstveröffentlichung")]
    [InlineData("ar", "سجل التعديلات", "النشر الأول")]
    public void The_page_history_speaks_the_article_language(string language, string summary, string firstPublished)
    {
        var cut = RenderInArticle<ChangeHistory>(Rich with { Language = language });

        Assert.Equal(summary, cut.Find("summary").TextContent);
        Assert.EndsWith(firstPublished, cut.FindAll("li")[^1].TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void An_article_without_notes_has_no_page_history()
    {
        Assert.Empty(RenderInArticle<ChangeHistory>(TestArticles.Seed with { Notes = [] }).Markup.Trim());
        Assert.Empty(Render<ArticleView>(p => p.Add(x => x.Article, TestArticles.Seed with { Notes = [] })).FindAll("details.a11y-history"));
    }

    [Fact]
    public void UpdateNote_and_Correction_take_a_label_and_host_attributes()
    {
        var note = new Note(NoteKind.Update, [new TextInline("New figures.")]);

        var update = Render<UpdateNote>(p => p.Add(x => x.Note, note).AddUnmatched("data-x", "1"));
        update.MarkupMatches("<div class=\"a11y-note a11y-note--update\" role=\"note\" data-x=\"1\"><p><strong class=\"a11y-note__label\">Update</strong>: New figures.</p></div>");
        var correction = Render<Correction>(p => p.Add(x => x.Note, note with { Kind = NoteKind.Correction }).Add(x => x.LabelText, "Erratum").AddUnmatched("class", "host"));
        Assert.Equal("host", correction.Find("div").ClassName);
        Assert.Equal("Erratum", correction.Find("strong").TextContent);
    }

    [Fact]
    public void Related_links_are_a_labelled_nav_or_aside_without_unsafe_links()
    {
        var cut = RenderRich();
        var nav = cut.Find("nav.a11y-related");
        Assert.Equal("Related", cut.Find("#" + nav.GetAttribute("aria-labelledby")).TextContent);
        Assert.Equal(2, nav.QuerySelectorAll("a").Length);

        var aside = RenderInArticle<RelatedLinks>(Rich, p => p
            .Add(x => x.AsAside, true)
            .Add(x => x.Title, "More")
            .Add(x => x.Items, [new RelatedLink("Bad", "javascript:alert(1)"), new RelatedLink("Good", "/good")]));
        aside.MarkupMatches("<aside class=\"a11y-related\" aria-labelledby=\"a-related-heading\"><h2 id=\"a-related-heading\">More</h2><ul><li><a href=\"/good\">Good</a></li></ul></aside>");
        Assert.Empty(Render<RelatedLinks>().Markup.Trim());
    }

    [Fact]
    public void Tags_are_a_labelled_list_with_optional_links()
    {
        var cut = RenderInArticle<Tags>(Rich, p => p.Add(x => x.TagHref, tag => tag == "Infrastructure" ? "/topics/infrastructure" : null));

        cut.MarkupMatches(
            "<div class=\"a11y-tags\"><p id=\"a-tags-label\" class=\"a11y-tags__label\">Topics</p>" +
            "<ul class=\"a11y-tags__list\" aria-labelledby=\"a-tags-label\"><li><a href=\"/topics/infrastructure\">Infrastructure</a></li><li>Local government</li></ul></div>");
        Assert.Empty(Render<Tags>().Markup.Trim());
    }

    [Fact]
    public void A_host_component_replaces_the_built_in_one_for_a_block_type()
    {
        var cut = Render<ArticleView>(p => p
            .Add(x => x.Article, Rich)
            .Add(x => x.Options, new ArticleOptions { BlockComponents = new Dictionary<Type, Type> { [typeof(FigureBlock)] = typeof(HostFigure) } }));

        Assert.Empty(cut.FindAll("figure.a11y-figure"));
        Assert.Equal("bridge-model.svg", cut.Find("div.host-figure").TextContent);
        Assert.Equal(4, cut.FindAll(".a11y-heading").Count);
    }

    [Fact]
    public void A_host_component_replaces_the_built_in_markup_for_an_inline_type_wherever_it_occurs()
    {
        var cut = Render<ArticleView>(p => p
            .Add(x => x.Article, Rich)
            .Add(x => x.Options, new ArticleOptions { InlineComponents = new Dictionary<Type, Type> { [typeof(AbbreviationInline)] = typeof(HostAbbreviation) } }));

        // Three uses of "RDA" in paragraphs; the host's component sees the article through the cascade.
        Assert.Empty(cut.FindAll("abbr"));
        Assert.Equal(["RDA (The Example Courier)", "RDA (The Example Courier)", "RDA (The Example Courier)"], cut.FindAll("span.host-abbr").Select(e => e.TextContent));
        Assert.Single(cut.FindAll("q"));
    }

    [Fact]
    public void A_new_article_in_the_same_view_shows_only_the_new_article()
    {
        var cut = Render<ArticleView>(p => p.Add(x => x.Article, Rich));
        Assert.NotEmpty(cut.FindAll("section.a11y-footnotes, .a11y-footnotes"));

        var other = new Article("Another story", [new ParagraphBlock([new TextInline("Only this.")])]);
        cut.Render(p => p.Add(x => x.Article, other));

        Assert.Equal("Another story", cut.Find("h1").TextContent);
        Assert.Empty(cut.FindAll(".a11y-footnotes"));
        Assert.Empty(cut.FindAll("nav.a11y-toc"));
        Assert.Equal("Only this.", cut.Find(".a11y-article__body").TextContent);
    }

    [Theory]
    [InlineData(null, null, "#article-what-it-cost")]
    [InlineData("s-", null, "#s-what-it-cost")]
    [InlineData("s-", "/articles/story?x=1#old", "/articles/story?x=1#s-what-it-cost")]
    public void A_link_to_a_heading_of_the_article_leads_to_it_on_the_page(string? prefix, string? pagePath, string expected)
    {
        var article = Rich with
        {
            Blocks = Rich.Blocks.Add(new ParagraphBlock([new LinkInline("#what-it-cost", [new TextInline("the costs")]), new LinkInline("#elsewhere", [new TextInline("elsewhere")])])),
        };
        var options = new ArticleOptions { IdPrefix = prefix ?? ArticleOptions.DefaultIdPrefix, PagePath = pagePath };

        var cut = Render<ArticleView>(p => p.Add(x => x.Article, article).Add(x => x.Options, options));

        Assert.Equal(expected, cut.FindAll("a").Single(a => a.TextContent == "the costs").GetAttribute("href"));
        
        // Every other in-page link of the article (contents, footnotes, skip past) follows the same rule.
        var inPage = cut.FindAll("a[href*='#']").Where(a => a.TextContent != "elsewhere").ToList();
        Assert.True(inPage.Count > 5, $"expected the contents' and footnotes' links, found {inPage.Count}");
        Assert.All(inPage, a => Assert.StartsWith(pagePath?.Split('#')[0] + "#", a.GetAttribute("href")));
        Assert.NotNull(cut.Find("#" + (prefix ?? "article-") + "what-it-cost"));
        Assert.Equal("#elsewhere", cut.FindAll("a").Single(a => a.TextContent == "elsewhere").GetAttribute("href"));
    }

    [Fact]
    public void Two_articles_on_one_page_share_no_id()
    {
        var cut = Render<TwoArticles>();

        var ids = cut.FindAll("[id]").Select(e => e.Id!).ToList();
        Assert.True(ids.Count > 20, $"expected many ids, found {ids.Count}");
        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
        var references = cut.FindAll("[href^='#'], [aria-labelledby]")
            .Select(e => e.GetAttribute("href")?.TrimStart('#') ?? e.GetAttribute("aria-labelledby")!);
        Assert.All(references, id => Assert.Contains(id, ids));
    }

    /// <summary>A host's figure component: it gets the block as its Block parameter.</summary>
    private sealed class HostAbbreviation : ComponentBase
    {
        [Parameter]
        public AbbreviationInline Inline { get; set; } = default!;

        [CascadingParameter]
        public ArticleContext? Context { get; set; }

        protected override void BuildRenderTree(Microsoft.AspNetCore.Components.Rendering.RenderTreeBuilder builder)
        {
            builder.OpenElement(0, "span");
            builder.AddAttribute(1, "class", "host-abbr");
            builder.AddContent(2, $"{Inline.Text} ({Context?.Article.SiteName})");
            builder.CloseElement();
        }
    }

    private sealed class HostFigure : ComponentBase
    {
        [Parameter]
        public FigureBlock Block { get; set; } = default!;

        protected override void BuildRenderTree(Microsoft.AspNetCore.Components.Rendering.RenderTreeBuilder builder)
        {
            builder.OpenElement(0, "div");
            builder.AddAttribute(1, "class", "host-figure");
            builder.AddContent(2, Block.Image.Source);
            builder.CloseElement();
        }
    }

    /// <summary>A host page with the rich article twice, as a list of stories would have it.</summary>
    private sealed class TwoArticles : ComponentBase
    {
        protected override void BuildRenderTree(Microsoft.AspNetCore.Components.Rendering.RenderTreeBuilder builder)
        {
            foreach (var prefix in new[] { "one-", "two-" })
            {
                builder.OpenComponent<ArticleView>(0);
                builder.AddComponentParameter(1, nameof(ArticleView.Article), Rich);
                builder.AddComponentParameter(2, nameof(ArticleView.Options), new ArticleOptions { IdPrefix = prefix, HeadingLevelOffset = 1 });
                builder.AddComponentParameter(4, nameof(ArticleView.SkipPastLink), true);
                builder.CloseComponent();
            }
        }
    }
}
