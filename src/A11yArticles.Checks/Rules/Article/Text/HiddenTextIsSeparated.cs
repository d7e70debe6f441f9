using System.Globalization;
using System.Text;
using A11yArticles.Checks.Aria;
using A11yArticles.Checks.Dom;
using A11yArticles.Checks.Engine;
using AngleSharp.Dom;

namespace A11yArticles.Checks.Rules.Article.Text;

/// <summary>
/// Visually hidden text (the <c>visually-hidden</c> / <c>sr-only</c> pattern) is separated by
/// whitespace from the words it touches: <c>&lt;span class="visually-hidden"&gt;By&lt;/span&gt;Jane</c> is
/// one word, "ByJane", for a screen reader and in an accessible name.
/// </summary>
/// <remarks>
/// The neighbours are the nearest text in the accessibility tree before and after the element, in the
/// same run of inline text: the walk stops at anything that is not plain phrasing content (a block, a
/// line break, an image, a link or control, an element with a role, a <c>q</c> whose marks CSS adds).
/// Only a letter or digit against a letter or digit runs together, and not in scripts written
/// without spaces (Chinese, Japanese, Thai...).
/// </remarks>
internal sealed class HiddenTextIsSeparated : ElementRule
{
    /// <summary>Class names of the visually-hidden pattern: Bootstrap 5 and this library, HTML5 Boilerplate, Bootstrap 3-4 and Tailwind, WordPress.</summary>
    private static readonly string[] HiddenClasses = ["visually-hidden", "visually-hidden-focusable", "visuallyhidden", "sr-only", "screen-reader-text"];

    /// <summary>Phrasing elements that add no role, no mark and no break: text inside them runs on with the text around them.</summary>
    private static readonly HashSet<string> Transparent = new(StringComparer.Ordinal)
    {
        "span", "em", "strong", "b", "i", "u", "s", "small", "mark", "abbr", "cite", "dfn", "code", "kbd", "samp", "var",
        "sub", "sup", "time", "data", "bdi", "bdo", "font", "label",
    };

    public override RuleInfo Info { get; } = Describe(
        "A11Y-TEXT-001",
        "Visually hidden text is separated from the words beside it",
        RuleGroups.Article,
        "1.3.1",
        "",
        Severity.Error,
        "Put a space between visually hidden text and the visible word next to it (<span class=\"visually-hidden\">By</span> Jane): without it a screen reader reads one word (\"ByJane\"), and a link's name runs together. Elements with the classes visually-hidden, visually-hidden-focusable, visuallyhidden, sr-only or screen-reader-text are read as visually hidden.");

    public override IReadOnlyList<string> AttributeNames => ["class"];

    public override void Check(CheckContext context, ElementFacts facts)
    {
        var element = facts.Element;
        if (!facts.IsInAccessibilityTree || element.NamespaceUri != NamespaceNames.HtmlUri || !IsVisuallyHidden(element))
        {
            return;
        }

        // A hidden element inside another: the outer one's edges are the ones that touch visible words.
        for (var ancestor = element.ParentElement; ancestor is not null; ancestor = ancestor.ParentElement)
        {
            if (IsVisuallyHidden(ancestor))
            {
                return;
            }
        }

        var text = ExposedText(context, element);
        if (text.Trim().Length == 0)
        {
            return;
        }

        if (Following(context, element) is { } after && RunTogether(text, after))
        {
            Report(context, element, $"the visually hidden text \"{Short(text.Trim(), fromEnd: true)}\" runs into \"{FirstWord(after)}\" after it: a screen reader reads \"{LastWord(text)}{FirstWord(after)}\"");
        }
        else if (Preceding(context, element) is { } before && RunTogether(before, text))
        {
            Report(context, element, $"the visually hidden text \"{Short(text.Trim(), fromEnd: false)}\" runs into \"{LastWord(before)}\" before it: a screen reader reads \"{LastWord(before)}{FirstWord(text)}\"");
        }
    }

    private static bool IsVisuallyHidden(IElement element)
    {
        var value = element.GetAttribute("class");
        if (string.IsNullOrEmpty(value))
        {
            return false;
        }

        // Token by token without splitting: most elements of a page have a class, few are hidden.
        var rest = value.AsSpan();
        while (rest.Length > 0)
        {
            var start = rest.IndexOfAnyExcept(" \t\n\f\r");
            if (start < 0)
            {
                return false;
            }

            rest = rest[start..];
            var end = rest.IndexOfAny(" \t\n\f\r");
            var token = end < 0 ? rest : rest[..end];
            foreach (var hidden in HiddenClasses)
            {
                if (token.SequenceEqual(hidden))
                {
                    return true;
                }
            }

            rest = end < 0 ? [] : rest[end..];
        }

        return false;
    }

    /// <summary>The text of the element's subtree that is in the accessibility tree.</summary>
    private static string ExposedText(CheckContext context, IElement element)
    {
        var builder = new StringBuilder();
        foreach (var node in element.Descendants())
        {
            if (node is IText text && text.ParentElement is { } parent && context.Facts.IsInAccessibilityTree(parent))
            {
                builder.Append(text.Data);
            }
        }

        return builder.ToString();
    }

    /// <summary>The first exposed, non-empty text after the element in its run of inline text, or null when a boundary comes first.</summary>
    private static string? Following(CheckContext context, IElement element)
    {
        INode? node = element;
        while (true)
        {
            // Up through transparent ancestors until there is a next sibling.
            while (node.NextSibling is null)
            {
                node = node.ParentElement;
                if (node is not IElement parent || !IsTransparent(context, parent))
                {
                    return null;
                }
            }

            node = node.NextSibling;
            if (FirstText(context, node, out var boundary) is { } text)
            {
                return text;
            }

            if (boundary)
            {
                return null;
            }
        }
    }

    /// <summary>The last exposed, non-empty text before the element in its run of inline text, or null when a boundary comes first.</summary>
    private static string? Preceding(CheckContext context, IElement element)
    {
        INode? node = element;
        while (true)
        {
            while (node.PreviousSibling is null)
            {
                node = node.ParentElement;
                if (node is not IElement parent || !IsTransparent(context, parent))
                {
                    return null;
                }
            }

            node = node.PreviousSibling;
            if (LastText(context, node, out var boundary) is { } text)
            {
                return text;
            }

            if (boundary)
            {
                return null;
            }
        }
    }

    /// <summary>
    /// The first exposed non-empty text in the node, in document order, or null; <paramref name="boundary"/>
    /// when a boundary was met first. Iterative: a page may nest thousands of spans.
    /// </summary>
    private static string? FirstText(CheckContext context, INode root, out bool boundary) =>
        EdgeText(context, root, forward: true, out boundary);

    /// <summary>The last exposed non-empty text in the node, in reverse document order (see <see cref="FirstText"/>).</summary>
    private static string? LastText(CheckContext context, INode root, out bool boundary) =>
        EdgeText(context, root, forward: false, out boundary);

    private static string? EdgeText(CheckContext context, INode root, bool forward, out bool boundary)
    {
        boundary = false;
        var node = root;
        while (true)
        {
            var descend = false;
            switch (node)
            {
                case IText text:
                    if (text.Data.Length > 0 && text.ParentElement is { } parent && context.Facts.IsInAccessibilityTree(parent))
                    {
                        return text.Data;
                    }

                    break;
                case IElement element when !context.Facts.IsInAccessibilityTree(element):
                    break; // hidden (display: none, aria-hidden): not read, not a boundary
                case IElement element when IsTransparent(context, element):
                    descend = true;
                    break;
                case IElement:
                    boundary = true;
                    return null;
                default:
                    break; // comments
            }

            var child = descend ? (forward ? node.FirstChild : node.LastChild) : null;
            if (child is not null)
            {
                node = child;
                continue;
            }

            while (node != root && (forward ? node.NextSibling : node.PreviousSibling) is null)
            {
                node = node.Parent!;
            }

            if (node == root)
            {
                return null;
            }

            node = (forward ? node.NextSibling : node.PreviousSibling)!;
        }
    }

    /// <summary>Plain phrasing content with no role of its own, so its text runs on with its neighbours'.</summary>
    private static bool IsTransparent(CheckContext context, IElement element) =>
        element.NamespaceUri == NamespaceNames.HtmlUri
        && Transparent.Contains(element.LocalName)
        && Roles.ExplicitRole(context.Facts.Of(element)) is null or "generic" or "none" or "presentation";

    /// <summary>The end of <paramref name="before"/> and the start of <paramref name="after"/> are both word characters of a script written with spaces.</summary>
    private static bool RunTogether(string before, string after) =>
        Rune.DecodeLastFromUtf16(before, out var last, out _) == System.Buffers.OperationStatus.Done
        && Rune.DecodeFromUtf16(after, out var first, out _) == System.Buffers.OperationStatus.Done
        && IsSpacedWordCharacter(last) && IsSpacedWordCharacter(first);

    private static bool IsSpacedWordCharacter(Rune rune)
    {
        var category = Rune.GetUnicodeCategory(rune);
        var wordCharacter = Rune.IsLetterOrDigit(rune) || category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;
        return wordCharacter && !IsWrittenWithoutSpaces(rune.Value);
    }

    /// <summary>Scripts that do not separate words with spaces: Thai, Lao, Tibetan, Myanmar, Khmer, kana, CJK ideographs (and their extensions).</summary>
    private static bool IsWrittenWithoutSpaces(int value) => value is
        (>= 0x0E00 and <= 0x0EFF) // Thai, Lao
        or (>= 0x0F00 and <= 0x0FFF) // Tibetan
        or (>= 0x1000 and <= 0x109F) // Myanmar
        or (>= 0x1780 and <= 0x17FF) // Khmer
        or (>= 0x2E80 and <= 0x2FFF) // CJK radicals
        or (>= 0x3000 and <= 0x30FF) // CJK symbols, hiragana, katakana
        or (>= 0x3100 and <= 0x31FF) // bopomofo, katakana extensions
        or (>= 0x3400 and <= 0x4DBF) // CJK extension A
        or (>= 0x4E00 and <= 0x9FFF) // CJK unified ideographs
        or (>= 0xF900 and <= 0xFAFF) // CJK compatibility ideographs
        or (>= 0xFF66 and <= 0xFF9F) // half-width katakana
        or (>= 0x20000 and <= 0x3FFFF); // CJK extensions B and later

    private static string FirstWord(string text)
    {
        var end = 0;
        while (end < text.Length && end < 24 && !char.IsWhiteSpace(text[end]))
        {
            end++;
        }

        return text[..end];
    }

    private static string LastWord(string text)
    {
        var start = text.Length;
        while (start > 0 && text.Length - start < 24 && !char.IsWhiteSpace(text[start - 1]))
        {
            start--;
        }

        return text[start..];
    }

    private static string Short(string text, bool fromEnd) =>
        text.Length <= 40 ? text : fromEnd ? "…" + text[^40..] : text[..40] + "…";
}
