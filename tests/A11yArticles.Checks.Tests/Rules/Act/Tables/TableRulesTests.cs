namespace A11yArticles.Checks.Tests.Rules.Act.Tables;

public sealed class TableRulesTests : RuleExampleTests
{
    protected override IEnumerable<RuleExample> Examples =>
    [
        Pass("A11Y-ACT-A25F45", "headers point at a header of the table", "<table><tr><th id=\"h\">Year</th></tr><tr><td headers=\"h\">2021</td></tr></table>"),
        Fail("A11Y-ACT-A25F45", "headers point at a missing id", "<table><tr><th id=\"h\">Year</th></tr><tr><td headers=\"year\">2021</td></tr></table>"),
        Fail("A11Y-ACT-A25F45", "headers point at the cell itself", "<table><tr><th>Year</th></tr><tr><td id=\"c\" headers=\"c\">2021</td></tr></table>"),
        Fail("A11Y-ACT-A25F45", "headers point into another table", "<table><tr><th id=\"o\">Other</th></tr></table><table><tr><th>Year</th></tr><tr><td headers=\"o\">2021</td></tr></table>"),

        Pass("A11Y-ACT-D0F69E", "column header over data", "<table><tr><th>City</th></tr><tr><td>Lima</td></tr></table>"),
        Pass("A11Y-ACT-D0F69E", "row header beside data", "<table><tr><th>City</th><td>Lima</td></tr></table>"),
        Fail("A11Y-ACT-D0F69E", "header over an empty column", "<table><tr><th>City</th><th>Country</th></tr><tr><td>Lima</td></tr></table>"),
        Fail("A11Y-ACT-D0F69E", "ARIA grid header without cells", "<div role=\"grid\"><div role=\"row\"><span role=\"columnheader\">A</span><span role=\"columnheader\">B</span></div><div role=\"row\"><span role=\"gridcell\">1</span></div></div>"),
    ];
}
