using System.Text.RegularExpressions;

namespace A11yArticles.Importers.Language;

/// <summary>
/// Cheap tests that tell, without running them, when <see cref="AfterQuotation"/> and
/// <see cref="BeforeQuotation"/> cannot match. The two expressions are large (five languages) and
/// cost microseconds even when they fail at the first word, while most words around quotations
/// name no speaker ("and added that …"). Each test only answers false where its expression cannot
/// match, so attribution is the same with or without it: the expressions still decide every case
/// the tests let through.
/// </summary>
internal sealed partial class SpeakerAttribution
{
    /// <summary>
    /// Every word of the Latin-script verb patterns (said, dijo, a, déclaré, sagte, …, and a few
    /// letters of their escapes, which only let more through). Taken from <see cref="LatinVerb"/>
    /// itself, so that a verb added there is never missed here.
    /// </summary>
    private static readonly HashSet<string> VerbWords =
        [.. Regex.Matches(LatinVerb, @"\p{L}+").Select(word => word.Value)];

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> VerbWordLookup =
        VerbWords.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The characters that <see cref="AfterQuotation"/> skips before the attribution (besides white space).</summary>
    private const string LeadingPunctuation = ",.;:!?—–-،؛";

    /// <summary>
    /// False when <see cref="AfterQuotation"/> cannot match <paramref name="after"/>. Every one of its
    /// alternatives starts with a letter, so it can only start after all the leading spaces and
    /// punctuation, with: a capital (a name), an Arabic verb, a Latin-script verb as a whole word
    /// (it is followed by a space, a hyphen, punctuation or the end), or he/she (any case).
    /// </summary>
    private static bool MayNameSpeakerAfter(string after)
    {
        var start = 0;
        while (start < after.Length && (char.IsWhiteSpace(after[start]) || LeadingPunctuation.Contains(after[start], StringComparison.Ordinal)))
        {
            start++;
        }

        if (start == after.Length)
        {
            return false;
        }

        var first = after[start];
        if (char.GetUnicodeCategory(first) == System.Globalization.UnicodeCategory.UppercaseLetter || IsArabic(first))
        {
            return true;
        }

        var word = WordAt(after, start);
        return VerbWordLookup.Contains(word)
            || word.Equals("he", StringComparison.OrdinalIgnoreCase)
            || word.Equals("she", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// False when <see cref="BeforeQuotation"/> cannot match <paramref name="sentence"/>: its Latin
    /// alternatives need a verb as a whole word after white space, its Arabic ones a colon or an
    /// Arabic comma.
    /// </summary>
    private static bool MayNameSpeakerBefore(ReadOnlySpan<char> sentence)
    {
        if (sentence.ContainsAny(':', '،'))
        {
            return true;
        }

        for (var i = 1; i < sentence.Length; i++)
        {
            if (char.IsLetter(sentence[i]) && char.IsWhiteSpace(sentence[i - 1]))
            {
                var word = WordAt(sentence, i);
                if (VerbWordLookup.Contains(word))
                {
                    return true;
                }

                i += word.Length;
            }
        }

        return false;
    }

    /// <summary>The run of letters that starts at <paramref name="start"/>.</summary>
    private static ReadOnlySpan<char> WordAt(ReadOnlySpan<char> text, int start)
    {
        var end = start;
        while (end < text.Length && char.IsLetter(text[end]))
        {
            end++;
        }

        return text[start..end];
    }

    /// <summary>The Arabic block, where every letter of <see cref="ArabicVerb"/> is.</summary>
    private static bool IsArabic(char c) => c is >= '\u0600' and <= '\u06FF';
}
