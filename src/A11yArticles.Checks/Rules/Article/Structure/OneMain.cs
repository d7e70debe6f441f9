using A11yArticles.Checks.Engine;

namespace A11yArticles.Checks.Rules.Article.Structure;

/// <summary>A page has exactly one main landmark.</summary>
internal sealed class OneMain : Rule
{
    public override RuleInfo Info { get; } = Describe(
        "A11Y-MAIN-001",
        "The page has exactly one main landmark",
        RuleGroups.Article,
        "1.3.1,2.4.1",
        "",
        Severity.Error,
        "Wrap the page's main content (the article) in one <main> element; keep banner, navigation and footer outside it.");

    public override void Check(CheckContext context)
    {
        if (!context.IsWholePage || context.Document.Body is not { } body)
        {
            return;
        }

        var mains = context.Facts.All.Where(facts => facts.IsInAccessibilityTree && context.Roles.Role(facts) == "main").Select(facts => facts.Element).ToList();
        if (mains.Count == 0)
        {
            Report(context, body, "the page has no main landmark");
        }

        foreach (var extra in mains.Skip(1))
        {
            Report(context, extra, $"the page has {mains.Count} main landmarks; keep one");
        }
    }
}
