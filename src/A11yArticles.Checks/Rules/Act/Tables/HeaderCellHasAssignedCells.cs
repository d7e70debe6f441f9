using A11yArticles.Checks.Dom;
using A11yArticles.Checks.Engine;
using AngleSharp.Dom;

namespace A11yArticles.Checks.Rules.Act.Tables;

/// <summary>ACT rule d0f69e: Table header cell has assigned cells.</summary>
internal sealed class HeaderCellHasAssignedCells : ElementRule
{
    public override RuleInfo Info { get; } = Describe(
        "A11Y-ACT-D0F69E",
        "Table header cell has assigned cells",
        RuleGroups.Act,
        "1.3.1",
        "d0f69e",
        Severity.Error,
        "A header cell must head data cells: make it a td if it heads nothing, or fix its scope or the table's structure.");

    public override IReadOnlyList<string> RoleNames => ["table", "grid", "treegrid"];

    public override void Check(CheckContext context, ElementFacts facts)
    {
        if (!facts.IsInAccessibilityTree || context.Roles.Role(facts) is not ("table" or "grid" or "treegrid"))
        {
            return;
        }

        var table = facts.Element;
        var grid = TableGrid.Build(context, table);
        foreach (var slot in grid.Cells)
        {
            var cell = slot.Element;
            var role = context.Roles.Role(cell);
            if (role is not ("columnheader" or "rowheader") || !context.Facts.IsInAccessibilityTree(cell))
            {
                continue;
            }

            if (!HasAssignedCell(context, grid, slot, role))
            {
                Report(context, cell, $"the {role} \"{AngleSharp.Text.StringExtensions.Collapse(cell.TextContent).Trim()}\" heads no cell");
            }
        }
    }

    private static bool HasAssignedCell(CheckContext context, TableGrid grid, TableGrid.Slot header, string role)
    {
        var id = header.Element.Id;
        foreach (var slot in grid.Cells)
        {
            // Any other cell counts, header cells included: "Day" heads the row headers "Mon-Fri" and "Sat-Sun".
            if (slot == header || !context.Facts.IsInAccessibilityTree(slot.Element))
            {
                continue;
            }

            var headers = slot.Element.GetAttribute("headers");
            if (headers is not null)
            {
                if (!string.IsNullOrEmpty(id) && headers.Split(' ', StringSplitOptions.RemoveEmptyEntries).Contains(id))
                {
                    return true;
                }

                continue;
            }

            var sameColumns = slot.Column < header.Column + header.ColumnSpan && header.Column < slot.Column + slot.ColumnSpan;
            var sameRows = slot.Row < header.Row + header.RowSpan && header.Row < slot.Row + slot.RowSpan;
            if ((role == "columnheader" && sameColumns && slot.Row >= header.Row) || (role == "rowheader" && sameRows && slot.Column >= header.Column))
            {
                return true;
            }
        }

        return false;
    }
}

/// <summary>
/// The table model, simplified, for HTML tables and ARIA grids alike: the rows (role row, in document
/// order, not those of nested tables) and each cell's row, column and spans
/// (https://html.spec.whatwg.org/#forming-a-table; aria-colspan/aria-rowspan are not read).
/// </summary>
internal sealed class TableGrid
{
    private static readonly HashSet<string> CellRoles = new(StringComparer.Ordinal) { "cell", "gridcell", "columnheader", "rowheader" };

    public sealed record Slot(IElement Element, int Row, int Column, int RowSpan, int ColumnSpan);

    public List<Slot> Cells { get; } = [];

    public static TableGrid Build(CheckContext context, IElement table)
    {
        var grid = new TableGrid();
        var rows = new List<IElement>();
        CollectRows(context, table, rows);

        var occupied = new HashSet<(int, int)>();
        for (var rowIndex = 0; rowIndex < rows.Count; rowIndex++)
        {
            var column = 0;
            var cells = new List<IElement>();
            CollectCells(context, rows[rowIndex], cells);
            foreach (var cell in cells)
            {
                while (occupied.Contains((rowIndex, column)))
                {
                    column++;
                }

                var columnSpan = Math.Clamp(ParseSpan(cell.GetAttribute("colspan"), 1), 1, 1000);
                var rowSpan = cell.GetAttribute("rowspan")?.Trim() == "0" ? rows.Count - rowIndex : Math.Clamp(ParseSpan(cell.GetAttribute("rowspan"), 1), 1, 65534);
                rowSpan = Math.Max(1, Math.Min(rowSpan, rows.Count - rowIndex));
                for (var r = 0; r < rowSpan; r++)
                {
                    for (var c = 0; c < columnSpan; c++)
                    {
                        occupied.Add((rowIndex + r, column + c));
                    }
                }

                grid.Cells.Add(new Slot(cell, rowIndex, column, rowSpan, columnSpan));
                column += columnSpan;
            }
        }

        return grid;
    }

    private static void CollectRows(CheckContext context, IElement parent, List<IElement> rows)
    {
        foreach (var child in parent.Children)
        {
            var role = context.Roles.Role(child);
            if (role == "row")
            {
                rows.Add(child);
            }
            else if (role is not ("table" or "grid" or "treegrid"))
            {
                CollectRows(context, child, rows);
            }
        }
    }

    private static void CollectCells(CheckContext context, IElement parent, List<IElement> cells)
    {
        foreach (var child in parent.Children)
        {
            var role = context.Roles.Role(child);
            if (role is not null && CellRoles.Contains(role))
            {
                cells.Add(child);
            }
            else if (role is not ("row" or "table" or "grid" or "treegrid"))
            {
                CollectCells(context, child, cells);
            }
        }
    }

    private static int ParseSpan(string? value, int fallback) =>
        int.TryParse(value?.Trim(), out var span) ? span : fallback;
}
