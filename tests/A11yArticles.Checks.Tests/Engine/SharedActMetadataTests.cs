namespace A11yArticles.Checks.Tests.Engine;

/// <summary>
/// The ACT rules' metadata against the W3C's own list: each ACT rule this checker implements exists
/// there, has the same name, and names the same WCAG success criteria as its rule page. The list,
/// <c>../shared/act/rules.tsv</c>, sits beside the clone in CI and is never copied into the
/// repository, so these tests carry the category <c>SharedAct</c>: <c>./test.sh</c> leaves them out and
/// <c>.ci/run</c> runs them where the list is (<c>A11Y_ACT_RULES_TSV</c> names another copy). Run
/// where the list is not, they fail and say so.
/// </summary>
[Trait("Category", "SharedAct")]
public sealed class SharedActMetadataTests
{
    [Fact]
    public void Each_ACT_rule_has_the_name_and_success_criteria_of_its_W3C_rule_page()
    {
        var published = ReadPublishedRules();
        var wrong = new List<string>();
        foreach (var rule in HtmlChecker.AllRules.Where(rule => rule.Group == RuleGroups.Act))
        {
            var act = Assert.Single(rule.ActRules);
            if (!published.TryGetValue(act, out var page))
            {
                wrong.Add($"{rule.Id}: ACT rule {act} is not in the W3C list");
                continue;
            }

            if (page.Status == "deprecated")
            {
                wrong.Add($"{rule.Id}: ACT rule {act} is deprecated");
            }

            if (!string.Equals(rule.Title, page.Name, StringComparison.Ordinal))
            {
                wrong.Add($"{rule.Id}: named \"{rule.Title}\", the W3C page says \"{page.Name}\"");
            }

            if (!rule.Wcag.Order(StringComparer.Ordinal).SequenceEqual(page.SuccessCriteria.Order(StringComparer.Ordinal)))
            {
                wrong.Add($"{rule.Id}: success criteria [{string.Join(", ", rule.Wcag)}], the W3C page lists [{string.Join(", ", page.SuccessCriteria)}]");
            }
        }

        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
    }

    [Fact]
    public void Every_static_ACT_rule_of_the_W3C_list_that_is_not_deprecated_is_implemented()
    {
        var implemented = HtmlChecker.AllRules.SelectMany(rule => rule.ActRules).ToHashSet(StringComparer.Ordinal);

        var missing = ReadPublishedRules().Values
            .Where(page => page.Class == "static" && page.Status != "deprecated" && !implemented.Contains(page.Id))
            .Select(page => $"{page.Id} ({page.Name})")
            .ToList();

        Assert.True(missing.Count == 0, "Static ACT rules without an implementation:\n" + string.Join("\n", missing));
    }

    private sealed record PublishedRule(string Id, string Name, IReadOnlyList<string> SuccessCriteria, string Class, string Status);

    private static Dictionary<string, PublishedRule> ReadPublishedRules()
    {
        var path = Environment.GetEnvironmentVariable("A11Y_ACT_RULES_TSV") is { Length: > 0 } configured
            ? configured
            : Path.GetFullPath(Path.Combine(RepositoryRoot(), "..", "shared", "act", "rules.tsv"));
        Assert.True(
            File.Exists(path),
            $"The W3C ACT rule list is not at {path}. These tests run in CI beside ../shared (.ci/run); elsewhere set A11Y_ACT_RULES_TSV to a rules.tsv (columns id, name, sc, cases, static, status), or leave them out with --filter \"Category!=SharedAct\" as ./test.sh does.");

        var lines = File.ReadAllLines(path);
        var header = lines[0].Split('\t');
        int Column(string name)
        {
            var index = Array.IndexOf(header, name);
            Assert.True(index >= 0, $"{path} has no column '{name}' (it has {string.Join(", ", header)})");
            return index;
        }

        var (id, title, sc, kind, status) = (Column("id"), Column("name"), Column("sc"), Column("static"), Column("status"));
        return lines.Skip(1)
            .Where(line => line.Length > 0)
            .Select(line => line.Split('\t'))
            .Select(cells => new PublishedRule(
                cells[id],
                cells[title],
                cells[sc] == "-" ? [] : cells[sc].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
                cells[kind],
                cells[status]))
            .ToDictionary(rule => rule.Id, StringComparer.Ordinal);
    }

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
