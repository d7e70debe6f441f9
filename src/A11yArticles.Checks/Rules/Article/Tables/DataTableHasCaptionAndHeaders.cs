using A11yArticles.Checks.Dom;
using A11yArticles.Checks.Engine;
using A11yArticles.Checks.Rules.Act.Tables;

namespace A11yArticles.Checks.Rules.Article.Tables;

/// <summary>
/// A data table (an element with the table role, two rows and two columns or more) has a name and
/// header cells: a screen reader announces the table by its name ("Crossings per day, table, 3
/// columns, 8 rows") and reads each cell with the headers of its column and row; without headers a
/// reader moving through the cells hears numbers with no meaning. A table used for layout should
/// have <c>role="presentation"</c> and is not judged. A warning: statically the checker cannot tell
/// every layout table from a data table.
/// </summary>
internal sealed class DataTableHasCaptionAndHeaders : ElementRule
{
    public override RuleInfo Info { get; } = Describe(
        "A11Y-TABLE-001",
        "A data table has a caption and header cells",
        RuleGroups.Article,
        "1.3.1",
        "",
        Severity.Warning,
        "Name the table with <caption> (what it shows), mark the cells that head columns or rows as <th scope=\"col\"> or <th scope=\"row\">, and put the column headers in <thead>; a table that only lays out content takes role=\"presentation\".");

    public override IReadOnlyList<string> RoleNames => ["table"];

    public override void Check(CheckContext context, ElementFacts facts)
    {
        if (!facts.IsInAccessibilityTree || context.Roles.Role(facts) != "table")
        {
            return;
        }

        var table = facts.Element;
        var grid = TableGrid.Build(context, table);
        var rows = grid.Cells.Select(slot => slot.Row + slot.RowSpan).DefaultIfEmpty(0).Max();
        var columns = grid.Cells.Select(slot => slot.Column + slot.ColumnSpan).DefaultIfEmpty(0).Max();
        if (rows < 2 || columns < 2)
        {
            return;
        }

        var named = context.Names.Name(facts).Trim().Length > 0;
        var headed = grid.Cells.Any(slot => context.Roles.Role(slot.Element) is "columnheader" or "rowheader" && context.Facts.IsInAccessibilityTree(slot.Element));
        if (named && headed)
        {
            return;
        }

        Report(context, table, (named, headed) switch
        {
            (false, false) => "the table has neither a caption (or other name) nor header cells",
            (false, _) => "the table has no caption (or other name)",
            _ => "the table has no header cells (th)",
        });
    }
}
