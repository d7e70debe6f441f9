using A11yArticles.Checks.Dom;
using A11yArticles.Checks.Engine;

namespace A11yArticles.Checks.Rules.Act.Tables;

/// <summary>ACT rule a25f45: Headers attribute specified on a cell refers to cells in the same table element.</summary>
internal sealed class HeadersReferToSameTable : ElementRule
{
    public override RuleInfo Info { get; } = Describe(
        "A11Y-ACT-A25F45",
        "Headers attribute specified on a cell refers to cells in the same table element",
        RuleGroups.Act,
        "1.3.1",
        "a25f45",
        Severity.Error,
        "Make every id in headers=\"...\" the id of another cell of the same table.");

    public override IReadOnlyList<string> AttributeNames => ["headers"];

    public override void Check(CheckContext context, ElementFacts facts)
    {
        var cell = facts.Element;
        if (cell.LocalName is not ("td" or "th") || cell.GetAttribute("headers") is not { } headers
            || Dom.Traversal.Closest(cell, "table") is not { } table || !context.Facts.IsInAccessibilityTree(table)
            || context.Roles.Role(table) is not ("table" or "grid" or "treegrid"))
        {
            return;
        }

        var ids = headers.Split([' ', '\t', '\n', '\r', '\f'], StringSplitOptions.RemoveEmptyEntries);
        if (ids.Length == 0)
        {
            return;
        }

        foreach (var id in ids)
        {
            var target = Dom.Traversal.DescendantElements(table).FirstOrDefault(candidate => candidate.LocalName is "td" or "th" && candidate.Id == id && Dom.Traversal.Closest(candidate, "table") == table);
            if (target is null || target == cell)
            {
                Report(context, cell, target is null
                    ? $"headers names \"{id}\", which is not a cell of this table"
                    : $"headers names \"{id}\", the cell itself");
                break;
            }
        }
    }
}
