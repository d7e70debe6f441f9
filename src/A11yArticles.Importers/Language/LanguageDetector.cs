using System.Collections.Frozen;
using A11yArticles.Model;

namespace A11yArticles.Importers.Language;

/// <summary>
/// Tells the language of an article's text when it is clearly not English. Two steps, both small
/// enough to read and test:
/// <list type="number">
/// <item>Script: letters are counted by Unicode block. Mostly Arabic letters → <c>ar</c> (<c>fa</c>
/// when the Persian letters پ چ ژ گ are frequent), Hebrew → <c>he</c> (both right to left); any kana
/// among CJK ideographs → <c>ja</c>; ideographs without kana → <c>zh</c>; Hangul → <c>ko</c>;
/// Cyrillic → <c>ru</c>; Greek → <c>el</c>.</item>
/// <item>Latin script: the share of the words that are among the most frequent function words of
/// English, Spanish, French and German. A language other than English wins only with at least
/// <see cref="MinWords"/> words, a share of at least 15 %, and 1.5 times the share of the runner-up;
/// otherwise the text is taken as English, the model's default.</item>
/// </list>
/// </summary>
public static class LanguageDetector
{
    /// <summary>Fewer words than this are too few to call a Latin-script language anything but the default.</summary>
    public const int MinWords = 8;

    /// <summary>Only the start of a long text is read: enough to tell, and fast on any input.</summary>
    private const int SampleLength = 20_000;

    private static readonly FrozenDictionary<string, FrozenSet<string>> StopWords = new Dictionary<string, FrozenSet<string>>
    {
        ["en"] = Set("the of and to a in is that for it was on with as he she at by be this are from have has had not but they his her were which said will would an or their who been its"),
        ["es"] = Set("el la los las de del y en que un una por con para es se su sus al lo como más pero le ha fue son está este esta dijo entre sobre también muy sin ya hay"),
        ["fr"] = Set("le la les de des du et en un une est que qui dans pour pas sur au aux avec il elle ce cette sont ont été a par plus ne se son sa ses nous vous mais été"),
        ["de"] = Set("der die das und ist nicht ein eine zu den dem des mit von sich auf für im auch es sie er wir ich war wird sind hat bei aus nach wie noch über einem einen"),
    }.ToFrozenDictionary();

    private static FrozenSet<string> Set(string words) => words.Split(' ').ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The sets, looked up by spans of the text: the words are read without a string each.</summary>
    private static readonly (string Language, FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Words)[] StopWordLookups =
        [.. StopWords.Select(pair => (pair.Key, pair.Value.GetAlternateLookup<ReadOnlySpan<char>>()))];

    /// <summary>A longer word is no stop word of any language, so it is counted without being looked up.</summary>
    private static readonly int LongestStopWord = StopWords.Values.SelectMany(set => set).Max(word => word.Length);

    /// <summary>The language and direction of <paramref name="text"/> when it is clearly not English; otherwise null.</summary>
    /// <param name="text">The article's text (headline and body).</param>
    /// <returns>The BCP 47 tag and direction, or null for English or when unsure.</returns>
    public static (string Language, TextDirection Direction)? Detect(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length > SampleLength)
        {
            text = text[..SampleLength];
        }

        if (ByScript(text) is { } script)
        {
            return script;
        }

        return ByStopWords(text) is { } language && language != "en" ? (language, TextDirection.LeftToRight) : null;
    }

    /// <summary>The direction of a language's script: right to left for Arabic, Hebrew, Persian, Urdu and a few more.</summary>
    /// <param name="language">A BCP 47 tag.</param>
    /// <returns>The direction.</returns>
    public static TextDirection DirectionOf(string language)
    {
        ArgumentNullException.ThrowIfNull(language);
        var primary = language.Split('-')[0].ToLowerInvariant();
        return primary is "ar" or "he" or "iw" or "fa" or "ur" or "yi" or "ps" or "sd" or "ug" or "dv" or "ckb" or "syr"
            ? TextDirection.RightToLeft
            : TextDirection.LeftToRight;
    }

    /// <summary>
    /// The direction of words marked with another language (<c>lang</c> and perhaps <c>dir</c>, from
    /// HTML or Markdown attributes): an explicit <c>rtl</c> or <c>ltr</c> wins; otherwise a
    /// right-to-left language is marked as such, and anything else inherits (null).
    /// </summary>
    internal static TextDirection? DirectionOfSpan(string? dir, string language) => dir?.Trim().ToLowerInvariant() switch
    {
        "rtl" => TextDirection.RightToLeft,
        "ltr" => TextDirection.LeftToRight,
        _ => DirectionOf(language) == TextDirection.RightToLeft ? TextDirection.RightToLeft : null,
    };

    private static (string, TextDirection)? ByScript(string text)
    {
        int latin = 0, arabic = 0, persian = 0, hebrew = 0, kana = 0, han = 0, hangul = 0, cyrillic = 0, greek = 0;
        foreach (var c in text)
        {
            if (!char.IsLetter(c))
            {
                continue;
            }

            switch (c)
            {
                case <= '\u024F':
                    latin++;
                    break;
                case >= '\u0370' and <= '\u03FF':
                    greek++;
                    break;
                case >= '\u0400' and <= '\u04FF':
                    cyrillic++;
                    break;
                case >= '\u0590' and <= '\u05FF':
                    hebrew++;
                    break;
                case 'پ' or 'چ' or 'ژ' or 'گ':
                    arabic++;
                    persian++;
                    break;
                case >= '\u0600' and <= '\u06FF' or >= '\u0750' and <= '\u077F' or >= '\uFB50' and <= '\uFDFF' or >= '\uFE70' and <= '\uFEFF':
                    arabic++;
                    break;
                case >= '\u3040' and <= '\u30FF' or >= '\u31F0' and <= '\u31FF' or >= '\uFF66' and <= '\uFF9F':
                    kana++;
                    break;
                case >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF' or >= '\uF900' and <= '\uFAFF':
                    han++;
                    break;
                case >= '\uAC00' and <= '\uD7AF' or >= '\u1100' and <= '\u11FF':
                    hangul++;
                    break;
            }
        }

        // CJK text has one letter per word, so it counts double against Latin letters.
        var total = latin + arabic + hebrew + 2 * (kana + han + hangul) + cyrillic + greek;
        if (total == 0)
        {
            return null;
        }

        bool Dominant(int count) => count * 2 > total;
        if (Dominant(arabic))
        {
            return (persian * 50 > arabic ? "fa" : "ar", TextDirection.RightToLeft);
        }

        if (Dominant(hebrew))
        {
            return ("he", TextDirection.RightToLeft);
        }

        if (Dominant(2 * (kana + han)))
        {
            // Japanese writes with kana among the ideographs; Chinese has none.
            return (kana * 20 > kana + han ? "ja" : "zh", TextDirection.LeftToRight);
        }

        if (Dominant(2 * hangul))
        {
            return ("ko", TextDirection.LeftToRight);
        }

        if (Dominant(cyrillic))
        {
            return ("ru", TextDirection.LeftToRight);
        }

        if (Dominant(greek))
        {
            return ("el", TextDirection.LeftToRight);
        }

        return null;
    }

    private static string? ByStopWords(string text)
    {
        var counts = StopWords.Keys.ToDictionary(language => language, _ => 0);
        var words = 0;
        Span<char> lower = stackalloc char[LongestStopWord];
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            // Words are runs of letters, compared lower-cased (invariant) with the stop words.
            var isLetter = i < text.Length && char.IsLetter(text[i]);
            if (isLetter && start < 0)
            {
                start = i;
            }
            else if (!isLetter && start >= 0)
            {
                words++;
                var word = text.AsSpan(start, i - start);
                start = -1;
                if (word.Length > LongestStopWord)
                {
                    continue;
                }

                var lowered = lower[..word.ToLowerInvariant(lower)];
                foreach (var (language, set) in StopWordLookups)
                {
                    if (set.Contains(lowered))
                    {
                        counts[language]++;
                    }
                }
            }
        }

        if (words < MinWords)
        {
            return null;
        }

        var ranked = counts.OrderByDescending(pair => pair.Value).ToList();
        var (best, bestCount) = (ranked[0].Key, ranked[0].Value);
        var runnerUp = ranked[1].Value;
        return bestCount * 100 >= words * 15 && bestCount * 2 >= runnerUp * 3 ? best : null;
    }
}
