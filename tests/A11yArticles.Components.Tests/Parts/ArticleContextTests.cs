using A11yArticles.Model;
using A11yArticles.TestSupport;

namespace A11yArticles.Components.Tests.Parts;

/// <summary>The per-article facts that <see cref="ArticleContext"/> works out once.</summary>
public sealed class ArticleContextTests
{
    [Fact]
    public void A_copy_with_another_prefix_gets_its_own_ids()
    {
        var context = new ArticleContext(RichArticle.Create(), "a-");
        var heading = context.Headings[0].Heading;
        Assert.Equal("a-the-plan", context.HeadingId(heading));

        var copy = context with { IdPrefix = "b-" };

        Assert.Equal("b-the-plan", copy.HeadingId(heading));
        Assert.Equal("a-the-plan", context.HeadingId(heading));
    }

    [Fact]
    public void Footnote_numbers_and_reference_counts_follow_reading_order()
    {
        var context = new ArticleContext(RichArticle.Create(), "");

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
        Assert.Equal(expected, new ArticleContext(new Article("H", []), "") { HeadingLevelOffset = offset }.HeadingLevel(level));
}
