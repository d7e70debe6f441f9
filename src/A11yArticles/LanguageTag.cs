using System.Collections.Frozen;

namespace A11yArticles;

/// <summary>
/// BCP 47 language tags (RFC 5646): the one validator of the library. The importers accept only a
/// tag it accepts, and the checker's language rules judge <c>lang</c> attributes with it, so an
/// imported article never renders a <c>lang</c> that the checker (or a W3C ACT rule) rejects.
/// </summary>
/// <remarks>
/// A tag is valid when it is well formed (language, up to three extended language subtags, script,
/// region, variants, extensions, private use; any letter case) and its primary language subtag is
/// in the IANA language subtag registry (ISO 639 codes, so <c>en</c> and not <c>eng</c>; the
/// private-use range <c>qaa</c>–<c>qtz</c> counts). A tag that is private use only (<c>x-klingon</c>)
/// or a grandfathered <c>i-</c> tag is well formed but not valid here: it names no language that a
/// screen reader can speak, and the W3C ACT rules on <c>lang</c> reject it. The registry's primary
/// subtags are embedded in the assembly, generated from ISO 639 data.
/// </remarks>
public static class LanguageTag
{
    private const string SubtagResource = "A11yArticles.primary-language-subtags.txt";

    private static readonly FrozenSet<string> PrimarySubtags = Load();

    /// <summary>
    /// Whether <paramref name="tag"/> is a well-formed BCP 47 tag with a registered primary language
    /// subtag: <c>en</c>, <c>en-GB</c>, <c>zh-Hant-TW</c>, <c>es-419</c> and <c>ar</c> are;
    /// <c>xx</c>, <c>english</c>, <c>en_GB</c>, <c>x-klingon</c> and the empty string are not.
    /// Whitespace around the tag is ignored.
    /// </summary>
    /// <param name="tag">The tag, for example the value of a <c>lang</c> attribute.</param>
    /// <returns>True when the tag is valid.</returns>
    public static bool IsValid(string? tag)
    {
        var value = tag?.Trim();
        if (string.IsNullOrEmpty(value))
        {
            return false;
        }

        var subtags = value.Split('-');
        foreach (var subtag in subtags)
        {
            if (subtag.Length is 0 or > 8 || !subtag.All(char.IsAsciiLetterOrDigit))
            {
                return false;
            }
        }

        // language: 2-3 letters (4-8 letter primary subtags are reserved or unregistered), registered.
        if (subtags[0].Length is < 2 or > 3 || !subtags[0].All(char.IsAsciiLetter) || !IsRegistered(subtags[0]))
        {
            return false;
        }

        // extlang: up to three 3-letter subtags.
        var index = 1;
        var extlangs = 0;
        while (index < subtags.Length && subtags[index].Length == 3 && subtags[index].All(char.IsAsciiLetter) && extlangs < 3)
        {
            index++;
            extlangs++;
        }

        // script: 4 letters.
        if (index < subtags.Length && subtags[index].Length == 4 && subtags[index].All(char.IsAsciiLetter))
        {
            index++;
        }

        // region: 2 letters or 3 digits.
        if (index < subtags.Length && ((subtags[index].Length == 2 && subtags[index].All(char.IsAsciiLetter)) || (subtags[index].Length == 3 && subtags[index].All(char.IsAsciiDigit))))
        {
            index++;
        }

        // variants: 5-8 characters, or 4 starting with a digit.
        while (index < subtags.Length && (subtags[index].Length >= 5 || (subtags[index].Length == 4 && char.IsAsciiDigit(subtags[index][0]))))
        {
            index++;
        }

        // extensions and private use: a singleton, then at least one subtag (2-8 characters; 1-8 after x).
        while (index < subtags.Length && subtags[index].Length == 1)
        {
            var isPrivate = subtags[index].Equals("x", StringComparison.OrdinalIgnoreCase);
            index++;
            var start = index;
            while (index < subtags.Length && (isPrivate || subtags[index].Length >= 2))
            {
                index++;
            }

            if (index == start)
            {
                return false;
            }
        }

        return index == subtags.Length;
    }

    /// <summary>
    /// Whether the tag's primary language subtag (the part before the first hyphen) is in the IANA
    /// registry, whatever follows it: the test of the W3C ACT rules on <c>lang</c> (bf051a, de46e4).
    /// Every tag <see cref="IsValid"/> accepts passes it.
    /// </summary>
    /// <param name="tag">The tag.</param>
    /// <returns>True when the primary language subtag is registered.</returns>
    public static bool HasKnownPrimarySubtag(string? tag)
    {
        var value = tag?.Trim();
        if (string.IsNullOrEmpty(value))
        {
            return false;
        }

        var hyphen = value.IndexOf('-', StringComparison.Ordinal);
        return IsRegistered(hyphen < 0 ? value : value[..hyphen]);
    }

    private static bool IsRegistered(string primary)
    {
        var lower = primary.ToLowerInvariant();

        // The private-use range qaa..qtz is one registry entry.
        if (lower.Length == 3 && lower[0] == 'q' && lower[1] is >= 'a' and <= 't' && char.IsAsciiLetterLower(lower[2]))
        {
            return true;
        }

        return PrimarySubtags.Contains(lower);
    }

    private static FrozenSet<string> Load()
    {
        using var stream = typeof(LanguageTag).Assembly.GetManifestResourceStream(SubtagResource)
            ?? throw new InvalidOperationException($"The embedded language subtag list {SubtagResource} is missing from {typeof(LanguageTag).Assembly.GetName().Name}.");
        using var reader = new StreamReader(stream);
        var set = new HashSet<string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && line[0] != '#')
            {
                set.Add(line.Trim());
            }
        }

        return set.ToFrozenSet(StringComparer.Ordinal);
    }
}
