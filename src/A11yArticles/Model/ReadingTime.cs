using System.Globalization;
using System.Text;

namespace A11yArticles.Model;

/// <summary>
/// How long an article takes to read silently, by language: words per minute for scripts that
/// separate words with spaces, characters per minute for Chinese and Japanese (whose text has no
/// spaces; a page of Chinese would otherwise count as a few "words").
/// </summary>
/// <remarks>
/// <para>The rates: Brysbaert (2019), "How many words do we read per minute? A review and
/// meta-analysis of reading rate", Journal of Memory and Language 109, gives 238 words per minute
/// for silent reading of English non-fiction. Rates differ by language because words differ in
/// length and script; the International Reading Speed Texts (Trauzettel-Klosinski and Dietz, 2012,
/// "Standardized assessment of reading performance: the new International Reading Speed Texts
/// IReST", Investigative Ophthalmology and Visual Science 53(9)) measured the same texts in 17
/// languages (read aloud). Each language's rate here is Brysbaert's silent English rate scaled by
/// that language's IReST rate over English's (228 words per minute): Spanish 218, French 195, German
/// 179, Arabic 138 words; Chinese 255 and Japanese 357 characters per minute. A language IReST did
/// not measure gets the median of the measured word rates.</para>
/// <para>The estimate counts the headline, the standfirst, every block's text, figure captions, table captions and cells, and
/// footnotes, and rounds up to whole minutes (at least one).</para>
/// </remarks>
public static class ReadingTime
{
    /// <summary>Brysbaert (2019): silent reading of English non-fiction, words per minute.</summary>
    public const double EnglishSilentWordsPerMinute = 238;

    /// <summary>IReST: English read aloud, words per minute; the other languages are scaled against it.</summary>
    private const double IrestEnglish = 228;

    /// <summary>IReST rates (aloud) of the languages whose text separates words: words per minute.</summary>
    private static readonly Dictionary<string, double> IrestWordsPerMinute = new(StringComparer.OrdinalIgnoreCase)
    {
        ["ar"] = 138, ["de"] = 179, ["en"] = 228, ["es"] = 218, ["fi"] = 161, ["fr"] = 195, ["he"] = 187,
        ["it"] = 188, ["nl"] = 202, ["pl"] = 166, ["pt"] = 181, ["ru"] = 184, ["sl"] = 180, ["sv"] = 199,
        ["tr"] = 166,
    };

    /// <summary>IReST rates (aloud) of Chinese and Japanese: characters per minute.</summary>
    private static readonly Dictionary<string, double> IrestCharactersPerMinute = new(StringComparer.OrdinalIgnoreCase)
    {
        ["zh"] = 255, ["ja"] = 357,
    };

    /// <summary>The median of the IReST word rates, for languages it did not measure.</summary>
    private static readonly double MedianWordsPerMinute = IrestWordsPerMinute.Values.Order().ElementAt(IrestWordsPerMinute.Count / 2);

    /// <summary>The silent reading rates used for a language.</summary>
    /// <param name="language">A BCP 47 tag (its primary subtag decides).</param>
    /// <returns>Words per minute, and characters per minute for Chinese and Japanese characters.</returns>
    public static ReadingRate RateFor(string language)
    {
        ArgumentNullException.ThrowIfNull(language);
        var primary = language.Split('-', 2)[0];
        var words = IrestWordsPerMinute.GetValueOrDefault(primary, MedianWordsPerMinute);

        // Chinese characters in a text that is not Chinese or Japanese (a name, a term) read at the Chinese rate.
        var characters = IrestCharactersPerMinute.GetValueOrDefault(primary, IrestCharactersPerMinute["zh"]);
        return new ReadingRate(Scale(words), Scale(characters));
    }

    /// <summary>The article's reading time, rounded up to whole minutes (at least one).</summary>
    /// <param name="article">The article.</param>
    /// <returns>A whole number of minutes.</returns>
    public static TimeSpan Estimate(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var count = new TextCount();
        count.Add(article.Headline);
        count.Add(article.Standfirst);
        foreach (var block in article.AllBlocks.Concat(article.Footnotes.SelectMany(note => ModelTraversal.Descendants(note.Blocks))))
        {
            count.Add(Inline.PlainTextOf(ModelTraversal.InlinesOf(block)));
        }

        var rate = RateFor(article.Language);
        var minutes = (count.Words / rate.WordsPerMinute) + (count.Characters / rate.CharactersPerMinute);
        return TimeSpan.FromMinutes(Math.Max(1, Math.Ceiling(minutes - 1e-9)));
    }

    /// <summary>Words and ideographic characters of a text, as <see cref="Estimate"/> counts them.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The words (runs of letters, digits and marks in other scripts) and the Chinese and Japanese characters.</returns>
    public static (int Words, int Characters) Count(string text)
    {
        var count = new TextCount();
        count.Add(text);
        return (count.Words, count.Characters);
    }

    private static double Scale(double irestRate) => EnglishSilentWordsPerMinute * irestRate / IrestEnglish;

    /// <summary>Counts words and characters over several texts, one pass each.</summary>
    private sealed class TextCount
    {
        public int Words { get; private set; }

        public int Characters { get; private set; }

        public void Add(string? text)
        {
            if (string.IsNullOrEmpty(text))
            {
                return;
            }

            var inWord = false;
            foreach (var rune in text.EnumerateRunes())
            {
                if (IsIdeographic(rune))
                {
                    Characters++;
                    inWord = false;
                    continue;
                }

                var category = Rune.GetUnicodeCategory(rune);
                var wordPart = Rune.IsLetterOrDigit(rune)
                    || category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark
                    || (inWord && rune.Value is '\'' or '’' or '-' or '\u00AD');
                if (wordPart && !inWord)
                {
                    Words++;
                }

                inWord = wordPart;
            }
        }

        /// <summary>Han ideographs, hiragana and katakana: scripts written without spaces between words.</summary>
        private static bool IsIdeographic(Rune rune) => rune.Value is
            (>= 0x3040 and <= 0x30FF) // hiragana, katakana
            or (>= 0x3400 and <= 0x4DBF) // CJK extension A
            or (>= 0x4E00 and <= 0x9FFF) // CJK unified ideographs
            or (>= 0xF900 and <= 0xFAFF) // CJK compatibility ideographs
            or (>= 0x20000 and <= 0x3FFFF); // CJK extensions B and later
    }
}

/// <summary>Silent reading rates of one language.</summary>
/// <param name="WordsPerMinute">Words per minute in scripts that separate words.</param>
/// <param name="CharactersPerMinute">Chinese and Japanese characters per minute.</param>
public readonly record struct ReadingRate(double WordsPerMinute, double CharactersPerMinute);
