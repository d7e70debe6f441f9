using System.Globalization;

namespace A11yArticles.Components;

/// <summary>
/// A UI string that depends on a count ("1 new update", "2 new updates"), with one form per plural
/// category of the Unicode CLDR plural rules: English, Spanish, French and German use
/// <see cref="One"/> and <see cref="Other"/> (Spanish and French also <see cref="Many"/>, for whole
/// millions: "1000000 de …"); Arabic uses all six. A form that is not given falls back to
/// <see cref="Other"/>. Each form may contain <c>{0}</c>, the count. Pick the form with
/// <see cref="ArticleStrings.Plural"/>, which knows the language's rules.
/// </summary>
/// <param name="Other">The general form (English "{0} new updates"; Arabic 100, 101, 102, ...).</param>
public sealed record PluralString(string Other)
{
    /// <summary>Arabic: no items (0).</summary>
    public string? Zero { get; init; }

    /// <summary>One item (French: also 0).</summary>
    public string? One { get; init; }

    /// <summary>Arabic: two items (the dual).</summary>
    public string? Two { get; init; }

    /// <summary>Arabic: 3 to 10 (and 103 to 110, ...).</summary>
    public string? Few { get; init; }

    /// <summary>Arabic: 11 to 99 (and 111 to 199, ...); Spanish and French: whole millions.</summary>
    public string? Many { get; init; }

    /// <summary>The form of <paramref name="count"/> in <paramref name="language"/>, with <c>{0}</c> filled in.</summary>
    /// <param name="language">A BCP 47 tag; its primary subtag chooses the rules (English's for a language without built-in rules).</param>
    /// <param name="count">The count, 0 or more.</param>
    /// <returns>The text.</returns>
    public string Format(string? language, int count)
    {
        var form = PluralRules.CategoryOf(language, count) switch
        {
            PluralRules.Category.Zero => Zero,
            PluralRules.Category.One => One,
            PluralRules.Category.Two => Two,
            PluralRules.Category.Few => Few,
            PluralRules.Category.Many => Many,
            _ => null,
        } ?? Other;
        return string.Format(CultureInfo.InvariantCulture, form, count);
    }

    /// <summary>Every form that is set, for checks over a whole table.</summary>
    internal IEnumerable<string> Forms => new[] { Zero, One, Two, Few, Many, Other }.OfType<string>();
}

/// <summary>The CLDR cardinal plural rules (for whole numbers) of the languages with built-in strings.</summary>
internal static class PluralRules
{
    /// <summary>CLDR's plural categories.</summary>
    internal enum Category
    {
        Zero,
        One,
        Two,
        Few,
        Many,
        Other,
    }

    /// <summary>The category of <paramref name="count"/> in <paramref name="language"/> (CLDR 46, integers only).</summary>
    internal static Category CategoryOf(string? language, int count)
    {
        var primary = string.IsNullOrWhiteSpace(language) ? "en" : language.Split('-', '_')[0].ToLowerInvariant();
        var n = Math.Abs((long)count);
        return primary switch
        {
            // ar: zero n = 0; one n = 1; two n = 2; few n % 100 = 3..10; many n % 100 = 11..99; other.
            "ar" => n switch
            {
                0 => Category.Zero,
                1 => Category.One,
                2 => Category.Two,
                _ when n % 100 is >= 3 and <= 10 => Category.Few,
                _ when n % 100 is >= 11 and <= 99 => Category.Many,
                _ => Category.Other,
            },

            // fr: one i = 0,1; many i != 0 and i % 1000000 = 0; other.
            "fr" => n is 0 or 1 ? Category.One : n % 1_000_000 == 0 ? Category.Many : Category.Other,

            // es: one n = 1; many i != 0 and i % 1000000 = 0; other.
            "es" => n == 1 ? Category.One : n != 0 && n % 1_000_000 == 0 ? Category.Many : Category.Other,

            // en, de (and any language without built-in strings): one n = 1; other.
            _ => n == 1 ? Category.One : Category.Other,
        };
    }
}
