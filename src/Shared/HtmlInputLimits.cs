// Shared source: compiled into A11yArticles.Checks and A11yArticles.Importers (one implementation,
// internal to each), so that every reader of HTML in the project refuses the same hostile pages.
using System.Runtime.CompilerServices;

namespace A11yArticles.HtmlInput;

/// <summary>
/// Refuses, before any parser sees them, the pages that would make an HTML5 parser work in time
/// that grows faster than the page: very deep nesting and elements with very many attributes.
/// </summary>
/// <remarks>
/// <para>
/// Why: the HTML5 tree builder looks down its stack of open elements for many tags (a <c>div</c>
/// asks whether a <c>p</c> is open "in button scope", an end tag looks for its element), so a page
/// whose stack is <i>d</i> deep costs about <i>d</i> steps per tag. Browsers cap the tree at 512 levels
/// but keep the stack, and so does AngleSharp: 100,000 nested <c>div</c>s (1.1 MB) took a minute
/// to parse. Likewise AngleSharp compares each new attribute of an element with all the ones
/// before it, so one element with 200,000 attributes costs 200,000² / 2 comparisons.
/// </para>
/// <para>
/// How: one pass over the text, a small tokenizer (tags, attributes, comments, raw text such as
/// <c>script</c> and <c>style</c>) and a model of the tree builder's stack of open elements that
/// follows the rules that pop it (end tags with their scopes, the implied ends of <c>p</c>,
/// <c>li</c>, <c>dd</c>/<c>dt</c>, <c>option</c>, headings, table cells and rows, <c>a</c>, the
/// self-closing tags of SVG and MathML). The model errs on the deep side where HTML's rules are
/// intricate (the adoption agency), never on the shallow side, so a page that passes cannot make
/// the parser's stack deeper than the limit by more than a few levels. It stops at the first
/// element over a limit, and the model's stack never grows past the limit, so the pass costs at
/// most <see cref="MaxNesting"/> steps per tag: linear in the page.
/// </para>
/// </remarks>
internal static class HtmlInputLimits
{
    /// <summary>
    /// The deepest nesting of elements accepted, counting <c>html</c> and <c>body</c> (as the HTML
    /// importer counts its page's depth). Real pages stay far below it (a Wikipedia article
    /// is about 25 deep, heavy web applications under 100); at this depth a page costs at most
    /// about twice as much to parse as a normal page of the same size.
    /// </summary>
    public const int MaxNesting = 256;

    /// <summary>The most attributes accepted on one element (real elements have a few dozen at most).</summary>
    public const int MaxAttributes = 256;

    /// <summary>
    /// The most child elements one element may have when a page is imported as an article: the
    /// article extraction (SmartReader's scoring) costs more than linear time in the children of one
    /// element (8,000 inline elements in one paragraph took seconds, 33,000 over a minute), and no
    /// article has a paragraph or a section of more than a few hundred.
    /// </summary>
    public const int MaxChildElementsForImport = 5_000;

    /// <summary>The first reason to refuse <paramref name="html"/>, or null when it is within the limits.</summary>
    /// <param name="html">The page's text.</param>
    /// <param name="maxChildElements">The most child elements one element may have (the importer's limit; the checker has none).</param>
    /// <returns>A problem that reads after the file's name ("nests elements more than 256 deep (line 3); ..."), or null.</returns>
    public static string? Problem(string html, int maxChildElements = int.MaxValue)
    {
        ArgumentNullException.ThrowIfNull(html);
        return new Scanner(html, maxChildElements).Run();
    }

    [Flags]
    private enum Kind
    {
        None = 0,

        /// <summary>Never has content (<c>br</c>, <c>img</c>).</summary>
        Void = 1,

        /// <summary>In HTML's "special" category: an end tag of another element does not close it.</summary>
        Special = 2,

        /// <summary>Bounds the default scope (<c>table</c>, <c>td</c>, <c>html</c>, ...).</summary>
        ScopeBoundary = 4,

        /// <summary>Its start tag closes an open <c>p</c> in button scope.</summary>
        ClosesP = 8,

        /// <summary>A formatting element (<c>b</c>, <c>a</c>, ...): its end tag runs the adoption agency.</summary>
        Formatting = 16,

        /// <summary>Raw text or RCDATA: its content is text up to its end tag.</summary>
        RawText = 32,

        /// <summary>Its end is implied by the end tags that generate implied end tags.</summary>
        ImpliedEnd = 64,

        /// <summary>Starts foreign content (SVG, MathML), where "/>" closes an element.</summary>
        Foreign = 128,

        /// <summary>A heading, h1 to h6.</summary>
        Heading = 256,

        /// <summary>A marker in the list of active formatting elements (td, th, caption, object, ...).</summary>
        Marker = 512,
    }

    private static readonly Dictionary<string, Kind> Kinds = BuildKinds();

    private static Dictionary<string, Kind> BuildKinds()
    {
        var kinds = new Dictionary<string, Kind>(StringComparer.Ordinal);
        void Add(Kind kind, params string[] names)
        {
            foreach (var name in names)
            {
                kinds[name] = kinds.GetValueOrDefault(name) | kind;
            }
        }

        Add(Kind.Void, "area", "base", "basefont", "bgsound", "br", "col", "embed", "frame", "hr", "image", "img", "input", "keygen", "link", "meta", "param", "source", "track", "wbr");
        Add(Kind.Special, "address", "applet", "area", "article", "aside", "base", "basefont", "bgsound", "blockquote", "body", "br", "button", "caption", "center", "col", "colgroup", "dd", "details", "dir", "div", "dl", "dt", "embed", "fieldset", "figcaption", "figure", "footer", "form", "frame", "frameset", "h1", "h2", "h3", "h4", "h5", "h6", "head", "header", "hgroup", "hr", "html", "iframe", "img", "input", "keygen", "li", "link", "listing", "main", "marquee", "menu", "meta", "nav", "noembed", "noframes", "noscript", "object", "ol", "p", "param", "plaintext", "pre", "script", "search", "section", "select", "source", "style", "summary", "table", "tbody", "td", "template", "textarea", "tfoot", "th", "thead", "title", "tr", "track", "ul", "wbr", "xmp", "mi", "mo", "mn", "ms", "mtext", "annotation-xml", "foreignobject", "desc");
        Add(Kind.ScopeBoundary, "applet", "caption", "html", "table", "td", "th", "marquee", "object", "template", "mi", "mo", "mn", "ms", "mtext", "annotation-xml", "foreignobject", "desc");
        Add(Kind.Marker, "applet", "caption", "td", "th", "marquee", "object", "template");
        Add(Kind.ClosesP, "address", "article", "aside", "blockquote", "center", "details", "dialog", "dir", "div", "dl", "fieldset", "figcaption", "figure", "footer", "header", "hgroup", "main", "menu", "nav", "ol", "p", "search", "section", "summary", "ul", "h1", "h2", "h3", "h4", "h5", "h6", "pre", "listing", "form", "li", "dd", "dt", "plaintext", "table", "hr", "xmp");
        Add(Kind.Formatting, "a", "b", "big", "code", "em", "font", "i", "nobr", "s", "small", "strike", "strong", "tt", "u");
        Add(Kind.RawText, "script", "style", "xmp", "iframe", "noembed", "noframes", "textarea", "title", "plaintext");
        Add(Kind.ImpliedEnd, "dd", "dt", "li", "optgroup", "option", "p", "rb", "rp", "rt", "rtc");
        Add(Kind.Foreign, "svg", "math");
        Add(Kind.Heading, "h1", "h2", "h3", "h4", "h5", "h6");
        return kinds;
    }

    private static Kind KindOf(string name) => Kinds.GetValueOrDefault(name);

    private ref struct Scanner(string html, int maxChildElements)
    {
        private readonly string text = html;
        private readonly int maxChildren = maxChildElements;
        private readonly List<int> childCounts = new(64);
        private int bodyChildren;
        private readonly List<string> stack = new(64);
        private readonly List<Kind> kinds = new(64);
        private readonly Dictionary<string, int> openCounts = new(StringComparer.Ordinal);
        private readonly Dictionary<string, string> names = new(StringComparer.Ordinal);
        private int position;
        private int foreign;
        private string? tooManyChildren;

        public string? Run()
        {
            while (position < text.Length)
            {
                var open = text.IndexOf('<', position);
                if (open < 0 || open + 1 >= text.Length)
                {
                    break;
                }

                position = open + 1;
                var next = text[position];
                if (next == '!')
                {
                    SkipMarkupDeclaration();
                }
                else if (next == '?')
                {
                    SkipTo('>');
                }
                else if (next == '/')
                {
                    position++;
                    if (position < text.Length && char.IsAsciiLetter(text[position]))
                    {
                        var name = ReadName();
                        SkipAttributes(out _, out _);
                        EndTag(name);
                    }
                    else
                    {
                        SkipTo('>');
                    }
                }
                else if (char.IsAsciiLetter(next))
                {
                    var tagStart = open;
                    var name = ReadName();
                    SkipAttributes(out var attributes, out var selfClosing);
                    if (attributes > MaxAttributes)
                    {
                        return $"has an element with {(attributes > 1_000_000 ? "more than 1,000,000" : attributes.ToString("N0", System.Globalization.CultureInfo.InvariantCulture))} attributes (<{name}> at line {LineOf(tagStart)}); elements with more than {MaxAttributes} attributes are refused (no real page has them, and they make parsing slow)";
                    }

                    if (!StartTag(name, selfClosing))
                    {
                        return $"nests elements more than {MaxNesting} deep (<{name}> at line {LineOf(tagStart)}); pages deeper than {MaxNesting} levels are refused (no real page needs them, and they make parsing slow)";
                    }

                    if (tooManyChildren is { } parent)
                    {
                        return $"has an element with more than {maxChildren.ToString("N0", System.Globalization.CultureInfo.InvariantCulture)} child elements (<{parent}>, at line {LineOf(tagStart)}); such pages are refused as articles (no article has them, and extraction would be slow)";
                    }

                    if ((KindOf(name) & Kind.RawText) != 0 && foreign == 0)
                    {
                        if (name == "plaintext")
                        {
                            break;
                        }

                        SkipRawText(name);
                        Pop(name);
                    }
                }
            }

            return null;
        }

        private readonly int LineOf(int index)
        {
            var line = 1;
            var span = text.AsSpan(0, Math.Min(index, text.Length));
            line += span.Count('\n');
            return line;
        }

        /// <summary>Applies a start tag to the model of the stack; false when the stack would exceed the limit.</summary>
        private bool StartTag(string name, bool selfClosing)
        {
            var kind = KindOf(name);
            if (name is "html" or "head" or "body")
            {
                // Merged into the elements the parser already made.
                return true;
            }

            if (foreign == 0)
            {
                if ((kind & Kind.ClosesP) != 0 && InScope("p", button: true))
                {
                    PopThrough("p");
                }

                if ((kind & Kind.Heading) != 0 && stack.Count > 0 && (kinds[^1] & Kind.Heading) != 0)
                {
                    PopTo(stack.Count - 1);
                }

                switch (name)
                {
                    case "li":
                        CloseListItem("li", null);
                        break;
                    case "dd" or "dt":
                        CloseListItem("dd", "dt");
                        break;
                    case "option":
                    case "optgroup":
                        if (stack.Count > 0 && stack[^1] == "option")
                        {
                            PopTo(stack.Count - 1);
                        }

                        break;
                    case "a":
                        // An open a (or nobr) among the active formatting elements is closed first.
                        if (IndexAfterMarker(name) is var index and >= 0)
                        {
                            PopTo(index);
                        }

                        break;
                    case "td" or "th" or "tr" or "tbody" or "thead" or "tfoot" or "caption" or "colgroup":
                        CloseTablePart(name);
                        break;
                    case "rb" or "rp" or "rt" or "rtc":
                        while (stack.Count > 0 && stack[^1] is "rb" or "rp" or "rt" || (name is "rb" or "rtc" && stack.Count > 0 && stack[^1] == "rtc"))
                        {
                            PopTo(stack.Count - 1);
                        }

                        break;
                    case "table" when !NoneOpen("table"):
                        // A table directly in a table (not in a cell or caption) closes the outer one.
                        for (var i = stack.Count - 1; i >= 0; i--)
                        {
                            if (stack[i] is "td" or "th" or "caption" or "template")
                            {
                                break;
                            }

                            if (stack[i] == "table")
                            {
                                PopTo(i);
                                break;
                            }
                        }

                        break;
                    case "button" or "select" or "nobr" when InScope(name):
                        PopThrough(name);
                        break;
                }
            }

            // One more child for the element it goes into (html and body count as one).
            var children = stack.Count == 0 ? ++bodyChildren : ++System.Runtime.InteropServices.CollectionsMarshal.AsSpan(childCounts)[^1];
            if (children > maxChildren)
            {
                tooManyChildren = stack.Count == 0 ? "body" : stack[^1];
            }

            if ((kind & Kind.Void) != 0 && foreign == 0)
            {
                return true;
            }

            if (selfClosing && (foreign > 0 || (kind & Kind.Foreign) != 0))
            {
                return true;
            }

            // html and body are always open below the page's own elements.
            if (stack.Count + 2 >= MaxNesting)
            {
                return false;
            }

            Push(name, kind);
            return true;
        }

        private void EndTag(string name)
        {
            if (name is "html" or "body" or "head")
            {
                return;
            }

            var kind = KindOf(name);
            if (foreign > 0 && (kind & Kind.Foreign) == 0 && !IsHtmlBreakout(name))
            {
                // In SVG and MathML an end tag closes the nearest element of its name.
                if (LastIndexOf(name) is var foreignIndex and >= 0)
                {
                    PopTo(foreignIndex);
                }

                return;
            }

            if ((kind & Kind.Formatting) != 0)
            {
                // The adoption agency: without a special element above it, the formatting element and
                // what is above it are closed; with one, the tree is rearranged and the stack keeps its
                // depth (erring on the deep side: nothing is popped).
                var index = IndexAfterMarker(name);
                if (index >= 0 && !SpecialAbove(index))
                {
                    PopTo(index);
                }

                return;
            }

            if ((kind & Kind.Special) != 0 || (kind & Kind.Foreign) != 0 || (kind & Kind.ImpliedEnd) != 0)
            {
                // Elements with their own end-tag rules: closed when in scope.
                var button = name == "p";
                var listItem = name == "li";
                var table = name is "table" or "tbody" or "thead" or "tfoot" or "tr";
                if (table ? InTableScope(name) : InScope(name, button, listItem))
                {
                    PopThrough(name);
                }

                return;
            }

            // Any other end tag: the nearest element of that name, unless a special element is above it.
            if (NoneOpen(name))
            {
                return;
            }

            for (var i = stack.Count - 1; i >= 0; i--)
            {
                if (stack[i] == name)
                {
                    PopTo(i);
                    return;
                }

                if ((kinds[i] & Kind.Special) != 0)
                {
                    return;
                }
            }
        }

        private static bool IsHtmlBreakout(string name) => name is "p" or "br";

        private readonly bool InScope(string name, bool button = false, bool listItem = false)
        {
            if (NoneOpen(name))
            {
                return false;
            }

            for (var i = stack.Count - 1; i >= 0; i--)
            {
                var open = stack[i];
                if (open == name)
                {
                    return true;
                }

                if ((kinds[i] & Kind.ScopeBoundary) != 0 || (button && open == "button") || (listItem && open is "ol" or "ul"))
                {
                    return false;
                }
            }

            return false;
        }

        private readonly bool InTableScope(string name)
        {
            if (NoneOpen(name))
            {
                return false;
            }

            for (var i = stack.Count - 1; i >= 0; i--)
            {
                var open = stack[i];
                if (open == name)
                {
                    return true;
                }

                if (open is "html" or "table" or "template")
                {
                    return false;
                }
            }

            return false;
        }

        /// <summary>li closes an open li, dd or dt an open dd or dt, unless a special element other than address, div and p is above it.</summary>
        private void CloseListItem(string name, string? other)
        {
            if (NoneOpen(name) && (other is null || NoneOpen(other)))
            {
                return;
            }

            for (var i = stack.Count - 1; i >= 0; i--)
            {
                var open = stack[i];
                if (open == name || open == other)
                {
                    PopTo(i);
                    return;
                }

                if ((kinds[i] & Kind.Special) != 0 && open is not ("address" or "div" or "p"))
                {
                    return;
                }
            }
        }

        /// <summary>Table parts close the open cell, row or section of their table.</summary>
        private void CloseTablePart(string name)
        {
            if (NoneOpen("table"))
            {
                return;
            }

            string[] closes = name switch
            {
                "td" or "th" => ["td", "th"],
                "tr" => ["tr", "td", "th"],
                _ => ["tbody", "thead", "tfoot", "tr", "td", "th", "caption", "colgroup"],
            };
            for (var i = stack.Count - 1; i >= 0; i--)
            {
                var open = stack[i];
                if (open == "table")
                {
                    return;
                }

                if (Array.IndexOf(closes, open) >= 0)
                {
                    // Close the outermost such part below the table.
                    var outermost = i;
                    for (var j = i - 1; j >= 0 && stack[j] != "table"; j--)
                    {
                        if (Array.IndexOf(closes, stack[j]) >= 0)
                        {
                            outermost = j;
                        }
                    }

                    PopTo(outermost);
                    return;
                }
            }
        }

        private readonly int IndexAfterMarker(string name)
        {
            if (NoneOpen(name))
            {
                return -1;
            }

            for (var i = stack.Count - 1; i >= 0; i--)
            {
                if (stack[i] == name)
                {
                    return i;
                }

                if ((kinds[i] & Kind.Marker) != 0)
                {
                    return -1;
                }
            }

            return -1;
        }

        private readonly bool SpecialAbove(int index)
        {
            for (var i = index + 1; i < stack.Count; i++)
            {
                if ((kinds[i] & Kind.Special) != 0)
                {
                    return true;
                }
            }

            return false;
        }

        private readonly int LastIndexOf(string name) => NoneOpen(name) ? -1 : stack.LastIndexOf(name);

        private void PopThrough(string name)
        {
            var index = LastIndexOf(name);
            if (index >= 0)
            {
                PopTo(index);
            }
        }

        private void Push(string name, Kind kind)
        {
            stack.Add(name);
            kinds.Add(kind);
            childCounts.Add(0);
            openCounts[name] = openCounts.GetValueOrDefault(name) + 1;
            if ((kind & Kind.Foreign) != 0)
            {
                foreign++;
            }
        }

        /// <summary>Pops the element at <paramref name="index"/> and everything above it.</summary>
        private void PopTo(int index)
        {
            for (var i = stack.Count - 1; i >= index; i--)
            {
                if ((kinds[i] & Kind.Foreign) != 0)
                {
                    foreign--;
                }

                openCounts[stack[i]]--;
            }

            stack.RemoveRange(index, stack.Count - index);
            kinds.RemoveRange(index, kinds.Count - index);
            childCounts.RemoveRange(index, childCounts.Count - index);
        }

        /// <summary>No element of this name is open (most look-ups end here, without a walk).</summary>
        private readonly bool NoneOpen(string name) => openCounts.GetValueOrDefault(name) == 0;

        private void Pop(string name)
        {
            if (stack.Count > 0 && stack[^1] == name)
            {
                PopTo(stack.Count - 1);
            }
        }

        /// <summary>Reads a tag name (lower-cased, shared instance per name) at the position.</summary>
        private string ReadName()
        {
            var start = position;
            while (position < text.Length && !IsNameEnd(text[position]))
            {
                position++;
            }

            var span = text.AsSpan(start, position - start);
            Span<char> lower = span.Length <= 64 ? stackalloc char[span.Length] : new char[span.Length];
            span.ToLowerInvariant(lower);
            var lookup = names.GetAlternateLookup<ReadOnlySpan<char>>();
            if (!lookup.TryGetValue(lower, out var name))
            {
                name = new string(lower);
                names[name] = name;
            }

            return name;
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static bool IsNameEnd(char c) => c is ' ' or '\t' or '\n' or '\f' or '\r' or '/' or '>';

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static bool IsSpace(char c) => c is ' ' or '\t' or '\n' or '\f' or '\r';

        /// <summary>Skips a tag's attributes up to and including its '>', counting them, as the HTML tokenizer reads them.</summary>
        private void SkipAttributes(out int count, out bool selfClosing)
        {
            count = 0;
            selfClosing = false;
            while (position < text.Length)
            {
                var c = text[position];
                if (IsSpace(c))
                {
                    position++;
                    continue;
                }

                if (c == '>')
                {
                    position++;
                    return;
                }

                if (c == '/')
                {
                    position++;
                    selfClosing = position < text.Length && text[position] == '>';
                    continue;
                }

                // An attribute name (a leading '=' belongs to the name).
                selfClosing = false;
                count++;
                position++;
                while (position < text.Length && !IsSpace(text[position]) && text[position] is not ('/' or '>' or '='))
                {
                    position++;
                }

                while (position < text.Length && IsSpace(text[position]))
                {
                    position++;
                }

                if (position >= text.Length || text[position] != '=')
                {
                    continue;
                }

                position++;
                while (position < text.Length && IsSpace(text[position]))
                {
                    position++;
                }

                if (position < text.Length && text[position] is '"' or '\'')
                {
                    var quote = text[position];
                    var close = text.IndexOf(quote, position + 1);
                    position = close < 0 ? text.Length : close + 1;
                }
                else
                {
                    while (position < text.Length && !IsSpace(text[position]) && text[position] != '>')
                    {
                        position++;
                    }
                }
            }
        }

        private void SkipMarkupDeclaration()
        {
            // position is at '!'
            if (string.CompareOrdinal(text, position, "!--", 0, 3) == 0)
            {
                var start = position + 3;

                // "<!-->" and "<!--->" end at once.
                if (start < text.Length && text[start] == '>')
                {
                    position = start + 1;
                    return;
                }

                if (start + 1 < text.Length && text[start] == '-' && text[start + 1] == '>')
                {
                    position = start + 2;
                    return;
                }

                var end = text.IndexOf("-->", start, StringComparison.Ordinal);
                var bang = text.IndexOf("--!>", start, StringComparison.Ordinal);
                if (bang >= 0 && (end < 0 || bang < end))
                {
                    position = bang + 4;
                    return;
                }

                position = end < 0 ? text.Length : end + 3;
                return;
            }

            if (foreign > 0 && string.CompareOrdinal(text, position, "![CDATA[", 0, 8) == 0)
            {
                var end = text.IndexOf("]]>", position + 8, StringComparison.Ordinal);
                position = end < 0 ? text.Length : end + 3;
                return;
            }

            SkipTo('>');
        }

        private void SkipTo(char c)
        {
            var end = text.IndexOf(c, position);
            position = end < 0 ? text.Length : end + 1;
        }

        /// <summary>Skips the content of a raw text element (script, style, textarea, title, ...) to its end tag.</summary>
        private void SkipRawText(string name)
        {
            while (position < text.Length)
            {
                var end = text.IndexOf("</", position, StringComparison.Ordinal);
                if (end < 0)
                {
                    position = text.Length;
                    return;
                }

                var after = end + 2 + name.Length;
                if (after <= text.Length
                    && text.AsSpan(end + 2, name.Length).Equals(name, StringComparison.OrdinalIgnoreCase)
                    && (after == text.Length || IsNameEnd(text[after])))
                {
                    position = end + 2;
                    ReadName();
                    SkipAttributes(out _, out _);
                    return;
                }

                position = end + 2;
            }
        }
    }
}
