using System.Text.Json;
using A11yArticles.Checks.Reporting;

namespace A11yArticles.Checks.Tests.Reporting;

/// <summary>
/// A rule lists at most <see cref="HtmlChecker.MaxFindingsPerRule"/> findings per page; the rest are
/// counted, reported in every format and kept in the error count (issue 15: a hostile page can have a
/// finding on every element).
/// </summary>
public sealed class OmittedFindingsTests
{
    private const int Images = HtmlChecker.MaxFindingsPerRule + 250;

    /// <summary>A page with one more image without a name than the cap allows, plus one link without a name.</summary>
    private static readonly string Html = RuleExampleTests.Page("<main>\n" + string.Concat(Enumerable.Range(0, Images).Select(index => $"<img src=\"{index}.png\">\n")) + "<a href=\"/x\"></a>\n</main>");

    private static CheckReport Report() => HtmlChecker.ForRules("23a2a8", "c487ae").Check(Html, "/site/out/page.html");

    [Fact]
    public void A_rule_lists_the_first_findings_up_to_the_cap_and_counts_the_rest()
    {
        var report = Report();

        var images = report.Findings.Where(finding => finding.Rule.Id == "A11Y-ACT-23A2A8").ToList();
        Assert.Equal(HtmlChecker.MaxFindingsPerRule, images.Count);
        Assert.Equal("html > body > main > img:nth-of-type(1)", images[0].Selector); // the first ones, in document order
        var omitted = Assert.Single(report.Omitted);
        Assert.Equal("A11Y-ACT-23A2A8", omitted.Rule.Id);
        Assert.Equal(250, omitted.Count);
        Assert.Single(report.Findings, finding => finding.Rule.Id == "A11Y-ACT-C487AE"); // other rules are not affected
        Assert.Equal(Images + 1, report.ErrorCount);
        Assert.Equal(["23a2a8", "c487ae"], report.FailedActRules);
    }

    [Fact]
    public void A_page_under_the_cap_omits_nothing()
    {
        var report = HtmlChecker.ForRules("23a2a8").Check(RuleExampleTests.Page("<main><img src=\"a.png\"></main>"));

        Assert.Empty(report.Omitted);
    }

    [Fact]
    public void Text_ends_the_page_with_a_note_per_rule()
    {
        var writer = new StringWriter();

        TextReporter.Write([Report()], writer);

        var lines = writer.ToString().Split(Environment.NewLine);
        Assert.Contains("/site/out/page.html: note: 250 more finding(s) of A11Y-ACT-23A2A8 on this page are not listed (at most 1,000 per rule per page)", lines);
        Assert.Contains($"1 file(s) checked: {Images + 1} error(s), 0 warning(s).", lines);
    }

    [Fact]
    public void Json_lists_what_was_omitted()
    {
        using var stream = new MemoryStream();

        JsonReporter.Write([Report()], stream);

        using var json = JsonDocument.Parse(stream.ToArray());
        var file = json.RootElement.GetProperty("files")[0];
        Assert.Equal(Images + 1, file.GetProperty("errors").GetInt32());
        Assert.Equal(HtmlChecker.MaxFindingsPerRule + 1, file.GetProperty("findings").GetArrayLength());
        var omitted = Assert.Single(file.GetProperty("omitted").EnumerateArray());
        Assert.Equal("A11Y-ACT-23A2A8", omitted.GetProperty("ruleId").GetString());
        Assert.Equal(250, omitted.GetProperty("count").GetInt32());
    }

    [Fact]
    public void Sarif_gives_a_notification_of_the_run_per_rule_and_page()
    {
        using var stream = new MemoryStream();

        SarifReporter.Write([Report()], HtmlChecker.ForRules("23a2a8", "c487ae").Rules, stream, "/site");

        using var json = JsonDocument.Parse(stream.ToArray());
        var invocation = Assert.Single(json.RootElement.GetProperty("runs")[0].GetProperty("invocations").EnumerateArray());
        Assert.True(invocation.GetProperty("executionSuccessful").GetBoolean());
        var notification = Assert.Single(invocation.GetProperty("toolExecutionNotifications").EnumerateArray());
        Assert.Equal("note", notification.GetProperty("level").GetString());
        Assert.Equal("A11Y-ACT-23A2A8", notification.GetProperty("associatedRule").GetProperty("id").GetString());
        Assert.Equal("out/page.html", notification.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString());
        Assert.Contains("250 more finding(s)", notification.GetProperty("message").GetProperty("text").GetString(), StringComparison.Ordinal);
    }
}
