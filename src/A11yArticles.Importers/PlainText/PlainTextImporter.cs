using System.Collections.Immutable;
using System.Text;
using System.Text.RegularExpressions;
using A11yArticles.Importers.FrontMatter;
using A11yArticles.Importers.Language;
using A11yArticles.Model;

namespace A11yArticles.Importers.PlainText;

/// <summary>
/// Reads the plain-text article format of <c>seeds/</c>: UTF-8 text; optional YAML front matter
/// (see <see cref="ArticleFrontMatter"/>); page-chrome lines such as
/// "Skip to content" at the top are dropped; the first remaining line is the headline; paragraphs
/// are separated by blank lines (lines within a paragraph are joined with a space); a dateline
/// (<c>Mexico City, Mexico — </c>) at the start of the first paragraph is taken out of it; text in
/// quotation marks becomes a <see cref="QuotationInline"/> (every convention of
/// <see cref="QuotationScanner"/>), and a quotation that runs over several paragraphs (each opens
/// with a quotation mark, only the last one closes) becomes one <see cref="QuoteBlock"/>. Page-chrome
/// lines are recognised in English, Spanish, French, German and Arabic. The language is detected
/// when no front matter gives it (see <see cref="Language.LanguageDetector"/>).
/// </summary>
public static partial class PlainTextImporter
{
    internal static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Imports an article from the raw bytes of a file.</summary>
    /// <param name="bytes">The file's content, expected to be UTF-8 (a byte order mark is allowed).</param>
    /// <param name="sourceName">The file's name, used in error messages and kept on the article.</param>
    /// <returns>The article.</returns>
    /// <exception cref="ArticleImportException">The bytes are not UTF-8 text or do not hold an article.</exception>
    public static Article Import(ReadOnlySpan<byte> bytes, string sourceName) => ImportWithWarnings(bytes, sourceName).Article;

    /// <summary>Imports an article from the raw bytes of a file, with the warnings of the import.</summary>
    /// <param name="bytes">The file's content, expected to be UTF-8 (a byte order mark is allowed).</param>
    /// <param name="sourceName">The file's name, used in messages and kept on the article.</param>
    /// <returns>The article and the warnings.</returns>
    /// <exception cref="ArticleImportException">The bytes are not UTF-8 text or do not hold an article.</exception>
    public static ImportResult ImportWithWarnings(ReadOnlySpan<byte> bytes, string sourceName) =>
        ParseWithWarnings(DecodeUtf8(bytes, sourceName, "a headline, a blank line and paragraphs"), sourceName);

    /// <summary>Decodes strict UTF-8, naming the file and the problem when the bytes are not UTF-8 text.</summary>
    internal static string DecodeUtf8(ReadOnlySpan<byte> bytes, string sourceName, string expected)
    {
        if (bytes.IsEmpty)
        {
            throw new ArticleImportException(sourceName, $"the file is empty; expected {expected}");
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            throw new ArticleImportException(sourceName, "is UTF-16 text; save it as UTF-8");
        }

        if (bytes.Contains((byte)0))
        {
            throw new ArticleImportException(sourceName, "contains NUL bytes: it looks like a binary file, not UTF-8 text");
        }

        try
        {
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException error)
        {
            throw new ArticleImportException(
                sourceName,
                $"is not valid UTF-8 text (invalid byte sequence at byte {error.Index}); save it as UTF-8",
                error);
        }
    }

    /// <summary>Imports an article from text that has already been decoded.</summary>
    /// <param name="text">The article text.</param>
    /// <param name="sourceName">The source's name, used in error messages and kept on the article.</param>
    /// <returns>The article.</returns>
    /// <exception cref="ArticleImportException">The text does not hold an article.</exception>
    public static Article Parse(string text, string sourceName) => ParseWithWarnings(text, sourceName).Article;

    /// <summary>Imports an article from text that has already been decoded, with the warnings of the import.</summary>
    /// <param name="text">The article text.</param>
    /// <param name="sourceName">The source's name, used in messages and kept on the article.</param>
    /// <returns>The article and the warnings.</returns>
    /// <exception cref="ArticleImportException">The text does not hold an article.</exception>
    public static ImportResult ParseWithWarnings(string text, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(text);
        text = text.TrimStart('\uFEFF').ReplaceLineEndings("\n");
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new ArticleImportException(sourceName, "contains only whitespace; expected a headline, a blank line and paragraphs");
        }

        var frontMatter = ArticleFrontMatter.SplitAt(text, sourceName, out var bodyStart);
        var blocks = SplitIntoBlocks(text.AsSpan(bodyStart));
        if (blocks.Count == 0)
        {
            throw new ArticleImportException(sourceName, "has no headline: it holds only page-chrome lines such as 'Skip to content'");
        }

        var headlineBlock = blocks[0];
        if (headlineBlock.Lines > 1)
        {
            throw new ArticleImportException(
                sourceName,
                $"has no headline: the first line ('{Shorten(headlineBlock.FirstLine)}') runs on into more text; put the headline on a line of its own followed by a blank line");
        }

        var headline = NormalizeSpace(headlineBlock.FirstLine);
        if (blocks.Count == 1)
        {
            throw new ArticleImportException(sourceName, $"has a headline ('{Shorten(headline)}') but no paragraphs after it");
        }

        var paragraphs = new List<string>(blocks.Count - 1);
        for (var i = 1; i < blocks.Count; i++)
        {
            paragraphs.Add(NormalizeSpace(blocks[i].Text));
        }

        var dateline = TakeDateline(paragraphs);

        var warnings = new ImportWarnings(sourceName);
        var article = new Article(headline, QuotationBlocks.Build(paragraphs, warnings))
        {
            Dateline = dateline,
            SourceName = sourceName,
        };
        article = ArticleLanguage.Apply(article, frontMatter);
        return new ImportResult(frontMatter?.ApplyTo(article) ?? article, warnings.ToImmutable());
    }

    /// <summary>
    /// A run of non-blank lines: its lines trimmed and joined with spaces, the first of them, and
    /// how many there are.
    /// </summary>
    private readonly record struct LineBlock(string Text, string FirstLine, int Lines);

    /// <summary>
    /// The blocks of <paramref name="body"/> (runs of lines between blank lines), after the page-chrome
    /// lines at the top. The lines are read in place: a block of one line, the usual paragraph, is
    /// one string cut out of the text.
    /// </summary>
    private static List<LineBlock> SplitIntoBlocks(ReadOnlySpan<char> body)
    {
        var blocks = new List<LineBlock>();
        List<string>? lines = null;
        var atTop = true;
        while (true)
        {
            var end = body.IndexOf('\n');
            var line = end < 0 ? body : body[..end];
            if (line.IsWhiteSpace())
            {
                AddBlock(blocks, lines);
                lines?.Clear();
            }
            else if (!atTop || !PageChromeLine().IsMatch(line.Trim()))
            {
                atTop = false;
                (lines ??= []).Add(line.Trim().ToString());
            }

            if (end < 0)
            {
                AddBlock(blocks, lines);
                return blocks;
            }

            body = body[(end + 1)..];
        }
    }

    private static void AddBlock(List<LineBlock> blocks, List<string>? lines)
    {
        if (lines is { Count: > 0 })
        {
            blocks.Add(new LineBlock(lines.Count == 1 ? lines[0] : string.Join(' ', lines), lines[0], lines.Count));
        }
    }

    /// <summary>Takes a leading "Place, Country — " out of the first paragraph.</summary>
    private static string? TakeDateline(List<string> paragraphs)
    {
        var match = DatelinePrefix().Match(paragraphs[0]);
        if (!match.Success || match.Groups["dateline"].Value.Split(' ').Length > MaxDatelineWords)
        {
            return null;
        }

        paragraphs[0] = match.Groups["rest"].Value;
        return match.Groups["dateline"].Value.Trim();
    }

    private const int MaxDatelineWords = 8;

    private static string NormalizeSpace(string text) => SpaceRuns.CollapseAndTrim(text);

    private static string Shorten(string text) => text.Length <= 60 ? text : string.Concat(text.AsSpan(0, 57), "...");

    /// <summary>Lines that sites put before the article for keyboard users; they are not article text.</summary>
    [GeneratedRegex(
        """^(press\s+["“]?enter["”]?\s+to\s+)?skip\s+to\s+(the\s+)?(main\s+)?(content|article)\.?$|^skip\s+(navigation|nav)$"""
        + """|^(saltar|ir|pasar)\s+al\s+(contenido|artículo)(\s+principal)?\.?$"""
        + """|^(aller|passer)\s+(directement\s+)?(au|à\s+l[’'])\s*(contenu|article)(\s+principal)?\.?$"""
        + """|^(direkt\s+)?zum\s+(haupt)?inhalt(\s+springen|\s+wechseln)?\.?$|^zum\s+artikel\s+springen$"""
        + """|^(تخطي|تخطى|تجاوز|انتقل|انتقال)\s+(إلى|الى)\s+(المحتوى|المحتوي)(\s+الرئيسي)?$""",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PageChromeLine();

    /// <summary>
    /// A dateline: a short place name that starts with a capital letter (no quotation marks,
    /// dashes, question or exclamation marks) followed by a spaced em or en dash. Periods are allowed
    /// for abbreviations such as <c>Washington, D.C.</c>; the word limit keeps sentences out.
    /// </summary>
    [GeneratedRegex("""^(?<dateline>[\p{Lu}\p{Lt}\p{Lo}][^—–"“”«»!?]{0,60}?)\s+[—–]\s+(?<rest>\S.*)$""", RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex DatelinePrefix();
}
