using A11yArticles.Importers;
using A11yArticles.Importers.Html;
using A11yArticles.Model;

namespace A11yArticles.Importers.Tests.Html;

/// <summary>Data tables become table blocks; layout tables stay text (Readability's data-table heuristics).</summary>
public sealed class HtmlTableTests
{
    private const string Prose =
        "<p>The council published its budget for the coming year on Tuesday, and the figures show where the money goes across the departments of the city, year by year, with the changes residents asked about.</p>";

    private static Article Import(string article) => HtmlImporter.Parse($"""
        <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Council budget</title></head>
        <body><main><article><h1>Council budget</h1>{Prose}{article}{Prose.Replace("Tuesday", "Wednesday", StringComparison.Ordinal)}</article></main></body></html>
        """, "page.html").Article;

    [Fact]
    public void A_data_table_keeps_its_caption_column_headers_row_headers_and_spans()
    {
        var article = Import("""
            <table>
              <caption>Spending by <em>department</em></caption>
              <thead><tr><th scope="col">Department</th><th scope="col">2024</th><th scope="col">2025</th></tr></thead>
              <tbody>
                <tr><th scope="row">Parks</th><td>1,200</td><td>1,300</td></tr>
                <tr><th scope="row">Libraries</th><td colspan="2">800 both years</td></tr>
              </tbody>
              <tfoot><tr><th scope="row">Total</th><td>2,000</td><td>2,100</td></tr></tfoot>
            </table>
            """);

        var table = Assert.Single(article.Blocks.OfType<TableBlock>());
        Assert.Equal("Spending by department", table.CaptionText);
        Assert.Equal(["Department", "2024", "2025"], Assert.Single(table.HeaderRows).Cells.Select(cell => cell.PlainText));
        Assert.All(table.HeaderRows[0].Cells, cell => Assert.Equal(TableHeaderScope.Column, cell.Scope));
        Assert.Equal(["Parks", "Libraries", "Total"], table.BodyRows.Select(row => row.Cells[0].PlainText));
        Assert.All(table.BodyRows, row => Assert.True(row.Cells[0] is { IsHeader: true, Scope: TableHeaderScope.Row }));
        Assert.Equal(2, table.BodyRows[1].Cells[1].ColumnSpan);
        Assert.False(table.BodyRows[0].Cells[1].IsHeader);
        Assert.DoesNotContain(article.Blocks.OfType<ParagraphBlock>(), paragraph => paragraph.PlainText.Contains("1,200", StringComparison.Ordinal));
    }

    [Fact]
    public void Without_thead_a_first_row_of_header_cells_is_the_column_headers()
    {
        var table = Assert.Single(Import("""
            <table><tr><th>Team</th><th>Points</th></tr><tr><td>Reds</td><td>12</td></tr><tr><td>Blues</td><td>9</td></tr></table>
            """).Blocks.OfType<TableBlock>());

        Assert.Equal(["Team", "Points"], Assert.Single(table.HeaderRows).Cells.Select(cell => cell.PlainText));
        Assert.Equal(2, table.BodyRows.Length);
    }

    [Theory]
    [InlineData("<table role=\"presentation\"><tr><th>Left column</th><td>Right column words</td></tr><tr><td>More left</td><td>More right</td></tr></table>")]
    [InlineData("<table datatable=\"0\"><thead><tr><th>Left column</th><th>Right column words</th></tr></thead><tr><td>More left</td><td>More right</td></tr></table>")]
    [InlineData("<table><tr><td>Left column</td><td>Right column words</td></tr><tr><td>More left</td><td>More right</td></tr></table>")]
    public void A_layout_table_stays_text(string layout)
    {
        var article = Import(layout);

        Assert.Empty(article.Blocks.OfType<TableBlock>());
        var text = string.Join("\n", article.Blocks.OfType<ParagraphBlock>().Select(paragraph => paragraph.PlainText));
        Assert.Contains("Left column", text, StringComparison.Ordinal);
        Assert.Contains("More right", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_large_table_without_header_markup_is_data_by_its_size()
    {
        var rows = string.Concat(Enumerable.Range(1, 10).Select(i => $"<tr><td>District {i}</td><td>{i * 100}</td><td>{i * 3} %</td></tr>"));
        var table = Assert.Single(Import($"<table>{rows}</table>").Blocks.OfType<TableBlock>());

        Assert.Empty(table.HeaderRows);
        Assert.Equal(10, table.BodyRows.Length);
        Assert.Equal(TableColumnAlignment.Numeric, table.AlignmentOf(1));
    }

    [Fact]
    public void A_fact_box_with_row_headers_stays_a_table_and_its_cells_keep_their_lists_and_images()
    {
        var article = Import("""
            <table>
              <tr><th colspan="2">Port Ellery</th></tr>
              <tr><td colspan="2"><img src="crest.png" alt="A gull over three waves"></td></tr>
              <tr><th scope="row">Languages</th><td><ul><li>Cornish</li><li>English</li></ul></td></tr>
              <tr><th scope="row">Harbour master</th><td>Wenna Pascoe</td></tr>
              <tr><th scope="row">Founded</th><td>1412</td></tr>
            </table>
            """);

        var table = Assert.Single(article.Blocks.OfType<TableBlock>());
        Assert.Equal("Port Ellery", Assert.Single(Assert.Single(table.HeaderRows).Cells).PlainText);
        Assert.Equal(["Languages", "Harbour master", "Founded"], table.BodyRows.Skip(1).Select(row => row.Cells[0]).Where(cell => cell is { IsHeader: true, Scope: TableHeaderScope.Row }).Select(cell => cell.PlainText));
        var crest = Assert.IsType<FigureBlock>(Assert.Single(table.BodyRows[0].Cells[0].Blocks));
        Assert.Equal("A gull over three waves", crest.Image.Alt);
        var languages = Assert.IsType<ListBlock>(Assert.Single(table.BodyRows[1].Cells[1].Blocks));
        Assert.Equal(["Cornish", "English"], languages.Items.Select(item => Assert.IsType<ParagraphBlock>(Assert.Single(item.Blocks)).PlainText));
        Assert.Equal(("Wenna Pascoe", true), (table.BodyRows[2].Cells[1].PlainText, table.BodyRows[2].Cells[1].Blocks.IsEmpty));
        Assert.Contains(languages, article.AllBlocks);
        Assert.DoesNotContain(article.Blocks.OfType<ParagraphBlock>(), paragraph => paragraph.PlainText.Contains("Wenna", StringComparison.Ordinal));
    }

    [Fact]
    public void Two_tables_side_by_side_under_a_header_cell_are_one_table_whose_cells_hold_them()
    {
        var article = Import("""
            <table>
              <tr><th colspan="2">Ferry crossings in March</th></tr>
              <tr>
                <td><table><tr><th colspan="2">Mornings</th></tr><tr><td>Monday</td><td>41</td></tr><tr><td>Tuesday</td><td>38</td></tr></table></td>
                <td><table><tr><th colspan="2">Evenings</th></tr><tr><td>Monday</td><td>27</td></tr><tr><td>Tuesday</td><td>30</td></tr></table></td>
              </tr>
            </table>
            """);

        var outer = Assert.Single(article.Blocks.OfType<TableBlock>());
        Assert.Equal("Ferry crossings in March", Assert.Single(Assert.Single(outer.HeaderRows).Cells).PlainText);
        var inner = Assert.Single(outer.BodyRows).Cells.Select(cell => Assert.IsType<TableBlock>(Assert.Single(cell.Blocks))).ToList();
        Assert.Equal(["Mornings", "Evenings"], inner.Select(table => Assert.Single(Assert.Single(table.HeaderRows).Cells).PlainText));
        Assert.All(inner, table => Assert.Equal(["Monday", "Tuesday"], table.BodyRows.Select(row => row.Cells[0].PlainText)));
    }

    [Fact]
    public void A_header_cell_that_holds_a_list_stays_a_header_cell_with_its_list()
    {
        var table = Assert.Single(Import("""
            <table>
              <tr><th colspan="3"><ul><li><a href="/guide">Guide</a></li><li><a href="/map">Map</a></li></ul><p>Towns of the Ellery coast</p></th></tr>
              <tr><th>Harbours</th><td>Port Ellery</td><td>Saltmouth</td></tr>
              <tr><th>Villages</th><td>Tregarth</td><td>Penwyn</td></tr>
            </table>
            """).Blocks.OfType<TableBlock>());

        var title = Assert.Single(Assert.Single(table.HeaderRows).Cells);
        Assert.True(title.IsHeader);
        Assert.Equal("Guide Map Towns of the Ellery coast", title.PlainText);
        Assert.Equal(2, Assert.IsType<ListBlock>(title.Blocks[0]).Items.Length);
        Assert.Equal(["Harbours", "Villages"], table.BodyRows.Select(row => row.Cells[0]).Where(cell => cell.IsHeader).Select(cell => cell.PlainText));
    }

    [Fact]
    public void A_layout_table_around_data_tables_is_unwrapped_and_they_stay_tables()
    {
        var article = Import("""
            <table role="presentation">
              <tr>
                <td><p>Mornings were busier all month.</p><table><tr><th>Day</th><th>Crossings</th></tr><tr><td>Monday</td><td>41</td></tr></table></td>
                <td><table><tr><th>Day</th><th>Crossings</th></tr><tr><td>Monday</td><td>27</td></tr></table></td>
              </tr>
            </table>
            """);

        var tables = article.Blocks.OfType<TableBlock>().ToList();
        Assert.Equal(2, tables.Count);
        Assert.All(tables, table => Assert.Equal(["Day", "Crossings"], Assert.Single(table.HeaderRows).Cells.Select(cell => cell.PlainText)));
        Assert.Equal(["41", "27"], tables.Select(table => table.BodyRows[0].Cells[1].PlainText));
        Assert.Contains(article.Blocks.OfType<ParagraphBlock>(), paragraph => paragraph.PlainText == "Mornings were busier all month.");
    }

    [Fact]
    public void A_blockquote_around_a_data_table_is_indentation()
    {
        var article = Import("""
            <blockquote><table><tr><th>Ferry</th><th>Leaves</th></tr><tr><td>Harbour line</td><td>07:15</td></tr><tr><td>Island line</td><td>08:40</td></tr></table></blockquote>
            """);

        Assert.Empty(article.Blocks.OfType<QuoteBlock>());
        Assert.Single(article.Blocks.OfType<TableBlock>());
    }

    [Fact]
    public void Years_heading_a_table_after_the_last_paragraph_are_not_taken_for_date_stamps()
    {
        var article = HtmlImporter.Parse($"""
            <!DOCTYPE html><html lang="en"><head><title>Council budget</title></head>
            <body><main><article><h1>Council budget</h1>{Prose}
            <table><caption>Spending</caption><tr><th>Department</th><th>2024</th><th>2025</th></tr><tr><th>Parks</th><td>1,200</td><td>1,300</td></tr></table>
            </article></main></body></html>
            """, "page.html").Article;

        var table = Assert.Single(article.Blocks.OfType<TableBlock>());
        Assert.Equal(["Department", "2024", "2025"], table.HeaderRows.Single().Cells.Select(cell => cell.PlainText));
    }

    [Fact]
    public void Headers_attributes_keep_the_ids_they_name_and_only_those()
    {
        var table = Assert.Single(Import("""
            <table><caption>Results</caption>
              <tr><td></td><th id="won">Won</th><th id="lost" class="x">Lost</th></tr>
              <tr><th id="reds">Reds</th><td headers="reds won">4</td><td headers="reds lost nowhere">1</td></tr>
              <tr><th id="unused">Blues</th><td>2</td><td>3</td></tr>
            </table>
            """).Blocks.OfType<TableBlock>());

        var cells = table.Rows.SelectMany(row => row.Cells).ToList();
        Assert.Equal(["won", "lost", "reds"], cells.Select(cell => cell.Id).OfType<string>());
        Assert.Equal(["reds", "won"], cells.Single(cell => cell.PlainText == "4").HeaderIds.AsEnumerable());
        Assert.Equal(["reds", "lost"], cells.Single(cell => cell.PlainText == "1").HeaderIds.AsEnumerable());
        Assert.Empty(cells.Single(cell => cell.PlainText == "2").HeaderIds);
    }

    [Fact]
    public void Cell_markup_is_text()
    {
        var table = Assert.Single(Import("""
            <table><caption>Names</caption><tr><th>Name</th><th>Note</th></tr><tr><td>&lt;script&gt;alert(1)&lt;/script&gt;</td><td><script>alert(2)</script>plain</td></tr></table>
            """).Blocks.OfType<TableBlock>());

        Assert.Equal("<script>alert(1)</script>", table.BodyRows[0].Cells[0].PlainText);
        Assert.Equal("plain", table.BodyRows[0].Cells[1].PlainText);
    }
}
