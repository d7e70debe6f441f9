namespace A11yArticles.Checks.Tests.Rules.Article.Tables;

public sealed class TableRulesTests : RuleExampleTests
{
    private const string Rows = "<tr><td>Parks</td><td>1,200</td></tr><tr><td>Libraries</td><td>800</td></tr>";

    protected override IEnumerable<RuleExample> Examples =>
    [
        Pass("A11Y-TABLE-001", "caption, column headers and row headers",
            "<main><table><caption>Spending</caption><thead><tr><th scope=\"col\">Department</th><th scope=\"col\">2025</th></tr></thead><tbody><tr><th scope=\"row\">Parks</th><td>1,200</td></tr></tbody></table></main>"),
        Pass("A11Y-TABLE-001", "named by aria-labelledby, header cells without scope",
            "<main><h2 id=\"t\">Spending</h2><table aria-labelledby=\"t\"><tr><th>Department</th><th>2025</th></tr>" + Rows + "</table></main>"),
        Pass("A11Y-TABLE-001", "layout table with role=presentation", "<main><table role=\"presentation\">" + Rows + "</table></main>"),
        Pass("A11Y-TABLE-001", "one row only", "<main><table><tr><td>Left</td><td>Right</td></tr></table></main>"),
        Pass("A11Y-TABLE-001", "one column only", "<main><table><tr><td>First</td></tr><tr><td>Second</td></tr></table></main>"),
        Pass("A11Y-TABLE-001", "hidden table", "<main><table hidden>" + Rows + "</table></main>"),
        Pass("A11Y-TABLE-001", "ARIA table with caption and column headers",
            "<main><div role=\"table\" aria-label=\"Spending\"><div role=\"row\"><span role=\"columnheader\">Department</span><span role=\"columnheader\">2025</span></div><div role=\"row\"><span role=\"cell\">Parks</span><span role=\"cell\">1,200</span></div></div></main>"),
        Fail("A11Y-TABLE-001", "no caption, no header cells", "<main><table>" + Rows + "</table></main>"),
        Fail("A11Y-TABLE-001", "header cells but no name", "<main><table><thead><tr><th>Department</th><th>2025</th></tr></thead><tbody>" + Rows + "</tbody></table></main>"),
        Fail("A11Y-TABLE-001", "caption but no header cells", "<main><table><caption>Spending</caption>" + Rows + "</table></main>"),
        Fail("A11Y-TABLE-001", "empty caption", "<main><table><caption> </caption><tr><th>Department</th><th>2025</th></tr>" + Rows + "</table></main>"),
        Fail("A11Y-TABLE-001", "header cells only in a nested table",
            "<main><table><caption>Outer</caption><tr><td><table><caption>Inner</caption><tr><th>A</th><th>B</th></tr><tr><td>1</td><td>2</td></tr></table></td><td>x</td></tr><tr><td>y</td><td>z</td></tr></table></main>"),
    ];
}
