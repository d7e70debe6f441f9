using System.Collections.Immutable;
using System.Runtime.InteropServices;
using System.Text.RegularExpressions;
using A11yArticles.Model;

namespace A11yArticles.Importers.Language;

/// <summary>
/// Finds who is quoted, from the words around a quotation, in English, Spanish, French, German and
/// Arabic: a name with a verb of saying after the quotation (<c>“…,” Harris said</c>,
/// <c>“…,” said Rosa Elvira Méndez</c>, <c>«…», a déclaré Marie Dupont</c>, <c>„…“, sagte Merkel</c>,
/// <c>«…»، قالت ليلى حداد</c>) or before it in the same sentence (<c>Harris said that she has “…”</c>,
/// <c>Merkel sagte: „…“</c>). A pronoun (<c>she added</c>, <c>sagte er</c>, <c>a-t-elle ajouté</c>)
/// or a verb alone (<c>—dijo</c>, <c>قالت</c>) means the last speaker named in the article, when
/// there is one and they were named in this paragraph or one of the two before it (further back, a
/// pronoun is ambiguous). Anything else (<c>said the president</c>, <c>they said</c>) names no one: a speaker
/// is never guessed.
/// </summary>
internal sealed partial class SpeakerAttribution
{
    /// <summary>How many paragraphs back a pronoun may still point to a named speaker.</summary>
    public const int PronounReach = 2;

    private string? _lastNamed;
    private int _lastNamedAt;
    private int _paragraph;

    /// <summary>The last speaker named so far in the article.</summary>
    public string? LastNamed => _lastNamed;

    /// <summary>Moves on to the next paragraph (pronouns reach only <see cref="PronounReach"/> paragraphs back).</summary>
    public void NextParagraph() => _paragraph++;

    /// <summary>Remembers a speaker named elsewhere (a block quote's attribution).</summary>
    public void Named(string speaker)
    {
        _lastNamed = speaker;
        _lastNamedAt = _paragraph;
    }

    /// <summary>Gives each top-level quotation of <paramref name="inlines"/> its speaker, where the words around it say who.</summary>
    public ImmutableArray<Inline> Attribute(ImmutableArray<Inline> inlines)
    {
        // Written as loops over the inlines, copied only when a speaker is found: the importers
        // call this for every paragraph.
        Inline[]? attributed = null;
        string? only = null;
        var speakers = 0;
        for (var i = 0; i < inlines.Length; i++)
        {
            if (inlines[i] is not QuotationInline quotation)
            {
                continue;
            }

            var speaker = quotation.Speaker;
            if (speaker is null)
            {
                var current = attributed is null ? inlines.AsSpan() : attributed;
                speaker = FromTextAfter(TextBetween(current, i + 1, forward: true))
                    ?? FromTextBefore(TextBetween(current, i - 1, forward: false));
                if (speaker is not null)
                {
                    attributed ??= [.. inlines];
                    attributed[i] = quotation with { Speaker = speaker };
                }
            }

            if (speaker is not null && !string.Equals(speaker, only, StringComparison.Ordinal))
            {
                only = speaker;
                speakers++;
            }
        }

        // The newspaper convention: “…,” said Priya Raman. “…” — a quotation that the text does not
        // attribute, after quotations of one named speaker in the same paragraph, continues that
        // speaker's words. With two speakers in the paragraph it is ambiguous, and stays unattributed.
        if (speakers == 1)
        {
            var seen = false;
            for (var i = 0; i < inlines.Length; i++)
            {
                var inline = attributed is null ? inlines[i] : attributed[i];
                if (inline is QuotationInline { Speaker: not null })
                {
                    seen = true;
                }
                else if (seen && inline is QuotationInline quotation)
                {
                    attributed ??= [.. inlines];
                    attributed[i] = quotation with { Speaker = only };
                }
            }
        }

        return attributed is null ? inlines : ImmutableCollectionsMarshal.AsImmutableArray(attributed);
    }

    /// <summary>The speaker named (or referred to) by the text right after a quotation, or null.</summary>
    public string? FromTextAfter(string after)
    {
        if (!MayNameSpeakerAfter(after))
        {
            return null; // AfterQuotation cannot match: the regular expression need not run
        }

        var match = AfterQuotation().Match(after);
        return match.Success ? Resolve(match) : null;
    }

    /// <summary>The speaker named (or referred to) in the sentence that leads into a quotation, or null.</summary>
    public string? FromTextBefore(string before)
    {
        // The last sentence: what follows the last sentence end (Split's last piece, without splitting all of them).
        var start = 0;
        foreach (var end in SentenceEnd().EnumerateMatches(before))
        {
            start = end.Index + end.Length;
        }

        var sentence = before.AsSpan(start);
        if (!MayNameSpeakerBefore(sentence))
        {
            return null; // BeforeQuotation cannot match: the regular expression need not run
        }

        // The last match counts: find where it starts without making the others, then make that one.
        var last = -1;
        foreach (var match in BeforeQuotation().EnumerateMatches(sentence))
        {
            last = match.Index;
        }

        return last < 0 ? null : Resolve(BeforeQuotation().Match(before[start..], last));
    }

    private string? Resolve(Match match)
    {
        if (match.Groups["name"].Success)
        {
            var name = match.Groups["name"].Value.Trim().TrimEnd(',', ';', ':', '،');
            if (name.EndsWith('.') && name.AsSpan(name.LastIndexOf(' ') + 1).Length > 3)
            {
                // The sentence's full stop, not an initial (J.) or an abbreviation (Jr.).
                name = name[..^1];
            }

            var space = name.IndexOf(' ');
            var firstWord = space < 0 ? name : name.AsSpan(0, space);
            if (NotNameLookup.Contains(firstWord))
            {
                // "The minister said": someone, but not a name.
                return null;
            }

            Named(name);
            return name;
        }

        return _paragraph - _lastNamedAt <= PronounReach ? _lastNamed : null;
    }

    /// <summary>The plain text of the inlines from <paramref name="from"/> up to the next quotation in one direction.</summary>
    private static string TextBetween(ReadOnlySpan<Inline> inlines, int from, bool forward)
    {
        var step = forward ? 1 : -1;
        var end = from;
        while (end >= 0 && end < inlines.Length && inlines[end] is not QuotationInline)
        {
            end += step;
        }

        var first = forward ? from : end + 1;
        var count = Math.Abs(end - from);
        return count switch
        {
            0 => string.Empty,
            1 when inlines[first] is TextInline text => text.Text,
            1 => Inline.PlainTextOf([inlines[first]]),
            _ => Inline.PlainTextOf([.. inlines.Slice(first, count)]),
        };
    }

    private static readonly HashSet<string> NotNames = new(StringComparer.Ordinal)
    {
        "The", "A", "So", "An", "This", "That", "It", "He", "She", "They", "We", "I", "You", "His", "Her", "Their", "But", "And", "Then",
        "El", "La", "Los", "Las", "Un", "Una", "Ella", "Él", "Le", "Les", "Il", "Elle", "Une", "Der", "Die", "Das", "Ein", "Eine", "Er", "Sie", "Es",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> NotNameLookup = NotNames.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// One word of a name: an initial or a few abbreviations with their full stop (J., J.R.R., Dr.,
    /// Jr.), or a capitalised word without one, so that "said Rosa Méndez. The council …" ends the
    /// name at the sentence's full stop.
    /// </summary>
    private const string NameWord = @"(?:(?:\p{Lu}\.)+|(?:Dr|Mr|Mrs|Ms|Jr|Sr|St|Sra|Sta|Mme|Mlle)\.|\p{Lu}[\p{L}'’\-]*)";

    private const string Name =
        $@"(?<name>{NameWord}(?:\s+(?:(?:de|del|de\s+la|la|van|von|der|den|da|di|du|le|al|bin|ibn|y)\s+)?{NameWord}){{0,3}})";

    private const string ArabicName = @"(?<name>[\u0621-\u065F\u0671-\u06D3]+(?:\s+[\u0621-\u065F\u0671-\u06D3]+){0,2})";

    private const string EnglishVerb = "(?:said|says|added|adds|told\\s+\\w+|explained|asked|wrote|stated|noted|continued|insisted|replied|recalled|argued|declared|warned)";
    private const string SpanishVerb = "(?:dijo|añadió|agregó|afirmó|declaró|señaló|explicó|aseguró|comentó|indicó|expresó|preguntó|respondió|sostuvo)";
    private const string FrenchVerb = "(?:a\\s+(?:déclaré|dit|ajouté|affirmé|expliqué|souligné|indiqué|précisé)|déclare|ajoute|affirme|explique|souligne|précise|dit)";
    private const string GermanVerb = "(?:sagte|sagt|erklärte|betonte|meinte|ergänzte|so)";
    private const string ArabicVerb = "(?:و?(?:قال|قالت|أضاف|أضافت|أكد|أكدت|صرح|صرحت|أوضح|أوضحت))";
    private const string LatinVerb = $"(?:{EnglishVerb}|{SpanishVerb}|{FrenchVerb}|{GermanVerb})";

    /// <summary>At the start of the text after a quotation.</summary>
    [GeneratedRegex(
        @"^[\s,.;:!?—–\-،؛]*(?:" +
        $@"{Name}\s+{LatinVerb}\b" +
        $@"|{LatinVerb}\s+{Name}" +
        $@"|(?:{LatinVerb}-t-|a-t-)(?:il|elle)\b" +
        $@"|{LatinVerb}\s+(?:er|sie|he|she|él|ella)\b" +
        $@"|\b(?i:he|she)\s+{LatinVerb}\b" +
        $@"|{SpanishVerb}\s*(?:[.,;:!?—–]|$)" +
        $@"|{ArabicVerb}\s+{ArabicName}\s*(?:[.،,:؛!?]|$)" +
        $@"|{ArabicVerb}\s*(?:[.،,:؛!?]|$)" +
        ")",
        RegexOptions.CultureInvariant)]
    private static partial Regex AfterQuotation();

    /// <summary>Anywhere in the sentence that leads into a quotation (the last one counts).</summary>
    [GeneratedRegex(
        "(?:" +
        $@"{Name}\s+{LatinVerb}\b" +
        $@"|\b(?i:he|she)\s+{LatinVerb}\b" +
        $@"|{ArabicVerb}\s+{ArabicName}\s*[:،]" +
        $@"|{ArabicVerb}\s*:" +
        ")",
        RegexOptions.CultureInvariant)]
    private static partial Regex BeforeQuotation();

    [GeneratedRegex(@"[.!?]\s+")]
    private static partial Regex SentenceEnd();
}
