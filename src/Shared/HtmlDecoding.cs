// Shared source: compiled into A11yArticles.Checks and A11yArticles.Importers (one implementation,
// internal to each), so that `check` and `render` read a page's bytes the same way, as browsers do.
using System.Text;

namespace A11yArticles.HtmlInput;

/// <summary>A page's text, the encoding it was read in, and what went wrong on the way (invalid bytes, an unknown label).</summary>
/// <param name="Text">The decoded page, without a byte order mark.</param>
/// <param name="EncodingName">The WHATWG name of the encoding used (<c>UTF-8</c>, <c>windows-1252</c>, <c>Shift_JIS</c>, ...).</param>
/// <param name="Warnings">Problems that read after the file's name ("is not valid UTF-8 (...)"); empty when the bytes were clean.</param>
internal sealed record DecodedHtml(string Text, string EncodingName, IReadOnlyList<string> Warnings);

/// <summary>
/// Decodes an HTML page's bytes with the HTML standard's encoding sniffing
/// (<see href="https://html.spec.whatwg.org/multipage/parsing.html#determining-the-character-encoding"/>):
/// a byte order mark, else the <c>&lt;meta charset&gt;</c> or <c>http-equiv</c> declaration found by
/// the standard's prescan of the first 1024 bytes (labels resolved as the Encoding standard does:
/// <c>iso-8859-1</c> and <c>us-ascii</c> are windows-1252, <c>gb2312</c> is GBK, a declared UTF-16 is
/// UTF-8), else UTF-8 when the bytes are valid UTF-8 and windows-1252 (browsers' default for
/// undeclared legacy pages) when they hold no UTF-8 sequence at all. Invalid bytes become U+FFFD,
/// with a warning; decoding never fails.
/// </summary>
internal static class HtmlDecoding
{
    private const int PrescanLength = 1024;

    static HtmlDecoding() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>Decodes <paramref name="bytes"/> as a browser would.</summary>
    /// <param name="bytes">The page's bytes.</param>
    /// <returns>The text, the encoding and the warnings.</returns>
    public static DecodedHtml Decode(ReadOnlySpan<byte> bytes)
    {
        var warnings = new List<string>();

        // 1. A byte order mark decides, whatever the page declares.
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return Decode(bytes[3..], Encoding.UTF8, "UTF-8", warnings);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return Decode(bytes[2..], Encoding.BigEndianUnicode, "UTF-16BE", warnings);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return Decode(bytes[2..], Encoding.Unicode, "UTF-16LE", warnings);
        }

        // 2. The declaration that the prescan finds.
        if (Prescan(bytes[..Math.Min(bytes.Length, PrescanLength)]) is { } label)
        {
            if (ForLabel(label) is { } declared)
            {
                return Decode(bytes, declared.Encoding, declared.Name, warnings);
            }

            warnings.Add($"declares the unknown character encoding '{label}'; read as UTF-8");
            return Decode(bytes, Encoding.UTF8, "UTF-8", warnings);
        }

        // 3. No declaration: UTF-8 when it is, windows-1252 for a page with no UTF-8 sequence at all.
        if (System.Text.Unicode.Utf8.IsValid(bytes) || HasUtf8Sequence(bytes))
        {
            return Decode(bytes, Encoding.UTF8, "UTF-8", warnings);
        }

        warnings.Add("declares no character encoding and is not UTF-8; read as windows-1252, as browsers do (declare it with <meta charset>)");
        return Decode(bytes, Encoding.GetEncoding(1252), "windows-1252", warnings);
    }

    /// <summary>The encoding of a label as the Encoding standard resolves it, or null when it names none.</summary>
    /// <param name="label">A label such as <c>latin1</c>, <c>Shift_JIS</c> or <c>utf8</c>.</param>
    public static (Encoding Encoding, string Name)? ForLabel(string label)
    {
        var key = label.Trim(' ', '\t', '\n', '\f', '\r').ToLowerInvariant();
        if (Labels.TryGetValue(key, out var known))
        {
            return known.CodePage switch
            {
                65001 => (Encoding.UTF8, known.Name),
                1200 => (Encoding.Unicode, known.Name),
                1201 => (Encoding.BigEndianUnicode, known.Name),
                _ => (Encoding.GetEncoding(known.CodePage), known.Name),
            };
        }

        // Single-byte ISO and Windows code pages under their own names (iso-8859-5, windows-1251, ...).
        if (key.StartsWith("iso-8859-", StringComparison.Ordinal) || key.StartsWith("windows-", StringComparison.Ordinal))
        {
            try
            {
                var encoding = Encoding.GetEncoding(key);
                return (encoding, key);
            }
            catch (ArgumentException)
            {
                return null;
            }
        }

        return null;
    }

    private static readonly Dictionary<string, (int CodePage, string Name)> Labels = BuildLabels();

    private static Dictionary<string, (int CodePage, string Name)> BuildLabels()
    {
        var labels = new Dictionary<string, (int, string)>(StringComparer.Ordinal);
        void Add(int codePage, string name, params string[] names)
        {
            foreach (var label in names)
            {
                labels[label] = (codePage, name);
            }
        }

        // From the Encoding standard's table of labels (https://encoding.spec.whatwg.org/#names-and-labels).
        Add(65001, "UTF-8", "unicode-1-1-utf-8", "unicode11utf8", "unicode20utf8", "utf-8", "utf8", "x-unicode20utf8");
        Add(1252, "windows-1252", "ansi_x3.4-1968", "ascii", "cp1252", "cp819", "csisolatin1", "ibm819", "iso-8859-1", "iso-ir-100", "iso8859-1", "iso88591", "iso_8859-1", "iso_8859-1:1987", "l1", "latin1", "us-ascii", "windows-1252", "x-cp1252",
            "x-user-defined");
        Add(28592, "ISO-8859-2", "csisolatin2", "iso-8859-2", "iso-ir-101", "iso8859-2", "iso88592", "iso_8859-2", "iso_8859-2:1987", "l2", "latin2");
        Add(28595, "ISO-8859-5", "csisolatincyrillic", "cyrillic", "iso-8859-5", "iso-ir-144", "iso8859-5", "iso88595", "iso_8859-5", "iso_8859-5:1988");
        Add(28597, "ISO-8859-7", "csisolatingreek", "ecma-118", "elot_928", "greek", "greek8", "iso-8859-7", "iso-ir-126", "iso8859-7", "iso88597", "iso_8859-7", "iso_8859-7:1987", "sun_eu_greek");
        Add(28598, "ISO-8859-8", "csiso88598e", "csisolatinhebrew", "hebrew", "iso-8859-8", "iso-8859-8-e", "iso-ir-138", "iso8859-8", "iso88598", "iso_8859-8", "iso_8859-8:1988", "visual", "csiso88598i", "iso-8859-8-i", "logical");
        Add(28605, "ISO-8859-15", "csisolatin9", "iso-8859-15", "iso8859-15", "iso885915", "iso_8859-15", "l9");
        Add(1254, "windows-1254", "cp1254", "csisolatin5", "iso-8859-9", "iso-ir-148", "iso8859-9", "iso88599", "iso_8859-9", "iso_8859-9:1989", "l5", "latin5", "windows-1254", "x-cp1254");
        Add(1250, "windows-1250", "cp1250", "windows-1250", "x-cp1250");
        Add(1251, "windows-1251", "cp1251", "windows-1251", "x-cp1251");
        Add(1253, "windows-1253", "cp1253", "windows-1253", "x-cp1253");
        Add(1255, "windows-1255", "cp1255", "windows-1255", "x-cp1255");
        Add(1256, "windows-1256", "cp1256", "windows-1256", "x-cp1256");
        Add(1257, "windows-1257", "cp1257", "windows-1257", "x-cp1257");
        Add(1258, "windows-1258", "cp1258", "windows-1258", "x-cp1258");
        Add(874, "windows-874", "dos-874", "iso-8859-11", "iso8859-11", "iso885911", "tis-620", "windows-874");
        Add(20866, "KOI8-R", "cskoi8r", "koi", "koi8", "koi8-r", "koi8_r");
        Add(21866, "KOI8-U", "koi8-ru", "koi8-u");
        Add(10000, "macintosh", "csmacintosh", "mac", "macintosh", "x-mac-roman");
        Add(10007, "x-mac-cyrillic", "x-mac-cyrillic", "x-mac-ukrainian");

        // GBK is decoded with the gb18030 decoder (a superset), as the standard says.
        Add(54936, "GBK", "chinese", "csgb2312", "csiso58gb231280", "gb2312", "gb_2312", "gb_2312-80", "gbk", "iso-ir-58", "x-gbk");
        Add(54936, "gb18030", "gb18030");
        Add(950, "Big5", "big5", "big5-hkscs", "cn-big5", "csbig5", "x-x-big5");
        Add(51932, "EUC-JP", "cseucpkdfmtjapanese", "euc-jp", "x-euc-jp");
        Add(50220, "ISO-2022-JP", "csiso2022jp", "iso-2022-jp");
        Add(932, "Shift_JIS", "csshiftjis", "ms932", "ms_kanji", "shift-jis", "shift_jis", "sjis", "windows-31j", "x-sjis");
        Add(949, "EUC-KR", "cseuckr", "csksc56011987", "euc-kr", "iso-ir-149", "korean", "ks_c_5601-1987", "ks_c_5601-1989", "ksc5601", "ksc_5601", "windows-949");

        // A page that declares UTF-16 without a byte order mark is read as UTF-8 (the prescan never
        // yields UTF-16); these labels are here for the callers of ForLabel.
        Add(1201, "UTF-16BE", "unicodefffe", "utf-16be");
        Add(1200, "UTF-16LE", "csunicode", "iso-10646-ucs-2", "ucs-2", "unicode", "unicodefeff", "utf-16", "utf-16le");
        return labels;
    }

    private static DecodedHtml Decode(ReadOnlySpan<byte> bytes, Encoding encoding, string name, List<string> warnings)
    {
        var strict = (Encoding)encoding.Clone();
        strict.DecoderFallback = DecoderFallback.ExceptionFallback;
        try
        {
            return new DecodedHtml(strict.GetString(bytes), name, warnings);
        }
        catch (DecoderFallbackException)
        {
            var lenient = (Encoding)encoding.Clone();
            lenient.DecoderFallback = new DecoderReplacementFallback("\uFFFD");
            var text = lenient.GetString(bytes);
            // The exception's index is relative to the decoder's buffer: for UTF-8 the offset is found exactly.
            var at = encoding.CodePage == 65001 ? $" at byte {FirstInvalidUtf8(bytes).ToString(System.Globalization.CultureInfo.InvariantCulture)}" : "";
            warnings.Add($"is not valid {name} (invalid byte sequence{at}); invalid bytes were replaced by U+FFFD");
            return new DecodedHtml(text, name, warnings);
        }
    }

    private static int FirstInvalidUtf8(ReadOnlySpan<byte> bytes)
    {
        var offset = 0;
        while (offset < bytes.Length)
        {
            if (System.Text.Rune.DecodeFromUtf8(bytes[offset..], out _, out var consumed) != System.Buffers.OperationStatus.Done)
            {
                return offset;
            }

            offset += consumed;
        }

        return offset;
    }

    /// <summary>True when the bytes hold at least one well-formed multi-byte UTF-8 sequence (a page that is UTF-8 with a few broken bytes).</summary>
    private static bool HasUtf8Sequence(ReadOnlySpan<byte> bytes)
    {
        var remaining = bytes;
        while (!remaining.IsEmpty)
        {
            var status = System.Text.Rune.DecodeFromUtf8(remaining, out var rune, out var consumed);
            if (status == System.Buffers.OperationStatus.Done && rune.Value >= 0x80)
            {
                return true;
            }

            remaining = remaining[Math.Max(consumed, 1)..];
        }

        return false;
    }

    /// <summary>The standard's prescan for a character encoding declaration; returns the label, or null.</summary>
    private static string? Prescan(ReadOnlySpan<byte> bytes)
    {
        var position = 0;
        while (position < bytes.Length)
        {
            var rest = bytes[position..];
            if (rest.StartsWith("<!--"u8))
            {
                // To the first '>' preceded by "--" (which may be the dashes of "<!--" itself).
                var end = rest[2..].IndexOf("-->"u8);
                if (end < 0)
                {
                    return null;
                }

                position += 2 + end + 3;
            }
            else if (rest.Length >= 6 && rest[0] == '<' && AsciiEqualsIgnoreCase(rest.Slice(1, 4), "meta"u8) && IsSpaceOrSlash(rest[5]))
            {
                position += 6;
                var seen = new HashSet<string>(StringComparer.Ordinal);
                bool gotPragma = false;
                bool? needPragma = null;
                string? charset = null;
                while (NextAttribute(bytes, ref position) is { } attribute)
                {
                    if (!seen.Add(attribute.Name))
                    {
                        continue;
                    }

                    switch (attribute.Name)
                    {
                        case "http-equiv" when attribute.Value.Equals("content-type", StringComparison.OrdinalIgnoreCase):
                            gotPragma = true;
                            break;
                        case "content" when charset is null:
                            if (CharsetFromContent(attribute.Value) is { } fromContent)
                            {
                                charset = fromContent;
                                needPragma = true;
                            }

                            break;
                        case "charset":
                            charset = attribute.Value;
                            needPragma = false;
                            break;
                    }
                }

                if (needPragma is null || (needPragma == true && !gotPragma) || charset is null)
                {
                    continue;
                }

                // A declared UTF-16 is read as UTF-8: the bytes reached the prescan as ASCII.
                return ForLabel(charset) is { } found && found.Encoding.CodePage is 1200 or 1201 ? "utf-8" : charset;
            }
            else if (rest.Length >= 2 && rest[0] == '<' && (IsAsciiLetter(rest[1]) || (rest[1] == '/' && rest.Length >= 3 && IsAsciiLetter(rest[2]))))
            {
                // Another tag: skip its name and its attributes.
                while (position < bytes.Length && !IsSpace(bytes[position]) && bytes[position] != '>')
                {
                    position++;
                }

                while (NextAttribute(bytes, ref position) is not null)
                {
                }
            }
            else if (rest.Length >= 2 && rest[0] == '<' && rest[1] is (byte)'!' or (byte)'/' or (byte)'?')
            {
                var end = rest.IndexOf((byte)'>');
                if (end < 0)
                {
                    return null;
                }

                position += end + 1;
            }
            else
            {
                position++;
            }
        }

        return null;
    }

    /// <summary>The standard's "get an attribute" of the prescan: name lower-cased, value as written; null at the tag's end.</summary>
    private static (string Name, string Value)? NextAttribute(ReadOnlySpan<byte> bytes, ref int position)
    {
        while (position < bytes.Length && (IsSpace(bytes[position]) || bytes[position] == '/'))
        {
            position++;
        }

        if (position >= bytes.Length || bytes[position] == '>')
        {
            if (position < bytes.Length)
            {
                position++;
            }

            return null;
        }

        var name = new StringBuilder();
        var value = new StringBuilder();
        while (true)
        {
            if (position >= bytes.Length)
            {
                return null;
            }

            var c = bytes[position];
            if (c == '=' && name.Length > 0)
            {
                position++;
                break;
            }

            if (IsSpace(c))
            {
                while (position < bytes.Length && IsSpace(bytes[position]))
                {
                    position++;
                }

                if (position >= bytes.Length || bytes[position] != '=')
                {
                    return (name.ToString(), "");
                }

                position++;
                break;
            }

            if (c is (byte)'/' or (byte)'>')
            {
                return (name.ToString(), "");
            }

            name.Append((char)(c is >= (byte)'A' and <= (byte)'Z' ? c + 0x20 : c));
            position++;
        }

        while (position < bytes.Length && IsSpace(bytes[position]))
        {
            position++;
        }

        if (position >= bytes.Length)
        {
            return null;
        }

        var first = bytes[position];
        if (first is (byte)'"' or (byte)'\'')
        {
            position++;
            while (true)
            {
                if (position >= bytes.Length)
                {
                    return null;
                }

                var c = bytes[position++];
                if (c == first)
                {
                    return (name.ToString(), value.ToString());
                }

                value.Append((char)(c is >= (byte)'A' and <= (byte)'Z' ? c + 0x20 : c));
            }
        }

        if (first == '>')
        {
            return (name.ToString(), "");
        }

        while (position < bytes.Length && !IsSpace(bytes[position]) && bytes[position] != '>')
        {
            var c = bytes[position++];
            value.Append((char)(c is >= (byte)'A' and <= (byte)'Z' ? c + 0x20 : c));
        }

        return position >= bytes.Length ? null : (name.ToString(), value.ToString());
    }

    /// <summary>The standard's "extract a character encoding from a meta element" (<c>text/html; charset=shift_jis</c>).</summary>
    private static string? CharsetFromContent(string content)
    {
        var position = 0;
        while (true)
        {
            var found = content.IndexOf("charset", position, StringComparison.OrdinalIgnoreCase);
            if (found < 0)
            {
                return null;
            }

            position = found + 7;
            while (position < content.Length && IsSpace((byte)content[position]))
            {
                position++;
            }

            if (position < content.Length && content[position] == '=')
            {
                position++;
                break;
            }
        }

        while (position < content.Length && IsSpace((byte)content[position]))
        {
            position++;
        }

        if (position >= content.Length)
        {
            return null;
        }

        if (content[position] is '"' or '\'')
        {
            var quote = content[position];
            var end = content.IndexOf(quote, position + 1);
            return end < 0 ? null : content[(position + 1)..end];
        }

        var stop = position;
        while (stop < content.Length && !IsSpace((byte)content[stop]) && content[stop] != ';')
        {
            stop++;
        }

        return content[position..stop];
    }

    private static bool AsciiEqualsIgnoreCase(ReadOnlySpan<byte> bytes, ReadOnlySpan<byte> lower)
    {
        for (var i = 0; i < lower.Length; i++)
        {
            var c = bytes[i];
            if ((c is >= (byte)'A' and <= (byte)'Z' ? c + 0x20 : c) != lower[i])
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsAsciiLetter(byte c) => c is (>= (byte)'a' and <= (byte)'z') or (>= (byte)'A' and <= (byte)'Z');

    private static bool IsSpace(byte c) => c is 0x09 or 0x0A or 0x0C or 0x0D or 0x20;

    private static bool IsSpaceOrSlash(byte c) => IsSpace(c) || c == '/';
}
