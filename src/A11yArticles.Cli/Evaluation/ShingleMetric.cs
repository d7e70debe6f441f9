using System.Globalization;
using System.Text;

namespace A11yArticles.Cli.Evaluation;

/// <summary>
/// The article-extraction benchmark's published metric (Scrapinghub's article-extraction-benchmark):
/// both texts are split into tokens (runs of Unicode word characters, Python's <c>\w+</c>), the tokens
/// into overlapping 4-token shingles counted as multisets; per page tp, fp and fn are divided by
/// tp + fp + fn so that long pages do not weigh more; precision and recall are means over the pages,
/// and F1 is computed from those two means.
/// </summary>
internal static class ShingleMetric
{
    public const int ShingleSize = 4;

    /// <summary>The tokens of a text: runs of characters that Python's <c>\w</c> matches (letters, numbers, underscore).</summary>
    public static List<string> Tokens(string text)
    {
        var tokens = new List<string>();
        var current = new StringBuilder();
        foreach (var rune in text.EnumerateRunes())
        {
            if (IsWordCharacter(rune))
            {
                current.Append(rune.ToString());
            }
            else if (current.Length > 0)
            {
                tokens.Add(current.ToString());
                current.Clear();
            }
        }

        if (current.Length > 0)
        {
            tokens.Add(current.ToString());
        }

        return tokens;
    }

    /// <summary>
    /// Python's <c>\w</c> on text: <c>str.isalnum()</c> or the underscore, that is letters (Lu, Ll, Lt,
    /// Lm, Lo) and numbers (Nd, Nl, No). Unlike .NET's <c>\w</c>, combining marks are not word characters.
    /// </summary>
    public static bool IsWordCharacter(Rune rune) => rune.Value == '_' || Rune.GetUnicodeCategory(rune) switch
    {
        UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
            or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter
            or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber => true,
        _ => false,
    };

    /// <summary>The shingles of a text as a multiset; a text of fewer than four tokens is one shingle, an empty one none.</summary>
    public static Dictionary<string, int> Shingles(string text)
    {
        var tokens = Tokens(text);
        var shingles = new Dictionary<string, int>(StringComparer.Ordinal);
        var count = Math.Max(1, tokens.Count - ShingleSize + 1);
        for (var i = 0; i < count; i++)
        {
            var shingle = string.Join(' ', tokens.Skip(i).Take(ShingleSize));
            if (shingle.Length > 0)
            {
                shingles[shingle] = shingles.GetValueOrDefault(shingle) + 1;
            }
        }

        return shingles;
    }

    /// <summary>One page's shared, extra and missing shingles, each divided by their sum.</summary>
    public static PageScore Score(string truth, string prediction)
    {
        var expected = Shingles(truth);
        var ours = Shingles(prediction);
        double tp = 0, fp = 0, fn = 0;
        foreach (var (shingle, count) in ours)
        {
            var wanted = expected.GetValueOrDefault(shingle);
            tp += Math.Min(count, wanted);
            fp += Math.Max(0, count - wanted);
        }

        foreach (var (shingle, count) in expected)
        {
            fn += Math.Max(0, count - ours.GetValueOrDefault(shingle));
        }

        var sum = tp + fp + fn;
        var exact = Tokens(truth).SequenceEqual(Tokens(prediction), StringComparer.Ordinal);
        return sum > 0 ? new PageScore(tp / sum, fp / sum, fn / sum, exact) : new PageScore(0, 0, 0, exact);
    }

    /// <summary>Precision and recall as means over the pages (a page with nothing predicted has no precision, one with nothing expected no recall), F1 of the means, and the share of exact pages.</summary>
    public static Summary Summarize(IReadOnlyCollection<PageScore> pages)
    {
        var precisions = pages.Where(page => page.TruePositive + page.FalsePositive > 0).Select(page => page.Precision).ToList();
        var recalls = pages.Where(page => page.TruePositive + page.FalseNegative > 0).Select(page => page.Recall).ToList();
        var precision = precisions.Count == 0 ? 0 : precisions.Average();
        var recall = recalls.Count == 0 ? 0 : recalls.Average();
        var f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        var accuracy = pages.Count == 0 ? 0 : (double)pages.Count(page => page.Exact) / pages.Count;
        return new Summary(f1, precision, recall, accuracy);
    }

    /// <summary>One page's normalised counts.</summary>
    internal sealed record PageScore(double TruePositive, double FalsePositive, double FalseNegative, bool Exact)
    {
        /// <summary>1 when nothing is extra or missing, 0 when nothing is shared or extra.</summary>
        public double Precision => FalsePositive == 0 && FalseNegative == 0 ? 1 : TruePositive + FalsePositive == 0 ? 0 : TruePositive / (TruePositive + FalsePositive);

        /// <summary>1 when nothing is extra or missing, 0 when nothing is shared or missing.</summary>
        public double Recall => FalsePositive == 0 && FalseNegative == 0 ? 1 : TruePositive + FalseNegative == 0 ? 0 : TruePositive / (TruePositive + FalseNegative);

        public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
    }

    /// <summary>The corpus's figures.</summary>
    internal sealed record Summary(double F1, double Precision, double Recall, double Accuracy);
}
