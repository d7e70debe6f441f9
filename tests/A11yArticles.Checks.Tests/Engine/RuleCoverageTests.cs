using System.Text.RegularExpressions;
using A11yArticles.Checks.Engine;

namespace A11yArticles.Checks.Tests.Engine;

public sealed partial class RuleCoverageTests
{
    /// <summary>The 33 current static ACT rules (class "static", not deprecated) this checker implements.</summary>
    private static readonly string[] StaticActRules =
    [
        "23a2a8", "2779a5", "2t702h", "307n5z", "46ca7f", "4e8ab6", "59796f", "5f99a7", "674b10", "6a7281", "6cfa84",
        "73f2c2", "7d6734", "8fc3b6", "97a4e1", "a25f45", "akn7bn", "b4f0c3", "b5c3f8", "bc659a", "bf051a", "bisz58",
        "c487ae", "de46e4", "e086e5", "m6b1q3", "5c01ea", "bc4a75", "cae760", "d0f69e", "ff89c9", "ffd0e9", "kb1m8s",
    ];

    [GeneratedRegex("^A11Y-[A-Z0-9]+-[A-Z0-9]{3,6}$")]
    private static partial Regex IdPattern();

    [Fact]
    public void Every_static_ACT_rule_has_exactly_one_rule()
    {
        foreach (var act in StaticActRules)
        {
            Assert.Single(HtmlChecker.AllRules, rule => rule.ActRules.Contains(act));
        }

        Assert.Equal(StaticActRules.Length, HtmlChecker.AllRules.Count(rule => rule.Group == RuleGroups.Act));
    }

    [Fact]
    public void Every_rule_has_complete_metadata_and_a_unique_id()
    {
        Assert.Equal(HtmlChecker.AllRules.Count, HtmlChecker.AllRules.Select(rule => rule.Id).Distinct().Count());
        foreach (var rule in HtmlChecker.AllRules)
        {
            Assert.Matches(IdPattern(), rule.Id);
            Assert.False(string.IsNullOrWhiteSpace(rule.Title), rule.Id);
            Assert.False(string.IsNullOrWhiteSpace(rule.Help), rule.Id);
            // An ACT rule lists only the criteria its W3C page maps it to; a few map to none (their
            // requirements are secondary, e.g. ffd0e9), and SharedActMetadataTests compares the lists.
            Assert.True(rule.Wcag.Count > 0 || rule.Group == RuleGroups.Act, $"{rule.Id} names no WCAG success criterion");
            Assert.All(rule.Wcag, criterion => Assert.Matches(@"^\d\.\d\.\d{1,2}$", criterion));
            Assert.Contains(rule.Group, new[] { RuleGroups.Article, RuleGroups.Act });
        }
    }

    [Fact]
    public void Every_rule_has_passing_and_failing_examples()
    {
        var examples = typeof(RuleCoverageTests).Assembly.GetTypes()
            .Where(type => type.IsSubclassOf(typeof(RuleExampleTests)) && !type.IsAbstract)
            .SelectMany(type => ((RuleExampleTests)Activator.CreateInstance(type)!).AllExamples)
            .ToList();
        var missing = new List<string>();
        foreach (var rule in HtmlChecker.AllRules)
        {
            if (!examples.Any(example => example.RuleId == rule.Id && example.Fails))
            {
                missing.Add($"{rule.Id} has no failing example");
            }

            if (!examples.Any(example => example.RuleId == rule.Id && !example.Fails))
            {
                missing.Add($"{rule.Id} has no passing example");
            }
        }

        Assert.True(missing.Count == 0, string.Join("\n", missing));
    }

    [Fact]
    public void Rules_are_selected_by_id_prefix_group_and_ACT_id()
    {
        Assert.Equal(["A11Y-SKIP-001"], HtmlChecker.ForRules("a11y-skip-001").Rules.Select(rule => rule.Id));
        Assert.Equal(["A11Y-LANG-001", "A11Y-LANG-002"], HtmlChecker.ForRules("A11Y-LANG-*").Rules.Select(rule => rule.Id));
        Assert.Equal(["A11Y-ACT-23A2A8"], HtmlChecker.ForRules("23a2a8").Rules.Select(rule => rule.Id));
        Assert.Equal(StaticActRules.Length, HtmlChecker.ForRules("act").Rules.Count);
        Assert.Equal(HtmlChecker.AllRules.Count, HtmlChecker.ForRules("article,act").Rules.Count);
    }

    [Fact]
    public void An_unknown_rule_is_named_in_the_error()
    {
        var error = Assert.Throws<ArgumentException>(() => HtmlChecker.ForRules("A11Y-SKIP-001", "nonsense"));

        Assert.Contains("'nonsense'", error.Message);
    }
}
