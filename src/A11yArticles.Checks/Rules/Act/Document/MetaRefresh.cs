using System.Globalization;
using AngleSharp.Dom;

namespace A11yArticles.Checks.Rules.Act.Document;

/// <summary>Reads the delay of the first valid <c>&lt;meta http-equiv="refresh"&gt;</c> (HTML's shared declarative refresh steps).</summary>
internal static class MetaRefresh
{
    /// <summary>The page's first valid meta refresh (found once per document for both rules that ask).</summary>
    public static (IElement Element, double Delay)? Find(Engine.CheckContext context) =>
        context.GetOrAdd("meta-refresh", context, static context => new Box(Find(MetaElements(context)))).Value;

    /// <summary>The meta elements of the document's own tree: a browser acts on no meta element inside a shadow tree.</summary>
    private static IEnumerable<IElement> MetaElements(Engine.CheckContext context)
    {
        foreach (var facts in context.Facts.All)
        {
            if (facts.IsInDocumentTree && facts.Element.LocalName == "meta")
            {
                yield return facts.Element;
            }
        }
    }

    private sealed record Box((IElement Element, double Delay)? Value);

    /// <summary>The first meta refresh element with a valid content value, and its delay in seconds.</summary>
    public static (IElement Element, double Delay)? Find(IEnumerable<IElement> elements)
    {
        foreach (var element in elements)
        {
            if (element.LocalName != "meta" || !string.Equals(element.GetAttribute("http-equiv")?.Trim(), "refresh", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var content = element.GetAttribute("content");
            if (content is not null && TryDelay(content, out var delay))
            {
                return (element, delay);
            }
        }

        return null;
    }

    /// <summary>
    /// The content starts with a non-negative number (digits, optionally a fraction), followed by the
    /// end, whitespace, ';' or ','. Anything else is invalid and the browser ignores the element.
    /// </summary>
    public static bool TryDelay(string content, out double delay)
    {
        delay = 0;
        var text = content.TrimStart(' ', '\t', '\n', '\r', '\f');
        var index = 0;
        while (index < text.Length && char.IsAsciiDigit(text[index]))
        {
            index++;
        }

        var integerDigits = index;
        if (index < text.Length && text[index] == '.')
        {
            index++;
            while (index < text.Length && char.IsAsciiDigit(text[index]))
            {
                index++;
            }
        }

        if (integerDigits == 0 && !(index > 1))
        {
            return false;
        }

        if (index < text.Length && !(char.IsWhiteSpace(text[index]) || text[index] is ';' or ','))
        {
            return false;
        }

        var number = text[..index];
        if (number.EndsWith('.'))
        {
            number = number[..^1];
        }

        return double.TryParse(number.Length == 0 ? "0" : number, NumberStyles.Float, CultureInfo.InvariantCulture, out delay);
    }
}
