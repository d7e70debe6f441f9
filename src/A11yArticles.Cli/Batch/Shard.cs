using System.Text;

namespace A11yArticles.Cli.Batch;

/// <summary>
/// One of <see cref="Count"/> deterministic slices of a file list (<c>--shard 2/4</c>, as
/// Playwright's test runner shards), so that a CI matrix spreads one site over several machines.
/// A file's shard depends only on its relative path, so the slices are the same on every machine
/// and a file never moves between shards when others are added.
/// </summary>
/// <param name="Index">1-based shard number.</param>
/// <param name="Count">How many shards there are.</param>
internal sealed record Shard(int Index, int Count)
{
    public static Shard Parse(string text)
    {
        var parts = text.Split('/');
        if (parts.Length != 2 || !int.TryParse(parts[0], out var index) || !int.TryParse(parts[1], out var count) || count < 1 || index < 1 || index > count)
        {
            throw new FormatException($"'{text}' is not a shard: use i/n with 1 <= i <= n, for example 1/4");
        }

        return new Shard(index, count);
    }

    public bool Includes(InputFile file) => ShardOf(file.RelativePath.Replace('\\', '/')) == Index;

    private int ShardOf(string relativePath)
    {
        // FNV-1a: stable across processes and platforms, unlike string.GetHashCode.
        var hash = 2166136261u;
        foreach (var b in Encoding.UTF8.GetBytes(relativePath))
        {
            hash = unchecked((hash ^ b) * 16777619u);
        }

        return (int)(hash % (uint)Count) + 1;
    }
}
