using A11yArticles.Checks.Engine;
using AngleSharp.Dom;

namespace A11yArticles.Checks.Rules.Article.Navigation;

/// <summary>The skip link is the first Tab stop and targets exactly one element that is main or inside it.</summary>
internal sealed class SkipLinkFirst : Rule
{
    public override RuleInfo Info { get; } = Describe(
        "A11Y-SKIP-001",
        "The first focusable element is a skip link to the main content",
        RuleGroups.Article,
        "2.4.1",
        "",
        Severity.Error,
        "Make the first element of the body a link such as <a href=\"#main\">Skip to main content</a> whose target id is the main element (or inside it), and give that id to exactly one element.");

    public override void Check(CheckContext context)
    {
        if (!context.IsWholePage || context.Document.Body is not { } body)
        {
            return;
        }

        var order = ArticleFacts.SequentialFocusOrder(context);
        if (order.Count == 0)
        {
            return;
        }

        var first = order[0];
        if (ArticleFacts.InPageTarget(context, first) is not { } id)
        {
            Report(context, first, $"the first Tab stop is <{first.LocalName}>, not a skip link to the main content");
            return;
        }

        var targets = context.Facts.All.Where(facts => facts.Id == id).Select(facts => facts.Element).ToList();
        if (targets.Count != 1)
        {
            Report(context, first, targets.Count == 0
                ? $"the skip link points at #{id}, but no element has that id"
                : $"the skip link points at #{id}, but {targets.Count} elements have that id");
            return;
        }

        var target = targets[0];
        if (!IsMainOrInside(context, target))
        {
            Report(context, first, $"the skip link points at #{id}, which is not the main landmark or inside it");
        }
    }

    private static bool IsMainOrInside(CheckContext context, IElement target)
    {
        for (var element = target; element is not null; element = element.ParentElement)
        {
            if (context.Roles.Role(element) == "main")
            {
                return true;
            }
        }

        return false;
    }
}
