namespace A11yArticles.Importers.Tests;

public sealed class HeadingLevelsTests
{
    private static int[] Levels(params int[] source)
    {
        var levels = new HeadingLevels();
        return [.. source.Select(levels.Next)];
    }

    [Theory]
    [InlineData(new[] { 2, 3, 4 }, new[] { 2, 3, 4 })]
    [InlineData(new[] { 1, 2, 1 }, new[] { 2, 2, 2 })]
    [InlineData(new[] { 4 }, new[] { 2 })]
    [InlineData(new[] { 2, 4, 4, 2, 3 }, new[] { 2, 3, 3, 2, 3 })]
    [InlineData(new[] { 2, 4, 3 }, new[] { 2, 3, 3 })]
    [InlineData(new[] { 3, 2, 3 }, new[] { 2, 2, 3 })]
    [InlineData(new[] { 2, 6, 6, 4 }, new[] { 2, 3, 3, 3 })]
    [InlineData(new[] { 2, 3, 4, 5, 6, 6, 9 }, new[] { 2, 3, 4, 5, 6, 6, 6 })]
    public void Levels_start_at_two_never_skip_and_keep_siblings_together(int[] source, int[] given) =>
        Assert.Equal(given, Levels(source));
}
