using A11yArticles.Checks.Engine;

namespace A11yArticles.Checks.Rules.Article.Structure;

/// <summary>One h1 (the headline), and it is the first heading in main.</summary>
internal sealed class OneH1FirstInMain : Rule
{
    public override RuleInfo Info { get; } = Describe(
        "A11Y-H1-001",
        "The page has one h1, and it is the first heading in main",
        RuleGroups.Article,
        "1.3.1,2.4.6",
        "",
        Severity.Error,
        "Use exactly one level-1 heading, the article's headline, and put no other heading before it inside main.");

    public override void Check(CheckContext context)
    {
        if (!context.IsWholePage || context.Document.Body is not { } body)
        {
            return;
        }

        var headings = ArticleFacts.Headings(context);
        var h1s = headings.Where(heading => heading.Level == 1).ToList();
        if (h1s.Count == 0)
        {
            Report(context, body, "the page has no level-1 heading (the headline)");
            return;
        }

        foreach (var extra in h1s.Skip(1))
        {
            Report(context, extra.Element, $"the page has {h1s.Count} level-1 headings; only the headline should be one");
        }

        var main = context.Facts.All.FirstOrDefault(facts => context.Roles.Role(facts) == "main")?.Element;
        if (main is null)
        {
            return;
        }

        var firstInMain = headings.FirstOrDefault(heading => main.Contains(heading.Element));
        if (firstInMain.Element is not null && firstInMain.Level != 1)
        {
            Report(context, firstInMain.Element, $"the first heading in main is level {firstInMain.Level}; the h1 headline should come first");
        }
    }
}
