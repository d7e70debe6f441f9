using A11yArticles.Model;

namespace A11yArticles.Tests.Model;

public sealed class TableBlockTests
{
    private static TableCell Cell(string text, bool header = false) => new([new TextInline(text)]) { IsHeader = header };

    private static readonly TableBlock Crossings = new(
        [new TableRow([Cell("Day", true), Cell("Crossings", true), Cell("Note", true)])],
        [
            new TableRow([Cell("Monday", true), Cell("1,200"), Cell("opening day")]),
            new TableRow([Cell("Tuesday", true), Cell("−35.5 %"), Cell("rain")]),
            new TableRow([Cell("Wednesday", true), Cell(""), Cell("closed")]),
        ])
    {
        Caption = [new TextInline("Crossings per day")],
    };

    [Theory]
    [InlineData("1,200", true)]
    [InlineData("−35.5 %", true)]
    [InlineData("€12.50", true)]
    [InlineData("1 234,5", true)]
    [InlineData("(42)", true)]
    [InlineData("12 km", false)]
    [InlineData("n/a", false)]
    [InlineData("–", false)]
    [InlineData("", false)]
    public void Numbers_are_told_from_text(string text, bool number) => Assert.Equal(number, TableBlock.IsNumber(text));

    [Fact]
    public void A_column_of_numbers_is_numeric_and_an_explicit_alignment_wins()
    {
        Assert.Equal(TableColumnAlignment.Default, Crossings.AlignmentOf(0));
        Assert.Equal(TableColumnAlignment.Numeric, Crossings.AlignmentOf(1));
        Assert.Equal(TableColumnAlignment.Default, Crossings.AlignmentOf(2));
        Assert.Equal(TableColumnAlignment.Default, Crossings.AlignmentOf(7));

        var aligned = Crossings with { ColumnAlignments = [TableColumnAlignment.Default, TableColumnAlignment.Center] };
        Assert.Equal(TableColumnAlignment.Center, aligned.AlignmentOf(1));
        Assert.Equal(3, aligned.ColumnCount);
    }

    [Fact]
    public void Traversal_gives_caption_and_cells_with_their_words_apart_and_reading_time_counts_them()
    {
        var text = Inline.PlainTextOf(ModelTraversal.InlinesOf(Crossings));

        Assert.Equal("Crossings per day Day Crossings Note Monday 1,200 opening day Tuesday −35.5 % rain Wednesday closed", text);
        var words = Enumerable.Repeat("word", 240).ToList();
        var article = new Article("Table", [new TableBlock([], [.. words.Chunk(4).Select(row => new TableRow([.. row.Select(word => Cell(word))]))])]);
        Assert.Equal(TimeSpan.FromMinutes(2), ReadingTime.Estimate(article)); // 241 words at 238 per minute
    }

    [Fact]
    public void A_cell_s_blocks_are_the_table_s_children_and_part_of_the_cell_s_text()
    {
        var languages = new ListBlock(false, [new ListItem([new ParagraphBlock([new TextInline("Welsh")])]), new ListItem([new ParagraphBlock([new TextInline("English")])])]);
        var flag = new FigureBlock(new Image("flag.png", "A red dragon on green and white"));
        var table = new TableBlock([], [
            new TableRow([Cell("Languages", true), new TableCell([new TextInline("Spoken:")]) { Blocks = [languages] }]),
            new TableRow([Cell("Flag", true), new TableCell([]) { Blocks = [flag] }]),
        ]);
        var article = new Article("Wales", [table]);

        Assert.Equal([table, languages, languages.Items[0].Blocks[0], languages.Items[1].Blocks[0], flag], article.AllBlocks);
        Assert.Equal("Spoken: Welsh English", table.BodyRows[0].Cells[1].PlainText);
        Assert.Equal("", table.BodyRows[1].Cells[1].PlainText);
        Assert.Equal("Languages Spoken: Flag", Inline.PlainTextOf(ModelTraversal.InlinesOf(table)));
    }

    [Fact]
    public void A_table_survives_json()
    {
        var article = new Article("Table", [Crossings with { ColumnAlignments = [TableColumnAlignment.Start, TableColumnAlignment.End] }]);
        article = article with { Blocks = [.. article.Blocks, new TableBlock([], [new TableRow([new TableCell([new TextInline("x")]) { ColumnSpan = 2, RowSpan = 3, IsHeader = true, Scope = TableHeaderScope.Row, Id = "x", HeaderIds = ["y", "z"] }])])] };

        var json = ArticleJson.Serialize(article);
        var back = ArticleJson.Deserialize(json);

        Assert.Contains("\"$type\":\"table\"", json, StringComparison.Ordinal);
        var table = Assert.IsType<TableBlock>(back.Blocks[0]);
        Assert.Equal("Crossings per day", table.CaptionText);
        Assert.Equal([TableColumnAlignment.Start, TableColumnAlignment.End], table.ColumnAlignments.AsEnumerable());
        Assert.Equal(Crossings.Rows.SelectMany(row => row.Cells).Select(cell => (cell.PlainText, cell.IsHeader)), table.Rows.SelectMany(row => row.Cells).Select(cell => (cell.PlainText, cell.IsHeader)));
        var spanned = Assert.IsType<TableBlock>(back.Blocks[1]).BodyRows[0].Cells[0];
        Assert.Equal((2, 3, true, TableHeaderScope.Row, "x"), (spanned.ColumnSpan, spanned.RowSpan, spanned.IsHeader, spanned.Scope, spanned.Id));
        Assert.Equal(["y", "z"], spanned.HeaderIds.AsEnumerable());
        Assert.All(table.Rows.SelectMany(row => row.Cells), cell => Assert.Empty(cell.Blocks));
    }

    [Fact]
    public void A_cell_s_blocks_survive_json()
    {
        var inner = new TableBlock([new TableRow([Cell("Tide", true), Cell("Height", true)])], [new TableRow([Cell("High"), Cell("4.1 m")])]);
        var article = new Article("Tides", [new TableBlock([new TableRow([Cell("Tides this week", true)])], [new TableRow([new TableCell([]) { Blocks = [inner] }])])]);

        var back = ArticleJson.Deserialize(ArticleJson.Serialize(article));

        var nested = Assert.IsType<TableBlock>(Assert.Single(Assert.IsType<TableBlock>(back.Blocks[0]).BodyRows[0].Cells[0].Blocks));
        Assert.Equal(["Tide", "Height"], nested.HeaderRows[0].Cells.Select(cell => cell.PlainText));
    }
}
