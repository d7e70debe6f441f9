using A11yArticles.Importers;
using A11yArticles.Importers.Markdown;
using A11yArticles.Model;

namespace A11yArticles.Importers.Tests.Markdown;

/// <summary>Pipe tables (Markdig's extension): header row, alignment from the delimiter row, Pandoc's "Table:" caption.</summary>
public sealed class MarkdownTableTests
{
    private static ImportResult Parse(string markdown) => MarkdownImporter.Parse(markdown, "story.md");

    [Fact]
    public void A_pipe_table_is_a_table_with_column_headers_alignment_and_its_caption()
    {
        var result = Parse("""
            # Crossings

            The bridge opened on Monday.

            Table: Crossings per *day*, first week

            | Day     | Crossings | Change |
            |:--------|----------:|:------:|
            | Monday  | 1,200     | –      |
            | Tuesday | 1,850     | +54 %  |

            After the table.
            """);

        var blocks = result.Article.Blocks;
        Assert.Equal(["The bridge opened on Monday.", "After the table."], blocks.OfType<ParagraphBlock>().Select(p => p.PlainText));
        var table = Assert.IsType<TableBlock>(blocks[1]);
        Assert.Equal("Crossings per day, first week", table.CaptionText);
        Assert.Contains(table.Caption, inline => inline is EmphasisInline);
        var header = Assert.Single(table.HeaderRows);
        Assert.Equal(["Day", "Crossings", "Change"], header.Cells.Select(cell => cell.PlainText));
        Assert.All(header.Cells, cell => Assert.True(cell.IsHeader));
        Assert.Equal([["Monday", "1,200", "–"], ["Tuesday", "1,850", "+54 %"]], table.BodyRows.Select(row => row.Cells.Select(cell => cell.PlainText).ToArray()));
        Assert.All(table.BodyRows.SelectMany(row => row.Cells), cell => Assert.False(cell.IsHeader));
        Assert.Equal([TableColumnAlignment.Start, TableColumnAlignment.End, TableColumnAlignment.Center], table.ColumnAlignments.AsEnumerable());
        Assert.DoesNotContain(result.Warnings, warning => warning.Message.Contains("caption", StringComparison.Ordinal));
    }

    [Fact]
    public void A_caption_after_the_table_and_the_colon_form_are_captions_too()
    {
        var article = Parse("""
            # Results

            | Team | Points |
            |------|--------|
            | Reds | 12     |

            : League table after round one
            """).Article;

        var table = Assert.IsType<TableBlock>(Assert.Single(article.Blocks));
        Assert.Equal("League table after round one", table.CaptionText);
        Assert.Empty(table.ColumnAlignments);
        Assert.Equal(TableColumnAlignment.Numeric, table.AlignmentOf(1));
        Assert.Equal(TableColumnAlignment.Default, table.AlignmentOf(0));
    }

    [Fact]
    public void A_table_without_caption_is_kept_with_a_warning_and_an_ordinary_colon_paragraph_stays_a_paragraph()
    {
        var result = Parse("""
            # Results

            Note: the figures are provisional.

            | Team | Points |
            |------|--------|
            | Reds | 12     |
            """);

        Assert.Equal("Note: the figures are provisional.", Assert.IsType<ParagraphBlock>(result.Article.Blocks[0]).PlainText);
        var table = Assert.IsType<TableBlock>(result.Article.Blocks[1]);
        Assert.True(table.Caption.IsEmpty);
        Assert.Contains(result.Warnings, warning => warning.Message.Contains("has no caption", StringComparison.Ordinal));
    }

    [Fact]
    public void Cell_text_is_text_and_links_stay_links()
    {
        var table = Assert.IsType<TableBlock>(Parse("""
            # Sources

            | Name | Where |
            |------|-------|
            | <b>bold</b> &amp; co | [the report](https://example.org/report) |
            """).Article.Blocks.Single());

        var cells = table.BodyRows[0].Cells;
        Assert.Equal("bold & co", cells[0].PlainText.Trim());
        Assert.IsType<LinkInline>(Assert.Single(cells[1].Inlines));
    }

    [Fact]
    public void An_image_in_a_cell_is_its_alt_text()
    {
        var table = Assert.IsType<TableBlock>(Parse("""
            # Flags

            | Country | Flag |
            |---------|------|
            | Chile   | ![Flag of Chile](chile.svg) |
            """).Article.Blocks.Single());

        Assert.Equal("Flag of Chile", table.BodyRows[0].Cells[1].PlainText);
    }

    [Fact]
    public void Pipes_without_a_delimiter_row_are_a_paragraph()
    {
        var article = Parse("""
            # Odd

            a | b | c
            """).Article;

        Assert.IsType<ParagraphBlock>(Assert.Single(article.Blocks));
    }
}
