using System.Text.Json;
using A11yArticles.Checks.Reporting;

namespace A11yArticles.Checks.Tests.Reporting;

/// <summary>
/// The EARL report's shape: the one the W3C's ACT implementation reports use (a test subject per
/// page with its assertions; per assertion an assertor, a mode, the ACT rule as test with its WCAG
/// criteria, and a result with an EARL outcome), every term defined in its own JSON-LD context.
/// </summary>
public sealed class EarlReporterTests
{
    private static readonly string BadPage = RuleExampleTests.Page("<main>\n<img src=\"a.png\">\n<a href=\"/x\"></a>\n<img src=\"b.png\">\n</main>");
    private static readonly string GoodPage = RuleExampleTests.Page("<main><h1>Story</h1><img src=\"a.png\" alt=\"A bridge\"></main>");

    private static readonly HashSet<string> Outcomes = ["earl:passed", "earl:failed", "earl:inapplicable", "earl:cantTell", "earl:untested"];

    private static JsonDocument Write(params CheckReport[] reports)
    {
        using var stream = new MemoryStream();
        EarlReporter.Write(reports, HtmlChecker.Default.Rules, stream, "/site");
        return JsonDocument.Parse(stream.ToArray());
    }

    [Fact]
    public void Each_page_is_a_test_subject_with_one_assertion_per_element_that_fails_an_ACT_rule()
    {
        using var json = Write(HtmlChecker.Default.Check(BadPage, "/site/out/bad.html"), HtmlChecker.Default.Check(GoodPage, "/site/out/good.html"));

        var subjects = Subjects(json).ToList();
        Assert.Equal(["out/bad.html", "out/good.html"], subjects.Select(s => s.GetProperty("source").GetString()));

        var bad = subjects[0].GetProperty("assertions").EnumerateArray().ToList();
        var failed = bad.Where(a => Outcome(a) == "earl:failed").ToList();
        Assert.Equal(["23a2a8", "23a2a8", "c487ae"], failed.Select(a => a.GetProperty("test").GetProperty("identifier").GetString()));
        Assert.Equal("html > body > main > img:nth-of-type(1)", failed[0].GetProperty("result").GetProperty("pointer").GetProperty("expression").GetString());
        Assert.Equal("https://www.w3.org/WAI/standards-guidelines/act/rules/23a2a8/", failed[0].GetProperty("test").GetProperty("@id").GetString());
        Assert.Equal(["WCAG22:non-text-content"], failed[0].GetProperty("test").GetProperty("isPartOf").EnumerateArray().Select(p => p.GetProperty("@id").GetString()));

        // Every ACT rule that ran has an assertion on every page: the ones that found nothing say passed.
        var actRules = HtmlChecker.Default.Rules.Count(rule => rule.ActRules.Count > 0);
        Assert.Equal(actRules, bad.Select(a => a.GetProperty("test").GetProperty("identifier").GetString()).Distinct().Count());
        var good = subjects[1].GetProperty("assertions").EnumerateArray().ToList();
        Assert.Equal(actRules, good.Count);
        Assert.All(good, assertion => Assert.Equal("earl:passed", Outcome(assertion)));
    }

    [Fact]
    public void Every_assertion_has_the_parts_an_implementation_report_needs()
    {
        using var json = Write(HtmlChecker.Default.Check(BadPage, "/site/bad.html"));

        var assertor = json.RootElement.GetProperty("@graph").EnumerateArray().Single(node => node.TryGetProperty("@id", out var id) && id.GetString() == "_:a11y-articles");
        Assert.Contains("Assertor", assertor.GetProperty("@type").EnumerateArray().Select(t => t.GetString()));
        Assert.False(string.IsNullOrEmpty(assertor.GetProperty("release").GetProperty("revision").GetString()));
        foreach (var assertion in Subjects(json).SelectMany(s => s.GetProperty("assertions").EnumerateArray()))
        {
            Assert.Equal("Assertion", assertion.GetProperty("@type").GetString());
            Assert.Equal("_:a11y-articles", assertion.GetProperty("assertedBy").GetString());
            Assert.Equal("earl:automatic", assertion.GetProperty("mode").GetString());
            Assert.Equal("TestCase", assertion.GetProperty("test").GetProperty("@type").GetString());
            Assert.False(string.IsNullOrEmpty(assertion.GetProperty("test").GetProperty("title").GetString()));
            Assert.Equal("TestResult", assertion.GetProperty("result").GetProperty("@type").GetString());
            Assert.Contains(Outcome(assertion)!, Outcomes);
        }
    }

    /// <summary>The properties of EARL 1.0, which the context's @vocab (EARL's namespace) defines.</summary>
    private static readonly HashSet<string> EarlProperties = ["assertedBy", "subject", "test", "result", "mode", "mainAssertor", "outcome", "pointer", "info"];

    /// <summary>JSON-LD drops what its context does not define: every key must be a keyword, a term, or EARL's own (@vocab).</summary>
    [Fact]
    public void Every_key_and_prefix_is_defined_in_the_context()
    {
        using var json = Write(HtmlChecker.Default.Check(BadPage, "/site/bad.html"));
        var context = json.RootElement.GetProperty("@context");
        var terms = context.EnumerateObject().Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
        var undefined = new SortedSet<string>(StringComparer.Ordinal);

        void Visit(JsonElement element)
        {
            if (element.ValueKind == JsonValueKind.Array)
            {
                foreach (var item in element.EnumerateArray())
                {
                    Visit(item);
                }
            }
            else if (element.ValueKind == JsonValueKind.Object)
            {
                foreach (var property in element.EnumerateObject())
                {
                    if (!property.Name.StartsWith('@') && !terms.Contains(property.Name) && !EarlProperties.Contains(property.Name))
                    {
                        undefined.Add("key " + property.Name);
                    }

                    Visit(property.Value);
                }
            }
            else if (element.ValueKind == JsonValueKind.String && element.GetString() is { } value
                && value.IndexOf(':', StringComparison.Ordinal) is > 0 and var colon && !value.StartsWith("http", StringComparison.Ordinal) && !value.StartsWith("_:", StringComparison.Ordinal)
                && !value.Contains(' ', StringComparison.Ordinal) && !terms.Contains(value[..colon]))
            {
                undefined.Add("prefix " + value[..colon]);
            }
        }

        foreach (var node in json.RootElement.GetProperty("@graph").EnumerateArray())
        {
            Visit(node);
        }

        Assert.True(undefined.Count == 0, "Not defined in @context: " + string.Join(", ", undefined));
        Assert.Equal("http://www.w3.org/ns/earl#", context.GetProperty("@vocab").GetString());
        Assert.Equal("earl:subject", context.GetProperty("assertions").GetProperty("@reverse").GetString());
    }

    [Fact]
    public void Every_success_criterion_a_rule_names_has_its_WCAG_anchor()
    {
        var missing = HtmlChecker.AllRules.SelectMany(rule => rule.Wcag).Distinct().Where(criterion => !EarlReporter.SuccessCriterionSlugs.ContainsKey(criterion)).ToList();

        Assert.True(missing.Count == 0, "Add the WCAG anchors of: " + string.Join(", ", missing));
    }

    private static IEnumerable<JsonElement> Subjects(JsonDocument json) =>
        json.RootElement.GetProperty("@graph").EnumerateArray().Where(node => node.TryGetProperty("assertions", out _));

    private static string? Outcome(JsonElement assertion) => assertion.GetProperty("result").GetProperty("outcome").GetString();
}
