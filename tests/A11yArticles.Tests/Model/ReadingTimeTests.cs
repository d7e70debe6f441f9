using System.Collections.Immutable;
using A11yArticles.Model;

namespace A11yArticles.Tests.Model;

public sealed class ReadingTimeTests
{
    private static Article ArticleOf(string language, params string[] paragraphs) =>
        new("Headline", [.. paragraphs.Select(text => (Block)new ParagraphBlock([new TextInline(text)]))]) { Language = language };

    private static string Words(int count, string word = "word") => string.Join(' ', Enumerable.Repeat(word, count));

    [Theory]
    [InlineData("Hello, world!", 2, 0)]
    [InlineData("It's a well-known fact — 42 times.", 6, 0)]
    [InlineData("naïve café", 2, 0)]
    [InlineData("مكتبة متنقلة في عمّان", 4, 0)]
    [InlineData("北京市图书馆开放", 0, 8)]
    [InlineData("東京の図書館", 0, 6)]
    [InlineData("Der Name 北京 steht hier", 4, 2)]
    [InlineData("", 0, 0)]
    public void Words_are_runs_of_letters_and_Chinese_and_Japanese_are_counted_in_characters(string text, int words, int characters)
    {
        Assert.Equal((words, characters), ReadingTime.Count(text));
    }

    [Fact]
    public void English_reads_at_Brysbaert_s_silent_rate()
    {
        Assert.Equal(238, ReadingTime.RateFor("en-GB").WordsPerMinute, 6);

        // Headline (1 word) + 475 words = 476 words = exactly 2 minutes at 238; one more word makes 3.
        Assert.Equal(TimeSpan.FromMinutes(2), ReadingTime.Estimate(ArticleOf("en", Words(475))));
        Assert.Equal(TimeSpan.FromMinutes(3), ReadingTime.Estimate(ArticleOf("en", Words(476))));
    }

    [Fact]
    public void Languages_with_longer_words_read_fewer_words_per_minute()
    {
        double Rate(string language) => ReadingTime.RateFor(language).WordsPerMinute;

        Assert.True(Rate("es") > Rate("fr") && Rate("fr") > Rate("de") && Rate("de") > Rate("ar"), "IReST order: es > fr > de > ar");
        var german = ArticleOf("de", Words(1000, "Wort"));
        var english = ArticleOf("en", Words(1000));
        Assert.True(ReadingTime.Estimate(german) > ReadingTime.Estimate(english));
    }

    [Fact]
    public void A_Chinese_article_is_timed_by_its_characters()
    {
        var chinese = ArticleOf("zh-Hans", new string('书', 2000));

        var minutes = ReadingTime.Estimate(chinese).TotalMinutes;

        // 2,000 characters at about 266 a minute: 8 minutes (as words it would be one word, one minute).
        Assert.Equal(Math.Ceiling(2000 / ReadingTime.RateFor("zh").CharactersPerMinute), minutes);
        Assert.Equal(8, minutes);
    }

    [Fact]
    public void A_language_without_a_measured_rate_gets_the_median_rate()
    {
        var unmeasured = ReadingTime.RateFor("sw");

        Assert.InRange(unmeasured.WordsPerMinute, ReadingTime.RateFor("ar").WordsPerMinute, ReadingTime.RateFor("en").WordsPerMinute);
        Assert.Equal(ReadingTime.RateFor("ru").WordsPerMinute, unmeasured.WordsPerMinute, 6);
    }

    [Fact]
    public void Every_text_of_the_article_counts_and_a_short_one_takes_a_minute()
    {
        Assert.Equal(TimeSpan.FromMinutes(1), ReadingTime.Estimate(ArticleOf("en")));

        var withEverything = new Article("Headline", [
            new ParagraphBlock([new TextInline(Words(300))]),
            new QuoteBlock([new ParagraphBlock([new TextInline(Words(300))])]),
            new FigureBlock(new Image("a.png", "alt")) { Caption = [new TextInline(Words(300))] },
        ])
        {
            Standfirst = Words(100),
            Footnotes = [new Footnote("1", [new ParagraphBlock([new TextInline(Words(200))])])],
        };

        // 1 + 100 + 300 + 300 + 300 + 200 = 1,201 words: just over 5 minutes at 238.
        Assert.Equal(TimeSpan.FromMinutes(6), ReadingTime.Estimate(withEverything));
    }
}
