using A11yArticles.Checks;
using A11yArticles.Components.Tests.Snapshots;
using A11yArticles.Model;
using A11yArticles.Rendering;
using Bunit;

namespace A11yArticles.Components.Tests.Newsroom;

/// <summary>Data tables: caption, column and row headers with scope, numeric alignment, a named scroll region reachable by keyboard.</summary>
public sealed class DataTableTests : BunitContext
{
    private static TableCell Cell(string text, bool header = false) => new([new TextInline(text)]) { IsHeader = header };

    public static readonly TableBlock Crossings = new(
        [new TableRow([Cell("Day", true), Cell("Crossings", true), Cell("Weather", true)])],
        [
            new TableRow([Cell("Monday", true), Cell("1,200"), Cell("Sunny")]),
            new TableRow([Cell("Tuesday", true), Cell("1,850"), Cell("Rain")]),
            new TableRow([Cell("Weekend", true), new TableCell([new TextInline("Closed for the festival")]) { ColumnSpan = 2 }]),
        ])
    {
        Caption = [new TextInline("Crossings per day, "), new EmphasisInline(EmphasisKind.Emphasis, [new TextInline("first week")])],
    };

    private static Article ArticleWith(params Block[] blocks) => new("Tables", [new ParagraphBlock([new TextInline("Before.")]), .. blocks]) { Language = "en" };

    [Fact]
    public void A_table_has_its_caption_headers_with_scope_and_numbers_aligned_in_a_named_scroll_region()
    {
        var cut = Render<ArticleView>(p => p.Add(x => x.Article, ArticleWith(Crossings)));

        var region = cut.Find("div.a11y-table");
        Assert.Equal("region", region.GetAttribute("role"));
        Assert.Equal("0", region.GetAttribute("tabindex"));
        var caption = region.QuerySelector("table > caption")!;
        Assert.Equal("article-table-1-caption", caption.Id);
        Assert.Equal(caption.Id, region.GetAttribute("aria-labelledby"));
        Assert.Equal("Crossings per day, first week", caption.TextContent);
        Assert.NotNull(caption.QuerySelector("em"));
        Assert.False(caption.ClassList.Contains("visually-hidden"));

        Assert.Equal(["col", "col", "col"], region.QuerySelectorAll("thead th").Select(th => th.GetAttribute("scope")));
        Assert.Equal(["Monday", "Tuesday", "Weekend"], region.QuerySelectorAll("tbody th[scope=row]").Select(th => th.TextContent));
        Assert.Equal(["1,200", "1,850"], region.QuerySelectorAll("tbody td.a11y-table__cell--numeric").Select(td => td.TextContent));
        Assert.Contains("a11y-table__cell--numeric", region.QuerySelectorAll("thead th")[1].ClassList);
        Assert.Empty(region.QuerySelectorAll("td.a11y-table__cell--numeric[colspan]"));
        Assert.Equal("2", region.QuerySelector("td[colspan]")!.GetAttribute("colspan"));
        Assert.Empty(region.QuerySelectorAll("[rowspan]"));
    }

    [Fact]
    public void A_table_without_caption_is_named_by_its_number_in_the_article_s_language()
    {
        var bare = Crossings with { Caption = [] };

        var cut = Render<ArticleView>(p => p.Add(x => x.Article, ArticleWith(Crossings, bare) with { Language = "es" }));

        var captions = cut.FindAll("caption");
        Assert.Equal(["article-table-1-caption", "article-table-2-caption"], captions.Select(c => c.Id));
        Assert.Equal("Tabla 2", captions[1].TextContent);
        Assert.Contains("visually-hidden", captions[1].ClassList);
        Assert.Equal(["article-table-1-caption", "article-table-2-caption"], cut.FindAll("[role=region]").Select(r => r.GetAttribute("aria-labelledby")));
    }

    [Fact]
    public void Two_articles_on_one_page_never_share_a_table_id()
    {
        var cut = Render(builder =>
        {
            builder.OpenComponent<ArticleView>(0);
            builder.AddComponentParameter(1, nameof(ArticleView.Article), ArticleWith(Crossings));
            builder.CloseComponent();
            builder.OpenComponent<ArticleView>(2);
            builder.AddComponentParameter(3, nameof(ArticleView.Article), ArticleWith(Crossings));
            builder.AddComponentParameter(4, nameof(ArticleView.Options), new ArticleOptions { IdPrefix = "second-" });
            builder.CloseComponent();
        });

        var ids = cut.FindAll("caption").Select(c => c.Id).ToList();
        Assert.Equal(["article-table-1-caption", "second-table-1-caption"], ids);
    }

    [Fact]
    public void Cell_text_is_encoded_never_markup_and_host_attributes_win()
    {
        var hostile = new TableBlock([], [new TableRow([Cell("<script>alert(1)</script>"), Cell("<b>bold</b>")])]) { Caption = [new TextInline("<img src=x onerror=alert(1)>")] };

        var cut = Render<DataTable>(p => p.Add(x => x.Block, hostile).AddUnmatched("tabindex", "-1").AddUnmatched("data-kind", "scores"));

        Assert.Empty(cut.FindAll("script, b, img"));
        Assert.Equal("<script>alert(1)</script>", cut.Find("td").TextContent);
        Assert.Equal("<img src=x onerror=alert(1)>", cut.Find("caption").TextContent);
        var region = cut.Find("div.a11y-table");
        Assert.Equal("-1", region.GetAttribute("tabindex"));
        Assert.Equal("scores", region.GetAttribute("data-kind"));
        Assert.StartsWith("article-table-", cut.Find("caption").Id, StringComparison.Ordinal);
        Assert.Empty(cut.FindAll("thead"));
    }

    [Fact]
    public void Explicit_alignment_and_row_spans_keep_each_cell_in_its_column()
    {
        var table = new TableBlock(
            [new TableRow([Cell("Team", true), Cell("Group", true), Cell("Points", true)])],
            [
                new TableRow([Cell("Reds"), new TableCell([new TextInline("A")]) { RowSpan = 2 }, Cell("12")]),
                new TableRow([Cell("Blues"), Cell("9")]),
            ])
        {
            ColumnAlignments = [TableColumnAlignment.Default, TableColumnAlignment.Center],
        };

        var cut = Render<DataTable>(p => p.Add(x => x.Block, table));

        // Blues' 9 is in the third column (the second is taken by the rowspan): it is a number, aligned as one.
        Assert.Equal(["12", "9"], cut.FindAll("td.a11y-table__cell--numeric").Select(td => td.TextContent));
        Assert.Equal("2", cut.Find("td[rowspan]").GetAttribute("rowspan"));
        Assert.Contains("a11y-table__cell--center", cut.Find("td[rowspan]").ClassList);
        Assert.Equal(["col", "col", "col"], cut.FindAll("th").Select(th => th.GetAttribute("scope")));
    }

    [Fact]
    public void A_row_of_header_cells_in_the_body_heads_columns()
    {
        var table = new TableBlock([], [
            new TableRow([new TableCell([new TextInline("By changesets")]) { IsHeader = true, ColumnSpan = 2 }]),
            new TableRow([Cell("Herbert"), Cell("63")]),
        ]) { Caption = [new TextInline("Most active developers")] };

        var page = Render<ArticlePage>(p => p.Add(x => x.Article, ArticleWith(table))).Markup;

        Assert.Contains("<th scope=\"col\" colspan=\"2\">By changesets</th>", page, StringComparison.Ordinal);
        A11yAssert.NoViolations(page);
    }

    [Fact]
    public void Headers_ids_are_prefixed_and_name_only_cells_of_the_table()
    {
        var table = new TableBlock(
            [new TableRow([Cell("", false), Cell("Won", true) with { Id = "won" }, Cell("Lost", true) with { Id = "lost" }])],
            [new TableRow([Cell("Reds", true) with { Id = "r e d s" }, Cell("4") with { HeaderIds = ["r e d s", "won"] }, Cell("1") with { HeaderIds = ["r e d s", "lost", "missing"] }])])
        {
            Caption = [new TextInline("Results")],
        };

        var page = Render<ArticlePage>(p => p.Add(x => x.Article, ArticleWith(table)));

        Assert.Equal(["article-table-1-cell-won", "article-table-1-cell-lost", "article-table-1-cell-r_20_e_20_d_20_s"], page.FindAll("th[id]").Select(th => th.Id));
        Assert.Equal(["article-table-1-cell-r_20_e_20_d_20_s article-table-1-cell-won", "article-table-1-cell-r_20_e_20_d_20_s article-table-1-cell-lost"], page.FindAll("td[headers]").Select(td => td.GetAttribute("headers")));
        A11yAssert.NoViolations(page.Markup);
    }

    [Fact]
    public void A_page_with_tables_passes_every_rule_of_the_checker()
    {
        var html = Render<ArticlePage>(p => p.Add(x => x.Article, ArticleWith(Crossings, Crossings with { Caption = [] }))).Markup;

        var findings = HtmlChecker.Default.Check(html, "tables.html").Findings;

        Assert.Empty(findings.Select(f => $"{f.Rule.Id}: {f.Message}"));
    }

    [Fact]
    public void A_cell_s_blocks_render_inside_the_cell_after_its_words_and_a_nested_table_is_numbered()
    {
        var languages = new ListBlock(false, [new ListItem([new ParagraphBlock([new TextInline("Welsh")])]), new ListItem([new ParagraphBlock([new TextInline("English")])])]);
        var flag = new FigureBlock(new Image("flag.png", "A red dragon on green and white"));
        var tides = new TableBlock([new TableRow([Cell("Tide", true), Cell("Height", true)])], [new TableRow([Cell("High", true), Cell("4.1 m")])]);
        var facts = new TableBlock([], [
            new TableRow([Cell("Languages", true), new TableCell([new TextInline("Spoken:")]) { Blocks = [languages] }]),
            new TableRow([Cell("Flag", true), new TableCell([]) { Blocks = [flag] }]),
            new TableRow([Cell("Tides", true), new TableCell([]) { Blocks = [tides] }]),
        ]) { Caption = [new TextInline("Facts")] };

        var page = Render<ArticlePage>(p => p.Add(x => x.Article, ArticleWith(facts)));

        var cells = page.FindAll("table.a11y-table__table")[0].QuerySelectorAll(":scope > tbody > tr > td");
        Assert.Equal("Spoken:", cells[0].FirstChild!.TextContent);
        Assert.Equal(["Welsh", "English"], cells[0].QuerySelectorAll("ul > li").Select(item => item.TextContent));
        Assert.Equal("A red dragon on green and white", cells[1].QuerySelector("img")!.GetAttribute("alt"));
        var nested = cells[2].QuerySelector("div.a11y-table[role=region] > table")!;
        Assert.Equal(["Tide", "Height"], nested.QuerySelectorAll("thead th[scope=col]").Select(th => th.TextContent));
        Assert.Equal(["article-table-1-caption", "article-table-2-caption"], page.FindAll("caption").Select(caption => caption.Id));
        Assert.Empty(HtmlChecker.Default.Check(page.Markup, "facts.html").Findings.Select(f => $"{f.Rule.Id}: {f.Message}"));
    }

    [Fact]
    public async Task A_table_page_matches_its_approved_snapshot()
    {
        var html = await ArticleRenderer.RenderPageAsync(ArticleWith(Crossings));

        HtmlSnapshot.Matches(html, "data-table");
    }
}
