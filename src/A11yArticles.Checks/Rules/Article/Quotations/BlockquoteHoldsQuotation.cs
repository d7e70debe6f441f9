using A11yArticles.Checks.Dom;
using A11yArticles.Checks.Engine;
using AngleSharp.Dom;

namespace A11yArticles.Checks.Rules.Article.Quotations;

/// <summary>A blockquote holds quoted content; it is not used to indent.</summary>
internal sealed class BlockquoteHoldsQuotation : ElementRule
{
    private static readonly HashSet<string> NotQuotedContent = new(StringComparer.Ordinal)
    {
        "form", "input", "select", "textarea", "button", "nav", "main", "aside", "table", "iframe",
    };

    public override RuleInfo Info { get; } = Describe(
        "A11Y-QUOTE-001",
        "A blockquote holds a quotation, not indentation",
        RuleGroups.Article,
        "1.3.1",
        "",
        Severity.Error,
        "Use blockquote only for quoted text (screen readers announce it as a quotation); indent other content with CSS margin-inline-start.");

    public override IReadOnlyList<string> ElementNames => ["blockquote"];

    public override void Check(CheckContext context, ElementFacts facts)
    {
        var element = facts.Element;
        if (element.LocalName != "blockquote" || !facts.IsInAccessibilityTree)
        {
            return;
        }

        // What each subtree holds, computed once per page (a walk per blockquote would cost the
        // subtree's size each time: nested blockquotes made that quadratic).
        var subtrees = context.GetOrAdd("blockquote-subtrees", context.Facts.All, Subtrees.Of);
        if (!subtrees.HasText[facts.Index] && !subtrees.HasNamedImage[facts.Index])
        {
            Report(context, element, "the blockquote is empty");
        }
        else if (element.Children.Length == 1 && element.Children[0].LocalName == "blockquote" && string.IsNullOrWhiteSpace(OwnText(element)))
        {
            Report(context, element, "a blockquote that only wraps another blockquote indents it; it quotes nothing");
        }
        else if (subtrees.FirstLayout[facts.Index] is >= 0 and var layout)
        {
            Report(context, element, $"the blockquote holds <{context.Facts.All[layout].Element.LocalName}>, which is page content, not a quotation");
        }
    }

    /// <summary>
    /// Per element (by its index in document order): whether its subtree has text that is not white
    /// space, an image with alt text, and the index of its first descendant that is page content
    /// (-1 if none). One backward pass: children come after their parent in document order.
    /// </summary>
    private sealed class Subtrees
    {
        public required bool[] HasText { get; init; }

        public required bool[] HasNamedImage { get; init; }

        public required int[] FirstLayout { get; init; }

        public static Subtrees Of(IReadOnlyList<ElementFacts> all)
        {
            var hasText = new bool[all.Count];
            var hasImage = new bool[all.Count];
            var firstLayout = new int[all.Count];
            Array.Fill(firstLayout, -1);
            for (var i = all.Count - 1; i >= 0; i--)
            {
                var facts = all[i];
                var element = facts.Element;
                if (!hasText[i])
                {
                    var children = element.ChildNodes;
                    for (var c = 0; c < children.Length; c++)
                    {
                        if (children[c] is IText text && !string.IsNullOrWhiteSpace(text.Data))
                        {
                            hasText[i] = true;
                            break;
                        }
                    }
                }

                if (facts.Parent is not { } parent || parent.Index < 0)
                {
                    continue;
                }

                var p = parent.Index;
                hasText[p] |= hasText[i];
                hasImage[p] |= hasImage[i] || (element.LocalName == "img" && !string.IsNullOrEmpty(element.GetAttribute("alt")));
                var layout = NotQuotedContent.Contains(element.LocalName) ? i : firstLayout[i];
                if (layout >= 0)
                {
                    // The backward pass meets the parent's children last to first, so the first child wins.
                    firstLayout[p] = layout;
                }
            }

            return new Subtrees { HasText = hasText, HasNamedImage = hasImage, FirstLayout = firstLayout };
        }
    }

    private static string OwnText(IElement element) =>
        string.Concat(element.ChildNodes.OfType<IText>().Select(text => text.Data));
}
