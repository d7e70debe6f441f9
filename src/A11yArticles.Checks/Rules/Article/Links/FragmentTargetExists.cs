using System.Text;
using A11yArticles.Checks.Dom;
using A11yArticles.Checks.Engine;
using AngleSharp.Dom;

namespace A11yArticles.Checks.Rules.Article.Links;

/// <summary>
/// An in-page link (<c>href="#id"</c>) leads to an element of the page: one with that id, or an
/// <c>a</c> with that name, found as HTML's "indicated part of the document" finds it.
/// </summary>
/// <remarks>
/// The checker does not know the page's own address, so only a bare fragment is judged: a link with a
/// path (<c>/articles/story#main</c>) may be this page or another, and on a page with
/// <c>&lt;base href&gt;</c> a bare fragment resolves against the base, not the page. <c>#</c> and
/// <c>#top</c> need no target (the browser scrolls to the top); hash routes (<c>#/about</c>,
/// <c>#!/about</c>) and links that say they open or control something (<c>aria-expanded</c>,
/// <c>aria-haspopup</c>, <c>aria-controls</c>) are a script's, not targets.
/// </remarks>
internal sealed class FragmentTargetExists : ElementRule
{
    public override RuleInfo Info { get; } = Describe(
        "A11Y-LINK-003",
        "An in-page link leads to an element of the page",
        RuleGroups.Article,
        "2.4.1",
        "",
        Severity.Error,
        "Give the target the id the link names (href=\"#budget\" needs id=\"budget\"), or fix the link; a missing target leaves keyboard and screen-reader users where they were. Only bare fragments are judged (the checker does not know the page's address, so not /story#main, nor any fragment on a page with <base href>); # and #top need no target.");

    public override IReadOnlyList<string> RoleNames => ["link"];

    public override void Check(CheckContext context, ElementFacts facts)
    {
        var element = facts.Element;
        if (facts.Scope != 0 || element.LocalName is not ("a" or "area") || element.NamespaceUri != NamespaceNames.HtmlUri
            || Fragment(element.GetAttribute("href")) is not { } fragment
            || fragment.Length == 0 || fragment[0] is '/' or '!'
            || HasBase(context) || DrivenByScript(facts))
        {
            return;
        }

        // HTML's "select the indicated part": the fragment as the URL parser leaves it, then percent-decoded; then "top".
        var encoded = PercentEncode(fragment);
        if (IsTarget(context, encoded))
        {
            return;
        }

        var decoded = PercentDecode(encoded);
        if (IsTarget(context, decoded) || decoded.Equals("top", StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        Report(context, element, $"the link goes to #{fragment}, but no element of the page has id=\"{decoded}\" (nor is there an <a name=\"{decoded}\">)");
    }

    /// <summary>The fragment of a bare-fragment address (<c>#id</c>, spaces around and tabs or newlines inside removed as the URL parser does), else null.</summary>
    private static string? Fragment(string? href)
    {
        if (href is null)
        {
            return null;
        }

        var trimmed = href.Trim(' ', '\t', '\n', '\f', '\r');
        if (trimmed.Length == 0 || trimmed[0] != '#')
        {
            return null;
        }

        return trimmed.AsSpan(1).IndexOfAny('\t', '\n', '\r') < 0
            ? trimmed[1..]
            : trimmed[1..].Replace("\t", "", StringComparison.Ordinal).Replace("\n", "", StringComparison.Ordinal).Replace("\r", "", StringComparison.Ordinal);
    }

    /// <summary>A link that says it opens or controls something (<c>aria-expanded</c>, <c>aria-haspopup</c>, <c>aria-controls</c>): a script's widget, whose href is no target.</summary>
    private static bool DrivenByScript(ElementFacts facts) =>
        facts.HasAriaAttribute && (facts.Element.HasAttribute("aria-expanded") || facts.Element.HasAttribute("aria-haspopup") || facts.Element.HasAttribute("aria-controls"));

    private static bool HasBase(CheckContext context) =>
        (bool)context.GetOrAdd<object>("base-href", () => context.Facts.All.Any(facts =>
            facts.Scope == 0 && facts.Element.LocalName == "base" && facts.Element.NamespaceUri == NamespaceNames.HtmlUri && facts.Element.HasAttribute("href")));

    private static bool IsTarget(CheckContext context, string name) =>
        name.Length > 0 && (context.Facts.ElementById(name) is not null || AnchorNames(context).Contains(name));

    /// <summary>The names of <c>a name="..."</c> elements (HTML's legacy targets), read once per page.</summary>
    private static HashSet<string> AnchorNames(CheckContext context) =>
        context.GetOrAdd("anchor-names", () =>
        {
            var names = new HashSet<string>(StringComparer.Ordinal);
            foreach (var facts in context.Facts.All)
            {
                if (facts.Scope == 0 && facts.AttributeCount > 0 && facts.Element.LocalName == "a" && facts.Element.GetAttribute("name") is { Length: > 0 } name)
                {
                    names.Add(name);
                }
            }

            return names;
        });

    /// <summary>The URL parser's fragment percent-encode set: C0 controls, space, <c>"</c>, <c>&lt;</c>, <c>&gt;</c>, <c>`</c> and everything above ASCII, as UTF-8.</summary>
    private static string PercentEncode(string fragment)
    {
        if (!fragment.AsSpan().ContainsAnyExceptInRange('!', '~') && !fragment.Contains('"', StringComparison.Ordinal)
            && !fragment.Contains('<', StringComparison.Ordinal) && !fragment.Contains('>', StringComparison.Ordinal) && !fragment.Contains('`', StringComparison.Ordinal))
        {
            return fragment;
        }

        var builder = new StringBuilder(fragment.Length * 3);
        Span<byte> bytes = stackalloc byte[4];
        foreach (var rune in fragment.EnumerateRunes())
        {
            if (rune.Value is > ' ' and < 0x7F and not ('"' or '<' or '>' or '`'))
            {
                builder.Append((char)rune.Value);
                continue;
            }

            var length = rune.EncodeToUtf8(bytes);
            for (var i = 0; i < length; i++)
            {
                builder.Append('%').Append(bytes[i].ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        return builder.ToString();
    }

    /// <summary>Percent-decoding, then UTF-8 decoding without BOM (invalid sequences become U+FFFD).</summary>
    private static string PercentDecode(string text)
    {
        if (!text.Contains('%', StringComparison.Ordinal))
        {
            return text;
        }

        var bytes = new List<byte>(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '%' && i + 2 < text.Length && char.IsAsciiHexDigit(text[i + 1]) && char.IsAsciiHexDigit(text[i + 2]))
            {
                bytes.Add(Convert.ToByte(text.Substring(i + 1, 2), 16));
                i += 2;
            }
            else
            {
                bytes.AddRange(Encoding.UTF8.GetBytes(text[i].ToString()));
            }
        }

        return Encoding.UTF8.GetString([.. bytes]);
    }
}
