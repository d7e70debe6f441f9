using System.Collections.Frozen;
using AngleSharp.Dom;

namespace A11yArticles.Importers.Html;

/// <summary>
/// Custom elements (web components: <c>&lt;source-note&gt;</c>, <c>&lt;story-body&gt;</c>) hold
/// the author's own text and markup in the saved page. Neither the pruning nor the sanitizer knows
/// them: the sanitizer dropped them with everything inside (a citation link wrapped in one left "()"
/// in its sentence). Each becomes the HTML element it stands for, with its attributes and its own
/// name added to its classes, before the pruning: a <c>span</c> inside a line of text, a <c>div</c>
/// elsewhere. The pruning then judges it by its name as it judges any class (<c>&lt;share-bar&gt;</c>
/// is furniture, a word element in a sentence stays), and its <c>lang</c> and <c>dir</c> reach the model.
/// </summary>
internal static class CustomElements
{
    /// <summary>Names with a hyphen that HTML reserves for SVG and MathML: never custom elements.</summary>
    private static readonly FrozenSet<string> Reserved = new[]
    {
        "annotation-xml", "color-profile", "font-face", "font-face-src", "font-face-uri", "font-face-format", "font-face-name", "missing-glyph",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Whether the element is a custom element: an HTML element whose name starts with a letter and holds a hyphen (HTML's valid custom element names).</summary>
    public static bool Is(IElement element) =>
        element.LocalName is { Length: > 2 } name && name[0] is >= 'a' and <= 'z' && name.Contains('-', StringComparison.Ordinal)
        && element.NamespaceUri == NamespaceNames.HtmlUri && !Reserved.Contains(name);

    /// <summary>Replaces every custom element under <paramref name="root"/> with a <c>span</c> or a <c>div</c> holding what it held.</summary>
    public static void ReplaceWithHtmlElements(IElement root)
    {
        // Innermost first, so that a custom element holding another sees it as the block or the words it became.
        var customs = root.GetDescendants().OfType<IElement>().Where(Is).ToList();
        for (var i = customs.Count - 1; i >= 0; i--)
        {
            var custom = customs[i];
            var replacement = custom.Owner!.CreateElement(IsInsideALine(custom) && !HoldsBlock(custom) ? "span" : "div");
            foreach (var attribute in custom.Attributes)
            {
                // Frameworks' attribute names (@click, :title) are not names the DOM can set, nor ones we read.
                if (IsPlainName(attribute.Name))
                {
                    replacement.SetAttribute(attribute.Name, attribute.Value);
                }
            }

            replacement.ClassList.Add(custom.LocalName);
            while (custom.FirstChild is { } child)
            {
                replacement.AppendChild(child);
            }

            custom.Replace(replacement);
        }
    }

    /// <summary>Whether the element sits among words: inside a paragraph, a heading or a word element, or beside text of its own parent.</summary>
    private static bool IsInsideALine(IElement element)
    {
        if (element.ParentElement is not { } parent)
        {
            return false;
        }

        if (parent.LocalName is "p" or "h1" or "h2" or "h3" or "h4" or "h5" or "h6" || Boilerplate.InlineNames.Contains(parent.LocalName))
        {
            return true;
        }

        return parent.ChildNodes.Any(node => node is IText text && !string.IsNullOrWhiteSpace(text.Data));
    }

    private static bool IsPlainName(string name) =>
        name.Length > 0 && char.IsAsciiLetterLower(name[0]) && name.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c is '-' or '_');

    private static bool HoldsBlock(IElement element) =>
        element.GetDescendants().OfType<IElement>().Any(descendant => Boilerplate.BlockNames.Contains(descendant.LocalName));
}
