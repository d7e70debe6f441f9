using System.Text;
using A11yArticles.Importers;
using A11yArticles.Model;
using A11yArticles.TestSupport;

namespace A11yArticles.Importers.Tests;

/// <summary>
/// The asynchronous entry points read without ever blocking (a browser's HTTP response in
/// WebAssembly refuses synchronous reads) and give the same article as the synchronous ones; every
/// seed article survives JSON, the way it reaches a WebAssembly client.
/// </summary>
public sealed class AsyncImportTests
{
    public static TheoryData<string> SeedFiles => [.. Seeds.All.Select(path => Path.GetFileName(path))];

    [Theory]
    [MemberData(nameof(SeedFiles))]
    public async Task A_seed_imports_the_same_from_a_file_a_stream_and_text(string fileName)
    {
        var path = Seeds.PathOf(fileName);
        var format = ArticleImporter.FormatOf(path)!.Value;
        var expected = ArticleJson.Serialize(ArticleImporter.Import(path).Article);

        var fromFile = await ArticleImporter.ImportAsync(path);
        await using var stream = new AsyncOnlyStream(await File.ReadAllBytesAsync(path));
        var fromStream = await ArticleImporter.ImportAsync(stream, path, format);
        var fromText = ArticleImporter.ImportText(await File.ReadAllTextAsync(path), path, format);

        Assert.Equal(expected, ArticleJson.Serialize(fromFile.Article));
        Assert.Equal(expected, ArticleJson.Serialize(fromStream.Article));
        Assert.Equal(expected, ArticleJson.Serialize(fromText.Article));
    }

    [Theory]
    [MemberData(nameof(SeedFiles))]
    public void A_seed_article_survives_json(string fileName)
    {
        var article = ArticleImporter.ImportFile(Seeds.PathOf(fileName));

        var json = ArticleJson.Serialize(article);

        Assert.Equal(json, ArticleJson.Serialize(ArticleJson.Deserialize(json)));
    }

    [Fact]
    public async Task A_missing_file_is_named_and_a_relative_path_says_where_it_was_looked_for()
    {
        var error = await Assert.ThrowsAsync<ArticleImportException>(() => ArticleImporter.ImportAsync("no-such-folder/story.md"));

        Assert.Contains("no-such-folder/story.md: file not found", error.Message, StringComparison.Ordinal);
        Assert.Contains(Environment.CurrentDirectory, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_stream_over_the_limit_is_refused_while_reading()
    {
        await using var stream = new AsyncOnlyStream(new byte[ArticleImporter.MaxSourceBytes + 1]);

        var error = await Assert.ThrowsAsync<ArticleImportException>(() => ArticleImporter.ImportAsync(stream, "huge.md", ArticleFormat.Markdown));

        Assert.Contains("huge.md: is too large", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cancellation_stops_the_read()
    {
        await using var stream = new AsyncOnlyStream(Encoding.UTF8.GetBytes("# Headline\n\nText."));
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => ArticleImporter.ImportAsync(stream, "story.md", ArticleFormat.Markdown, cancelled.Token));
    }

    /// <summary>A stream that throws on synchronous reads, as a browser's HTTP response does in WebAssembly.</summary>
    private sealed class AsyncOnlyStream(byte[] bytes) : Stream
    {
        private int _position;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException("net_http_synchronous_reads_not_supported");

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var count = Math.Min(buffer.Length, bytes.Length - _position);
            bytes.AsMemory(_position, count).CopyTo(buffer);
            _position += count;
            return ValueTask.FromResult(count);
        }

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
