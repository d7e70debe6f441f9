using AngleSharp.Dom;

namespace A11yArticles.Importers.Html;

/// <summary>
/// Tells a data table (rows and columns of facts, read cell by cell with headers) from a layout
/// table (a grid used to place text on the page, read as text), with the heuristics of Mozilla
/// Readability's <c>_markDataTables</c>, which every browser's reader view applies: general signals of
/// the markup and the table's shape, never a site's name or class.
/// </summary>
internal static class HtmlTables
{
    /// <summary>
    /// The attribute that carries the decision through extraction and sanitizing (values
    /// <c>data</c> and <c>layout</c>): it is made on the page as published, where <c>role</c>,
    /// <c>summary</c> and <c>datatable</c> are still there.
    /// </summary>
    public const string KindAttribute = "data-a11y-table";

    /// <summary>Marks every table of the document with <see cref="KindAttribute"/>.</summary>
    /// <param name="document">The page, before extraction.</param>
    public static void Mark(IDocument document)
    {
        foreach (var table in document.GetElementsByTagName("table"))
        {
            table.SetAttribute(KindAttribute, IsDataTable(table) ? "data" : "layout");
        }
    }

    /// <summary>
    /// True for a data table: in order, <c>role="presentation"</c> or <c>"none"</c> and
    /// <c>datatable="0"</c> make a layout table; a <c>summary</c>, a non-empty <c>caption</c>, or any of
    /// <c>col</c>, <c>colgroup</c>, <c>tfoot</c>, <c>thead</c>, <c>th</c> (or an ARIA table role) a data table;
    /// a table nested in it makes a layout table; one row or one column is layout; 10 rows or more
    /// than 4 columns is data; otherwise more than 10 cells is data.
    /// </summary>
    /// <param name="table">A <c>table</c> element.</param>
    /// <returns>Whether it holds data.</returns>
    public static bool IsDataTable(IElement table)
    {
        ArgumentNullException.ThrowIfNull(table);
        switch (table.GetAttribute(KindAttribute))
        {
            case "data":
                return true;
            case "layout":
                return false;
        }

        var role = table.GetAttribute("role")?.Trim().ToLowerInvariant();
        if (role is "presentation" or "none" || table.GetAttribute("datatable")?.Trim() == "0")
        {
            return false;
        }

        if (role is "table" or "grid" or "treegrid" || !string.IsNullOrWhiteSpace(table.GetAttribute("summary")))
        {
            return true;
        }

        if (table.Children.FirstOrDefault(child => child.LocalName == "caption") is { } caption && caption.ChildNodes.Length > 0)
        {
            return true;
        }

        if (table.QuerySelector("col, colgroup, tfoot, thead, th") is not null)
        {
            return true;
        }

        if (table.QuerySelector("table") is not null)
        {
            return false;
        }

        var (rows, columns) = Size(table);
        if (rows == 1 || columns == 1)
        {
            return false;
        }

        if (rows >= 10 || columns > 4)
        {
            return true;
        }

        return rows * columns > 10;
    }

    /// <summary>
    /// True when the cell (not a table nested in it) holds lists, images, headings, figures,
    /// quotations, preformatted text or a table: an infobox's list of languages or its flag, one of two
    /// tables laid out side by side. Such a cell keeps them as blocks (<c>TableCell.Blocks</c>); any
    /// other cell holds phrases.
    /// </summary>
    /// <param name="cell">A <c>td</c> or <c>th</c> element.</param>
    /// <returns>Whether it holds blocks.</returns>
    public static bool CellHoldsBlocks(IElement cell)
    {
        ArgumentNullException.ThrowIfNull(cell);
        return cell.QuerySelectorAll("ul, ol, dl, img, picture, h1, h2, h3, h4, h5, h6, figure, blockquote, pre, table")
            .Any(inner => inner.ParentElement?.Closest("td, th") == cell);
    }

    /// <summary>Counts stop here, so that hostile spans never overflow (the mapper clamps spans to 1000 too).</summary>
    private const int MaximumSize = 1_000_000;

    /// <summary>A rowspan or colspan as a count from 1 to 1000 (invariant digits only), else 1.</summary>
    private static int Span(string? value) =>
        int.TryParse(value?.Trim(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var span) && span > 0 ? Math.Min(span, 1000) : 1;

    /// <summary>Rows, and the widest row's columns (with their colspans), as Readability counts them.</summary>
    private static (int Rows, int Columns) Size(IElement table)
    {
        var rows = 0;
        var columns = 0;
        foreach (var row in table.QuerySelectorAll("tr"))
        {
            rows = Math.Min(rows + Span(row.GetAttribute("rowspan")), MaximumSize);
            var inRow = 0;
            foreach (var cell in row.Children.Where(cell => cell.LocalName is "td" or "th"))
            {
                inRow = Math.Min(inRow + Span(cell.GetAttribute("colspan")), MaximumSize);
            }

            columns = Math.Max(columns, inRow);
        }

        return (rows, columns);
    }
}
