using System.Text.Json;
using A11yArticles.Checks.Reporting;

namespace A11yArticles.Checks.Tests.Reporting;

public sealed class ReporterTests
{
    private static readonly string Html = RuleExampleTests.Page("<main>\n<img src=\"a.png\">\n<a href=\"/x\"></a>\n</main>");

    private static CheckReport Report() => HtmlChecker.ForRules("23a2a8", "c487ae").Check(Html, "/site/out/page.html");

    [Fact]
    public void Text_is_one_compiler_style_line_per_finding_with_element_and_fix()
    {
        var writer = new StringWriter();

        TextReporter.Write([Report()], writer);

        var lines = writer.ToString().Split(Environment.NewLine);
        Assert.Equal("/site/out/page.html:6:1: error A11Y-ACT-23A2A8: the image has no accessible name (WCAG 1.1.1)", lines[0]);
        Assert.Equal("    <img src=\"a.png\">", lines[1]);
        Assert.StartsWith("    fix: Give the image a text alternative", lines[2]);
        Assert.Equal("/site/out/page.html:7:1: error A11Y-ACT-C487AE: the link has no accessible name (WCAG 1.1.1, 2.4.4, 2.4.9, 4.1.2)", lines[3]);
        Assert.Equal("1 file(s) checked: 2 error(s), 0 warning(s).", lines[6]);
    }

    [Fact]
    public void Json_follows_the_documented_schema()
    {
        using var stream = new MemoryStream();

        JsonReporter.Write([Report()], stream);

        using var json = JsonDocument.Parse(stream.ToArray());
        var root = json.RootElement;
        Assert.Equal(1, root.GetProperty("version").GetInt32());
        var file = Assert.Single(root.GetProperty("files").EnumerateArray());
        Assert.Equal("/site/out/page.html", file.GetProperty("path").GetString());
        Assert.Equal(2, file.GetProperty("errors").GetInt32());
        var finding = file.GetProperty("findings")[0];
        Assert.Equal("A11Y-ACT-23A2A8", finding.GetProperty("ruleId").GetString());
        Assert.Equal("error", finding.GetProperty("severity").GetString());
        Assert.Equal(6, finding.GetProperty("line").GetInt32());
        Assert.Equal(1, finding.GetProperty("column").GetInt32());
        Assert.Equal("html > body > main > img", finding.GetProperty("selector").GetString());
        Assert.Equal(["1.1.1"], finding.GetProperty("wcag").EnumerateArray().Select(item => item.GetString()));
        Assert.Equal(["23a2a8"], finding.GetProperty("actRules").EnumerateArray().Select(item => item.GetString()));
        Assert.False(string.IsNullOrEmpty(finding.GetProperty("help").GetString()));
    }

    [Fact]
    public void The_ACT_output_is_a_JSON_array_of_failed_rule_ids()
    {
        Assert.Equal("[\"23a2a8\",\"c487ae\"]", JsonReporter.ActFailures(Report()));
        Assert.Equal("[]", JsonReporter.ActFailures(HtmlChecker.ForRules("act").Check(RuleExampleTests.Page("<p>Fine</p>"))));
    }

    [Fact]
    public void Sarif_has_the_structure_the_2_1_0_schema_requires()
    {
        var checker = HtmlChecker.ForRules("23a2a8", "c487ae");
        using var stream = new MemoryStream();

        SarifReporter.Write([checker.Check(Html, "/site/out/page.html")], checker.Rules, stream, "/site");

        using var json = JsonDocument.Parse(stream.ToArray());
        var root = json.RootElement;
        Assert.Equal("2.1.0", root.GetProperty("version").GetString());
        Assert.Equal(SarifReporter.SchemaUri, root.GetProperty("$schema").GetString());
        var run = Assert.Single(root.GetProperty("runs").EnumerateArray());
        var driver = run.GetProperty("tool").GetProperty("driver");
        Assert.Equal("a11y-articles", driver.GetProperty("name").GetString());
        var rules = driver.GetProperty("rules").EnumerateArray().ToList();
        Assert.Equal(["A11Y-ACT-23A2A8", "A11Y-ACT-C487AE"], rules.Select(rule => rule.GetProperty("id").GetString()));
        Assert.All(rules, rule =>
        {
            Assert.False(string.IsNullOrEmpty(rule.GetProperty("shortDescription").GetProperty("text").GetString()));
            Assert.StartsWith("https://", rule.GetProperty("helpUri").GetString());
            Assert.Equal("error", rule.GetProperty("defaultConfiguration").GetProperty("level").GetString());
        });

        var results = run.GetProperty("results").EnumerateArray().ToList();
        Assert.Equal(2, results.Count);
        foreach (var result in results)
        {
            var index = result.GetProperty("ruleIndex").GetInt32();
            Assert.Equal(rules[index].GetProperty("id").GetString(), result.GetProperty("ruleId").GetString());
            Assert.Contains(result.GetProperty("level").GetString(), new[] { "none", "note", "warning", "error" });
            Assert.False(string.IsNullOrEmpty(result.GetProperty("message").GetProperty("text").GetString()));
            var location = Assert.Single(result.GetProperty("locations").EnumerateArray());
            var physical = location.GetProperty("physicalLocation");
            Assert.Equal("out/page.html", physical.GetProperty("artifactLocation").GetProperty("uri").GetString());
            Assert.True(physical.GetProperty("region").GetProperty("startLine").GetInt32() >= 1);
            Assert.True(physical.GetProperty("region").GetProperty("startColumn").GetInt32() >= 1);
            Assert.False(string.IsNullOrEmpty(Assert.Single(location.GetProperty("logicalLocations").EnumerateArray()).GetProperty("fullyQualifiedName").GetString()));
        }

        Assert.Equal("out/page.html", Assert.Single(run.GetProperty("artifacts").EnumerateArray()).GetProperty("location").GetProperty("uri").GetString());
    }
}
