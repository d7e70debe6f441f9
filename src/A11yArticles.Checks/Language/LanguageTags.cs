using System.Collections.Frozen;

namespace A11yArticles.Checks.Language;

/// <summary>
/// BCP 47 language tags (RFC 5646): the syntax of a well-formed tag, and whether its primary
/// language subtag is a known one (ISO 639 codes, as in the IANA language subtag registry).
/// </summary>
internal static class LanguageTags
{
    private static readonly FrozenSet<string> PrimarySubtags = Load();

    /// <summary>The primary language subtag is registered (or private use qaa–qtz, or "x"/"i" forms).</summary>
    public static bool HasKnownPrimarySubtag(string tag)
    {
        var primary = tag.Trim().Split('-')[0].ToLowerInvariant();
        if (primary.Length == 3 && primary[0] == 'q' && primary[1] is >= 'a' and <= 't' && char.IsAsciiLetterLower(primary[2]))
        {
            return true;
        }

        return PrimarySubtags.Contains(primary);
    }

    /// <summary>Well formed per RFC 5646 (language, extlang, script, region, variants, extensions, private use) and a known primary subtag.</summary>
    public static bool IsValid(string tag)
    {
        var value = tag.Trim();
        if (value.Length == 0)
        {
            return false;
        }

        var subtags = value.Split('-');
        if (subtags.Any(subtag => subtag.Length is 0 or > 8 || !subtag.All(char.IsAsciiLetterOrDigit)))
        {
            return false;
        }

        if (subtags[0].Equals("x", StringComparison.OrdinalIgnoreCase) || subtags[0].Equals("i", StringComparison.OrdinalIgnoreCase))
        {
            return subtags.Length > 1;
        }

        if (subtags[0].Length is < 2 or > 3 || !subtags[0].All(char.IsAsciiLetter) || !HasKnownPrimarySubtag(subtags[0]))
        {
            return false;
        }

        var index = 1;
        var extlangs = 0;
        while (index < subtags.Length && subtags[index].Length == 3 && subtags[index].All(char.IsAsciiLetter) && extlangs < 3)
        {
            index++;
            extlangs++;
        }

        if (index < subtags.Length && subtags[index].Length == 4 && subtags[index].All(char.IsAsciiLetter))
        {
            index++;
        }

        if (index < subtags.Length && ((subtags[index].Length == 2 && subtags[index].All(char.IsAsciiLetter)) || (subtags[index].Length == 3 && subtags[index].All(char.IsAsciiDigit))))
        {
            index++;
        }

        while (index < subtags.Length && ((subtags[index].Length >= 5) || (subtags[index].Length == 4 && char.IsAsciiDigit(subtags[index][0]))))
        {
            index++;
        }

        while (index < subtags.Length && subtags[index].Length == 1)
        {
            var singleton = subtags[index];
            index++;
            var start = index;
            var isPrivate = singleton.Equals("x", StringComparison.OrdinalIgnoreCase);
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

    private static FrozenSet<string> Load()
    {
        using var stream = typeof(LanguageTags).Assembly.GetManifestResourceStream("A11yArticles.Checks.Language.primary-language-subtags.txt")
            ?? throw new InvalidOperationException("The embedded language subtag list is missing from A11yArticles.Checks.");
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
