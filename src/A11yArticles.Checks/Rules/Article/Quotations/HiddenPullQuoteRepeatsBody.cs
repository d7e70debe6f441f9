using System.Text;
using A11yArticles.Checks.Aria;
using A11yArticles.Checks.Dom;
using A11yArticles.Checks.Engine;
using AngleSharp.Dom;

namespace A11yArticles.Checks.Rules.Article.Quotations;

/// <summary>A pull quote hidden from assistive technology repeats text that is in the body; otherwise hiding it loses the text.</summary>
internal sealed class HiddenPullQuoteRepeatsBody : Rule
{
    public override RuleInfo Info { get; } = Describe(
        "A11Y-QUOTE-004",
        "A pull quote hidden from assistive technology repeats body text",
        RuleGroups.Article,
        "1.3.1,1.1.1",
        "",
        Severity.Error,
        "Hide a pull quote (aria-hidden=\"true\") only when it repeats words of the article; a quotation found nowhere else must be exposed, e.g. as <aside aria-label=\"Quotation\">.");

    public override void Check(CheckContext context)
    {
        string? exposedText = null;
        foreach (var facts in context.Facts.All)
        {
            var element = facts.Element;
            if (!facts.HasAriaAttribute || !PageFacts.HasAriaHiddenTrue(element) || !facts.IsVisible || !IsPullQuote(element))
            {
                continue;
            }

            exposedText ??= ExposedText(context);
            var quote = Comparable(element.TextContent);
            if (quote.Length > 0 && !exposedText.Contains(quote, StringComparison.Ordinal))
            {
                Report(context, element, "the hidden pull quote's text is not in the article, so screen-reader users never get it");
            }
        }
    }

    /// <summary>A pull quote: role doc-pullquote, a class naming it, or a hidden blockquote / q / aside holding a quotation.</summary>
    private static bool IsPullQuote(IElement element)
    {
        var classes = element.ClassName ?? string.Empty;
        return Roles.ExplicitRole(element) == "doc-pullquote"
            || classes.Contains("pull-quote", StringComparison.OrdinalIgnoreCase)
            || classes.Contains("pullquote", StringComparison.OrdinalIgnoreCase)
            || element.LocalName is "blockquote" or "q"
            || (element.LocalName is "aside" or "figure" && Traversal.DescendantElements(element).Any(descendant => descendant.LocalName is "blockquote" or "q"));
    }

    private static string ExposedText(CheckContext context)
    {
        var builder = new StringBuilder();
        if (context.Document.Body is { } body)
        {
            foreach (var text in body.Descendants<IText>())
            {
                if (text.ParentElement is { } parent && context.Facts.IsInAccessibilityTree(parent))
                {
                    builder.Append(text.Data).Append(' ');
                }
            }
        }

        return Comparable(builder.ToString());
    }

    /// <summary>Letters and digits only, lower case, single spaces: quotation marks and punctuation differ between a pull quote and the body.</summary>
    private static string Comparable(string text)
    {
        var builder = new StringBuilder(text.Length);
        var space = false;
        foreach (var character in text)
        {
            if (char.IsLetterOrDigit(character))
            {
                if (space && builder.Length > 0)
                {
                    builder.Append(' ');
                }

                builder.Append(char.ToLowerInvariant(character));
                space = false;
            }
            else if (char.IsWhiteSpace(character))
            {
                space = true;
            }
        }

        return builder.ToString();
    }
}
