using AngleSharp;
using AngleSharp.Browser;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace A11yArticles.HtmlInput;

/// <summary>
/// AngleSharp's parser for text that is already decoded (by <see cref="HtmlDecoding"/>, or given as a
/// string), as every reader of HTML in the project uses it. It differs from AngleSharp's defaults in
/// two ways, each found by fuzzing (issue 15):
/// <list type="bullet">
/// <item>Without the <see cref="EncodingMetaHandler"/>: on every <c>&lt;meta charset&gt;</c> or
/// <c>http-equiv="content-type"</c> it meets, that handler reads the declared encoding and asks the
/// source to switch to it. A decoded string has no bytes left to re-read, so the switch does nothing,
/// but the reading costs: AngleSharp looks for "charset" in a <c>content</c> value by taking the rest
/// of the value from each position (<c>Substring(i)</c>), so a value of n characters allocates n²
/// (a fuzzed 180 KB page allocated 1.1 GB to parse; one value of 20,000 characters, 400 MB).</item>
/// <item>U+FFFF becomes U+FFFD before parsing: AngleSharp's tokenizer takes U+FFFF for the end of
/// the input, so a page holding that noncharacter (three valid UTF-8 bytes, <c>EF BF BF</c>) lost
/// everything after it. Browsers keep the page (the HTML standard makes noncharacters a parse error,
/// not an end). The replacement keeps every offset, so line numbers do not move.</item>
/// </list>
/// </summary>
internal sealed class DecodedHtmlParser(HtmlParserOptions options)
{
    /// <summary>The default configuration without the encoding meta handler.</summary>
    private static readonly IConfiguration Configuration = AngleSharp.Configuration.Default.Without<EncodingMetaHandler>();

    private readonly HtmlParser _parser = new(options, BrowsingContext.New(Configuration));

    /// <summary>AngleSharp's end-of-input mark, which a page can hold as a character.</summary>
    private const char EndOfInput = '\uFFFF';

    /// <summary>Parses <paramref name="html"/> as a document.</summary>
    public IHtmlDocument ParseDocument(string html) => _parser.ParseDocument(Readable(html));

    /// <summary><paramref name="html"/> with U+FFFF replaced by U+FFFD (the same string when it has none).</summary>
    public static string Readable(string html) =>
        html.Contains(EndOfInput, StringComparison.Ordinal) ? html.Replace(EndOfInput, '\uFFFD') : html;
}
