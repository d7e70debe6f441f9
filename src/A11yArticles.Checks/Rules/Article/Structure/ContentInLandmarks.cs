using A11yArticles.Checks.Engine;
using AngleSharp.Dom;

namespace A11yArticles.Checks.Rules.Article.Structure;

/// <summary>Every piece of content is inside a landmark, so landmark navigation reaches all of it.</summary>
internal sealed class ContentInLandmarks : Rule
{
    public override RuleInfo Info { get; } = Describe(
        "A11Y-LAND-001",
        "All content is inside landmarks",
        RuleGroups.Article,
        "1.3.1",
        "",
        Severity.Error,
        "Put the content in header (banner), nav, main, aside or footer (contentinfo); skip links may stay outside.");

    public override void Check(CheckContext context)
    {
        if (!context.IsWholePage || context.Document.Body is not { } body)
        {
            return;
        }

        var all = context.Facts.All;
        var bodyFacts = context.Facts.Of(body);
        if (bodyFacts.Index < 0)
        {
            return;
        }

        var skipLinks = ArticleFacts.SkipLinks(context).Select(context.Facts.Of).ToList();
        var reported = new HashSet<IElement>(ReferenceEqualityComparer.Instance);

        // For each element below body, in document order (parents first): null when it is inside a
        // landmark, else its outermost ancestor below body, which is then outside every landmark.
        var outermost = new IElement?[bodyFacts.SubtreeEnd - bodyFacts.Index + 1];
        outermost[0] = body;
        for (var i = bodyFacts.Index; i <= bodyFacts.SubtreeEnd; i++)
        {
            var facts = all[i];
            var element = facts.Element;
            if (i > bodyFacts.Index)
            {
                var parent = facts.InheritsFrom!; // the host, for the top of a shadow tree
                outermost[i - bodyFacts.Index] = ArticleFacts.LandmarkRole(context, facts) is not null ? null
                    : parent == bodyFacts ? element
                    : outermost[parent.Index - bodyFacts.Index];
            }

            if (!facts.IsInAccessibilityTree || outermost[i - bodyFacts.Index] is not { } block)
            {
                continue;
            }

            var children = element.ChildNodes;
            for (var c = 0; c < children.Length; c++)
            {
                if (children[c] is not IText text || string.IsNullOrWhiteSpace(text.Data))
                {
                    continue;
                }

                if (InSkipLink(skipLinks, facts))
                {
                    break;
                }

                // One finding per block outside the landmarks (its outermost element below body), not one per text.
                if (reported.Add(block))
                {
                    var words = AngleSharp.Text.StringExtensions.Collapse(text.Data).Trim();
                    Report(context, block, $"content such as \"{(words.Length > 40 ? words[..40] + "…" : words)}\" is outside every landmark");
                }
            }
        }
    }

    private static bool InSkipLink(List<Dom.ElementFacts> skipLinks, Dom.ElementFacts facts)
    {
        foreach (var skipLink in skipLinks)
        {
            if (skipLink.Contains(facts))
            {
                return true;
            }
        }

        return false;
    }
}
