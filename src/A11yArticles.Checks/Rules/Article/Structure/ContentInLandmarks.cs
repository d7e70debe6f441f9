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

        var reported = new HashSet<IElement>(ReferenceEqualityComparer.Instance);
        var skipLinks = ArticleFacts.SkipLinks(context);
        var landmarkCache = new Dictionary<IElement, IElement?>(ReferenceEqualityComparer.Instance);
        foreach (var (text, parent) in TextNodes(body))
        {
            if (string.IsNullOrWhiteSpace(text.Data) || !context.Facts.IsInAccessibilityTree(parent))
            {
                continue;
            }

            if (skipLinks.Any(skipLink => skipLink == parent || skipLink.Contains(parent)))
            {
                continue;
            }

            // One finding per block outside the landmarks (its outermost element below body), not one per text.
            if (OutermostOutsideLandmarks(context, body, parent, landmarkCache) is { } outermost && reported.Add(outermost))
            {
                var words = AngleSharp.Text.StringExtensions.Collapse(text.Data).Trim();
                Report(context, outermost, $"content such as \"{(words.Length > 40 ? words[..40] + "…" : words)}\" is outside every landmark");
            }
        }
    }

    /// <summary>The text nodes below body with their parent element, walked without recursion.</summary>
    private static IEnumerable<(IText Text, IElement Parent)> TextNodes(IElement body)
    {
        foreach (var element in Dom.Traversal.DescendantElements(body).Prepend(body))
        {
            foreach (var child in element.ChildNodes)
            {
                if (child is IText text)
                {
                    yield return (text, element);
                }
            }
        }
    }

    /// <summary>
    /// Null when the element is inside a landmark; otherwise its outermost ancestor below body (which
    /// is then outside every landmark). Cached per element, so the walk up is shared by siblings.
    /// </summary>
    private static IElement? OutermostOutsideLandmarks(CheckContext context, IElement body, IElement element, Dictionary<IElement, IElement?> cache)
    {
        var chain = new List<IElement>();
        IElement? result = null;
        var resolved = false;
        for (var current = element; current is not null && current != body; current = current.ParentElement)
        {
            if (cache.TryGetValue(current, out var known))
            {
                result = known;
                resolved = true;
                break;
            }

            if (ArticleFacts.LandmarkRole(context, current) is not null)
            {
                result = null;
                resolved = true;
                cache[current] = null;
                break;
            }

            chain.Add(current);
        }

        if (!resolved)
        {
            // Reached body without a landmark: the outermost element of the chain is the block to report.
            result = chain.Count > 0 ? chain[^1] : element;
        }

        foreach (var item in chain)
        {
            cache[item] = result;
        }

        return result;
    }
}
