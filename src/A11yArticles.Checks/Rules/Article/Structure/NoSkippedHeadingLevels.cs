using A11yArticles.Checks.Engine;

namespace A11yArticles.Checks.Rules.Article.Structure;

/// <summary>Heading levels go down one step at a time (h2 after h1, not h4).</summary>
internal sealed class NoSkippedHeadingLevels : Rule
{
    public override RuleInfo Info { get; } = Describe(
        "A11Y-HEAD-001",
        "Heading levels are not skipped",
        RuleGroups.Article,
        "1.3.1",
        "",
        Severity.Error,
        "Use the next level down for a subsection (h2 under h1, h3 under h2); style headings with CSS, not with the level.");

    public override void Check(CheckContext context)
    {
        var previous = 0;
        foreach (var (element, level) in ArticleFacts.Headings(context))
        {
            if (previous > 0 && level > previous + 1)
            {
                Report(context, element, $"a level-{level} heading follows a level-{previous} heading; level {previous + 1} is skipped");
            }

            previous = level;
        }
    }
}
