using System.Text.RegularExpressions;
using A11yArticles.Importers.Html;

namespace A11yArticles.Importers.Tests;

/// <summary>
/// The hand-written text helpers that replaced regular expressions and throwaway strings for speed
/// give exactly what those gave: white space collapsed as <c>\s+</c> → one space, and as many words
/// counted as <see cref="Boilerplate.Words"/> makes.
/// </summary>
public sealed class SpaceRunsTests
{
    public static TheoryData<string> Texts => new()
    {
        "",
        " ",
        "one",
        "one two",
        "  one  two  ",
        "one\ttwo\nthree\r\nfour",
        "no-break\u00A0space and narrow\u202Fone",
        "line\u2028separator\u2029paragraph\u0085next line",
        "\u3000ideographic\u3000space\u3000",
        "mixed \t\n\u00A0 run",
        "trailing ",
        " leading",
        "« oui » — “quoted,” she said.",
        "数字 和 中文 12:30 كلمات عربية",
    };

    [Theory]
    [MemberData(nameof(Texts))]
    public void Collapse_is_the_regular_expressions_replacement(string text)
    {
        Assert.Equal(Regex.Replace(text, @"\s+", " "), SpaceRuns.Collapse(text));
        Assert.Equal(Regex.Replace(text.Trim(), @"\s+", " "), SpaceRuns.CollapseAndTrim(text));
    }

    [Theory]
    [MemberData(nameof(Texts))]
    public void Word_count_is_the_number_of_words(string text)
    {
        Assert.Equal(Boilerplate.Words(text).Count, Boilerplate.WordCount(text));
    }
}
