using A11yArticles.Cli.Batch;

namespace A11yArticles.Cli.Tests.Batch;

public sealed class ShardTests
{
    private static readonly InputFile[] Files = [.. Enumerable.Range(0, 1000).Select(i => new InputFile($"/site/page-{i}.html", $"page-{i}.html"))];

    [Fact]
    public void Shards_split_the_files_into_disjoint_slices_that_cover_all_of_them()
    {
        var shards = Enumerable.Range(1, 4).Select(i => Files.Where(new Shard(i, 4).Includes).ToList()).ToList();

        Assert.Equal(Files.Length, shards.Sum(s => s.Count));
        Assert.Equal(Files.Length, shards.SelectMany(s => s).Distinct().Count());
        Assert.All(shards, s => Assert.InRange(s.Count, 150, 350));
    }

    [Fact]
    public void A_files_shard_depends_only_on_its_relative_path()
    {
        var shard = new Shard(2, 3);

        Assert.Equal(shard.Includes(new InputFile("/a/x/page.html", "x/page.html")), shard.Includes(new InputFile("/other/root/x/page.html", "x/page.html")));
        Assert.Equal(shard.Includes(new InputFile("a", "x\\page.html")), shard.Includes(new InputFile("b", "x/page.html")));
    }

    [Theory]
    [InlineData("0/4")]
    [InlineData("5/4")]
    [InlineData("1/0")]
    [InlineData("one/two")]
    [InlineData("1")]
    public void Bad_shards_are_rejected_with_the_form_to_use(string text)
    {
        var error = Assert.Throws<FormatException>(() => Shard.Parse(text));

        Assert.Contains("use i/n", error.Message, StringComparison.Ordinal);
    }
}
