using System.Collections.Frozen;
using AngleSharp.Dom;

namespace A11yArticles.Importers.Html;

/// <summary>
/// Custom elements (web components: <c>&lt;source-note&gt;</c>, <c>&lt;story-body&gt;</c>) hold
/// the author's own text and markup in the saved page. The sanitizer knows only HTML's elements and
/// would drop them with everything inside, so a citation link wrapped in one left "()" in the
/// sentence. The pruning reads their names as it reads a class (<see cref="Boilerplate.NameParts"/>:
/// <c>&lt;share-bar&gt;</c> is furniture); what it keeps is unwrapped before sanitizing, and the
/// sanitizer then judges what they held like any other markup.
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

    /// <summary>Replaces every custom element under <paramref name="root"/> with what it holds.</summary>
    public static void Unwrap(IElement root)
    {
        foreach (var custom in root.GetDescendants().OfType<IElement>().Where(Is).ToList())
        {
            if (custom.Parent is not { } parent)
            {
                continue;
            }

            while (custom.FirstChild is { } child)
            {
                parent.InsertBefore(child, custom);
            }

            custom.Remove();
        }
    }
}
