using A11yArticles.Model;
using A11yArticles.TestSupport;

namespace A11yArticles.Components.Tests.Parts;

/// <summary>The per-article facts that <see cref="ArticleContext"/> works out once.</summary>
public sealed class ArticleContextTests
{
    [Fact]
    public void Another_prefix_gets_its_own_ids()
    {
        var article = RichArticle.Create();
        var context = new ArticleContext(article, new ArticleOptions { IdPrefix = "a-" });
        var heading = context.Headings[0].Heading;
        Assert.Equal("a-the-plan", context.HeadingId(heading));

        var other = new ArticleContext(article, context.Options with { IdPrefix = "b-" });

        Assert.Equal("b-the-plan", other.HeadingId(heading));
        Assert.Equal("a-the-plan", context.HeadingId(heading));
    }

    [Fact]
    public void A_context_is_equal_only_to_itself_before_and_after_its_index_is_built()
    {
        var article = RichArticle.Create();
        var options = new ArticleOptions { IdPrefix = "a-" };
        var first = new ArticleContext(article, options);
        var second = new ArticleContext(article, options);

        Assert.NotEqual(first, second);
        _ = first.Headings;
        Assert.Equal(first, first);
        Assert.Equal(first.GetHashCode(), first.GetHashCode());
    }

    [Fact]
    public void Options_are_checked_before_rendering()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new ArticleOptions { HeadingLevelOffset = 5 }.Validate());
        var notAComponent = new ArticleOptions { BlockComponents = new Dictionary<Type, Type> { [typeof(FigureBlock)] = typeof(string) } };
        Assert.Contains("is not a component", Assert.Throws<ArgumentException>(notAComponent.Validate).Message, StringComparison.Ordinal);
        var noParameter = new ArticleOptions { InlineComponents = new Dictionary<Type, Type> { [typeof(TextInline)] = typeof(ArticleView) } };
        Assert.Contains("has no 'Inline' parameter", Assert.Throws<ArgumentException>(noParameter.Validate).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Footnote_numbers_and_reference_counts_follow_reading_order()
    {
        var context = new ArticleContext(RichArticle.Create(), new ArticleOptions { IdPrefix = "" });

        Assert.Equal(1, context.FootnoteNumber("1"));
        Assert.Equal(2, context.FootnoteNumber("2"));
        Assert.Null(context.FootnoteNumber("missing"));
        Assert.Equal(2, context.FootnoteReferenceCount("1"));
        Assert.Equal(1, context.FootnoteReferenceCount("2"));
        Assert.Equal("fnref-1-2", context.FootnoteReferenceId("1", 2));
    }

    [Theory]
    [InlineData(0, 1, 1)]
    [InlineData(1, 1, 2)]
    [InlineData(1, 6, 6)]
    public void Heading_levels_move_down_with_the_offset_and_stop_at_six(int offset, int level, int expected) =>
        Assert.Equal(expected, new ArticleContext(new Article("H", []), new ArticleOptions { HeadingLevelOffset = offset }).HeadingLevel(level));
}
