using A11yArticles.Checks.Engine;

namespace A11yArticles.Checks.Tests;

/// <summary>One example page for one rule, written for these tests: the rule must (or must not) report it.</summary>
public sealed record RuleExample(string RuleId, string Name, string Html, bool Fails)
{
    public override string ToString() => $"{RuleId} {(Fails ? "fails" : "passes")}: {Name}";
}

/// <summary>
/// The base of every rule folder's tests: a table of passing and failing examples, each checked with
/// only its own rule. <see cref="RuleCoverageTests"/> makes sure every rule has both kinds.
/// </summary>
public abstract class RuleExampleTests
{
    protected abstract IEnumerable<RuleExample> Examples { get; }

    public IEnumerable<RuleExample> AllExamples => Examples;

    protected static RuleExample Fail(string ruleId, string name, string body, string lang = "en") => new(ruleId, name, Page(body, lang), true);

    protected static RuleExample Pass(string ruleId, string name, string body, string lang = "en") => new(ruleId, name, Page(body, lang), false);

    protected static RuleExample FailPage(string ruleId, string name, string html) => new(ruleId, name, html, true);

    protected static RuleExample PassPage(string ruleId, string name, string html) => new(ruleId, name, html, false);

    /// <summary>A whole page around a body: doctype, lang, title, main.</summary>
    public static string Page(string body, string lang = "en") =>
        $"<!DOCTYPE html>\n<html lang=\"{lang}\">\n<head><title>Example</title></head>\n<body>\n{body}\n</body>\n</html>\n";

    [Fact]
    public void Every_example_gets_the_expected_outcome()
    {
        var wrong = new List<string>();
        foreach (var example in Examples)
        {
            var report = HtmlChecker.ForRules(example.RuleId).Check(example.Html, example.Name);
            var failed = report.Findings.Any(finding => finding.Rule.Id == example.RuleId);
            if (failed != example.Fails)
            {
                var findings = string.Join("; ", report.Findings.Select(finding => finding.Message));
                wrong.Add($"{example}: {(failed ? "reported: " + findings : "not reported")}");
            }
        }

        Assert.True(wrong.Count == 0, "Examples with the wrong outcome:\n" + string.Join("\n", wrong));
    }

    [Fact]
    public void Every_failing_example_points_at_a_line_and_an_element()
    {
        foreach (var example in Examples.Where(example => example.Fails))
        {
            var finding = HtmlChecker.ForRules(example.RuleId).Check(example.Html, example.Name).Findings.First();
            Assert.True(finding.Line >= 1 && finding.Column >= 1, example.ToString());
            Assert.False(string.IsNullOrEmpty(finding.Selector), example.ToString());
            Assert.False(string.IsNullOrEmpty(finding.Snippet), example.ToString());
        }
    }
}
