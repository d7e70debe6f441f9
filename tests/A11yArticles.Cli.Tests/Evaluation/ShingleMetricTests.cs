using A11yArticles.Cli.Evaluation;

namespace A11yArticles.Cli.Tests.Evaluation;

/// <summary>The article-extraction benchmark's metric, on texts small enough to count by hand.</summary>
public sealed class ShingleMetricTests
{
    [Fact]
    public void Tokens_are_runs_of_letters_numbers_and_underscores_as_python_matches_them()
    {
        Assert.Equal(["It", "s", "3", "km_h", "über", "北京市"], ShingleMetric.Tokens("It's 3 km_h — über, 北京市!"));

        // Python's \w has no combining marks: a decomposed "é" splits the word, as the published scorer does.
        Assert.Equal(["cafe", "x"], ShingleMetric.Tokens("cafe\u0301x"));
    }

    [Fact]
    public void Shingles_are_overlapping_four_token_runs_counted_as_a_multiset()
    {
        var shingles = ShingleMetric.Shingles("a b c d a b c d");

        Assert.Equal(2, shingles["a b c d"]);
        Assert.Equal(1, shingles["b c d a"]);
        Assert.Equal(5, shingles.Values.Sum());
        Assert.Equal(new Dictionary<string, int> { ["two words"] = 1 }, ShingleMetric.Shingles("two words"));
        Assert.Empty(ShingleMetric.Shingles(" — "));
    }

    [Fact]
    public void A_page_is_scored_on_shared_extra_and_missing_shingles_divided_by_their_sum()
    {
        // truth: 5 shingles; prediction adds two tokens at the end: 2 extra shingles, none missing.
        var score = ShingleMetric.Score("one two three four five six seven eight", "one two three four five six seven eight nine ten");

        Assert.Equal(5.0 / 7, score.TruePositive, 10);
        Assert.Equal(2.0 / 7, score.FalsePositive, 10);
        Assert.Equal(0, score.FalseNegative, 10);
        Assert.Equal(5.0 / 7, score.Precision, 10);
        Assert.Equal(1, score.Recall, 10);
        Assert.False(score.Exact);
    }

    [Fact]
    public void Precision_and_recall_are_means_over_pages_and_f1_is_of_the_means()
    {
        var perfect = ShingleMetric.Score("one two three four five", "one two three four five");
        var half = ShingleMetric.Score("one two three four five", "one two three four five six seven");
        var nothing = ShingleMetric.Score("one two three four five", "");

        var summary = ShingleMetric.Summarize([perfect, half, nothing]);

        Assert.True(perfect.Exact);
        // The empty prediction has no precision (left out) and recall 0.
        Assert.Equal((1 + 0.5) / 2, summary.Precision, 10);
        Assert.Equal((1 + 1 + 0) / 3.0, summary.Recall, 10);
        Assert.Equal(2 * 0.75 * (2 / 3.0) / (0.75 + 2 / 3.0), summary.F1, 10);
        Assert.Equal(1 / 3.0, summary.Accuracy, 10);
    }
}
