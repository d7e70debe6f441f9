using System.Text;

namespace A11yArticles.Checks.Tests.Docs;

/// <summary>
/// The rule catalogue in docs/checks.md is generated from the rules' metadata. This test fails when it
/// drifts; run it with A11Y_UPDATE_DOCS=1 to rewrite the section.
/// </summary>
public sealed class CatalogueDocsTests
{
    private const string Begin = "<!-- rule-catalogue:begin (generated from the rule metadata by CatalogueDocsTests; do not edit) -->";
    private const string End = "<!-- rule-catalogue:end -->";

    [Fact]
    public void The_rule_catalogue_in_docs_matches_the_rules()
    {
        var path = Path.Combine(RepositoryRoot(), "docs", "checks.md");
        var text = File.ReadAllText(path);
        var begin = text.IndexOf(Begin, StringComparison.Ordinal);
        var end = text.IndexOf(End, StringComparison.Ordinal);
        Assert.True(begin >= 0 && end > begin, $"{path}: the catalogue markers are missing");

        var expected = text[..(begin + Begin.Length)] + "\n" + Catalogue() + text[end..];
        if (expected != text && Environment.GetEnvironmentVariable("A11Y_UPDATE_DOCS") == "1")
        {
            File.WriteAllText(path, expected);
            text = expected;
        }

        Assert.True(expected == text, $"{path}: the rule catalogue is out of date; run 'A11Y_UPDATE_DOCS=1 dotnet test tests/A11yArticles.Checks.Tests' and commit the result.");
    }

    private static string Catalogue()
    {
        var builder = new StringBuilder();
        foreach (var group in HtmlChecker.AllRules.GroupBy(rule => rule.Group))
        {
            builder.Append(group.Key == RuleGroups.Article ? "\n### Article contract\n\n" : "\n### Static W3C ACT rules\n\n");
            builder.Append("| Id | Rule | WCAG | ACT | Severity | Fix |\n|---|---|---|---|---|---|\n");
            foreach (var rule in group)
            {
                var act = rule.ActRules.Count == 0 ? "–" : string.Join(", ", rule.ActRules.Select(id => $"[{id}](https://www.w3.org/WAI/standards-guidelines/act/rules/{id}/)"));
                builder.Append($"| `{rule.Id}` | {Escape(rule.Title)} | {string.Join(", ", rule.Wcag)} | {act} | {rule.Severity.ToString().ToLowerInvariant()} | {Escape(rule.Help)} |\n");
            }
        }

        return builder.Append('\n').ToString();
    }

    private static string Escape(string text) => text.Replace("|", "\\|", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal);

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "A11yArticles.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No A11yArticles.sln above {AppContext.BaseDirectory}");
    }
}
