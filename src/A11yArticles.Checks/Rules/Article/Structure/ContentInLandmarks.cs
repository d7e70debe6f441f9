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
        "Put the content in header (banner), nav, main, aside or footer (contentinfo); a skip link may stay outside.");

    public override void Check(CheckContext context)
    {
        if (!context.IsWholePage || context.Document.Body is not { } body)
        {
            return;
        }

        var reported = new HashSet<IElement>();
        var skipLink = ArticleFacts.SequentialFocusOrder(context).FirstOrDefault();
        foreach (var text in body.Descendants<IText>())
        {
            if (string.IsNullOrWhiteSpace(text.Data) || text.ParentElement is not { } parent || !context.Facts.IsInAccessibilityTree(parent))
            {
                continue;
            }

            if (skipLink is not null && (skipLink == parent || skipLink.Contains(parent)))
            {
                continue;
            }

            var inLandmark = false;
            var outermost = parent;
            for (var element = parent; element is not null && element != body; element = element.ParentElement)
            {
                if (ArticleFacts.LandmarkRole(context, element) is not null)
                {
                    inLandmark = true;
                    break;
                }

                outermost = element;
            }

            // One finding per block outside the landmarks (its outermost element below body), not one per text.
            if (!inLandmark && reported.Add(outermost))
            {
                var words = AngleSharp.Text.StringExtensions.Collapse(text.Data).Trim();
                Report(context, outermost, $"content such as \"{(words.Length > 40 ? words[..40] + "…" : words)}\" is outside every landmark");
            }
        }
    }
}
