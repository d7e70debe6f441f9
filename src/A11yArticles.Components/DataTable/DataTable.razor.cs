using System.Collections.Immutable;
using System.Globalization;
using A11yArticles.Model;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;

namespace A11yArticles.Components;

/// <summary>
/// A data table: <c>&lt;table&gt;</c> with its <c>&lt;caption&gt;</c> (a visually hidden "Table N"
/// when the source gives none, so the table always has a name), column headers in <c>thead</c> as
/// <c>&lt;th scope="col"&gt;</c>, row headers as <c>&lt;th scope="row"&gt;</c>, and numbers aligned at
/// the end of their column (a CSS class per alignment). A cell that holds blocks (<see cref="TableCell.Blocks"/>)
/// renders them after its words, as the article body does. The table sits in a scroll region
/// (<c>role="region"</c>, named by the caption, <c>tabindex="0"</c>): at 320 CSS px a wide table
/// scrolls inside it instead of making the page scroll sideways, and a keyboard user can focus the
/// region and scroll it with the arrow keys (ACT rule 0ssw9k).
/// </summary>
public partial class DataTable
{
    /// <summary>The table.</summary>
    [Parameter, EditorRequired]
    public TableBlock Block { get; set; } = default!;

    private string BaseId { get; set; } = "";

    private int Number { get; set; } = 1;

    private ImmutableArray<string?> AlignmentClasses { get; set; } = [];

    /// <summary>The <see cref="TableCell.Id"/>s of the table's cells, so that <c>headers</c> names only cells that exist.</summary>
    private HashSet<string> CellIds { get; set; } = [];

    private string CaptionId => BaseId + "-caption";

    private bool HasCaption => !string.IsNullOrWhiteSpace(Block.CaptionText);

    private string CaptionClass => HasCaption ? "a11y-table__caption" : "a11y-table__caption visually-hidden";

    /// <inheritdoc />
    protected override void OnParametersSet()
    {
        ArgumentNullException.ThrowIfNull(Block);
        if (Context?.TableNumber(Block) is { } number)
        {
            Number = number;
            BaseId = IdPrefix + "table-" + number.ToString(CultureInfo.InvariantCulture);
        }
        else
        {
            // Outside an article, an id from the content: the same on the server and in the browser.
            Number = 1;
            BaseId = IdPrefix + "table-" + StableHash(Block.CaptionText + "\n" + string.Join("\n", Block.Rows.Take(1).SelectMany(row => row.Cells.IsDefault ? [] : row.Cells).Select(cell => cell.PlainText))).ToString("x8", CultureInfo.InvariantCulture);
        }

        AlignmentClasses = [.. Block.ResolvedAlignments().Select(ClassOf)];
        CellIds = [.. Block.Rows.SelectMany(row => row.Cells.IsDefault ? [] : row.Cells).Select(cell => cell.Id).OfType<string>().Where(id => id.Length > 0)];
    }

    /// <summary>The CSS class of a column's alignment, or null for the default (start).</summary>
    internal static string? ClassOf(TableColumnAlignment alignment) => alignment switch
    {
        TableColumnAlignment.Start => "a11y-table__cell--start",
        TableColumnAlignment.Center => "a11y-table__cell--center",
        TableColumnAlignment.End => "a11y-table__cell--end",
        TableColumnAlignment.Numeric => "a11y-table__cell--numeric",
        _ => null,
    };

    private RenderFragment RenderRows(ImmutableArray<TableRow> rows, bool header) => builder =>
    {
        builder.OpenRegion(0);

        // Each cell's real column (after cells of earlier rows that span down), for its alignment.
        var columns = TableBlock.ColumnsOf(rows);
        for (var r = 0; r < rows.Length; r++)
        {
            var row = rows[r];
            builder.OpenElement(0, "tr");
            var cells = row.Cells.IsDefault ? [] : row.Cells;
            for (var c = 0; c < cells.Length; c++)
            {
                var cell = cells[c];
                var column = columns[r][c];
                var columnSpan = Math.Max(1, cell.ColumnSpan);
                var rowSpan = Math.Max(1, cell.RowSpan);
                builder.OpenElement(1, cell.IsHeader ? "th" : "td");
                if (cell.IsHeader)
                {
                    var scope = cell.Scope ?? ScopeFromPlace(row, header);
                    builder.AddAttribute(2, "scope", scope == TableHeaderScope.Column ? "col" : "row");
                }

                builder.AddAttribute(3, "colspan", columnSpan > 1 ? columnSpan.ToString(CultureInfo.InvariantCulture) : null);
                builder.AddAttribute(4, "rowspan", rowSpan > 1 ? rowSpan.ToString(CultureInfo.InvariantCulture) : null);
                builder.AddAttribute(5, "class", columnSpan == 1 && column < AlignmentClasses.Length ? AlignmentClasses[column] : null);
                builder.AddAttribute(6, "id", string.IsNullOrEmpty(cell.Id) ? null : CellId(cell.Id));
                builder.AddAttribute(7, "headers", HeadersOf(cell));
                InlineContent.Render(builder, cell.Inlines, Context);
                if (!cell.Blocks.IsDefaultOrEmpty)
                {
                    // A cell of lists, images or a nested table (an imported infobox): its blocks, as the body renders them.
                    builder.AddContent(8, ArticleBody.Fragment(cell.Blocks));
                }

                builder.CloseElement();
            }

            builder.CloseElement();
        }

        builder.CloseRegion();
    };

    /// <summary>A cell's id on the page: the table's id, then the cell's own name made safe.</summary>
    private string CellId(string id) => BaseId + "-cell-" + ArticleContext.IdSafeDistinct(id);

    /// <summary>The <c>headers</c> value of a cell: its header ids that name cells of this table, prefixed; null for none.</summary>
    private string? HeadersOf(TableCell cell)
    {
        if (cell.HeaderIds.IsDefaultOrEmpty)
        {
            return null;
        }

        var ids = cell.HeaderIds.Where(id => id != cell.Id && CellIds.Contains(id)).Distinct(StringComparer.Ordinal).Select(CellId).ToList();
        return ids.Count == 0 ? null : string.Join(' ', ids);
    }

    /// <summary>
    /// What a header cell without a scope heads: its column in a header row, and in a body row too when
    /// every cell of the row is a header (a row of sub-headings, or one heading across the table);
    /// otherwise its row.
    /// </summary>
    internal static TableHeaderScope ScopeFromPlace(TableRow row, bool inHeaderRows) =>
        inHeaderRows || row.Cells.All(cell => cell.IsHeader) ? TableHeaderScope.Column : TableHeaderScope.Row;

    private static uint StableHash(string text)
    {
        var hash = 2166136261u;
        foreach (var c in text)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return hash;
    }
}
