using System.Collections.Immutable;
using System.Reflection;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using A11yArticles.Model;
using A11yArticles.TestSupport;

namespace A11yArticles.Tests.Model;

/// <summary>
/// An article travels as JSON (server to WebAssembly client, prerendering to interactive): every
/// block and inline survives with its kind, and the JSON says clearly what it cannot read.
/// </summary>
public sealed class ArticleJsonTests
{
    [Fact]
    public void The_rich_article_survives_a_round_trip_unchanged()
    {
        var article = RichArticle.Create() with { Direction = TextDirection.RightToLeft, Language = "ar" };

        var json = ArticleJson.Serialize(article);
        var back = ArticleJson.Deserialize(json);

        Assert.Equal(json, ArticleJson.Serialize(back));
        Assert.Equal(article.Headline, back.Headline);
        Assert.Equal(article.AllBlocks.Select(block => block.GetType()), back.AllBlocks.Select(block => block.GetType()));
        Assert.Equal(article.Quotations.Select(q => (q.PlainText, q.Speaker)), back.Quotations.Select(q => (q.PlainText, q.Speaker)));
        Assert.Equal(article.Published, back.Published);
        Assert.Equal(TextDirection.RightToLeft, back.Direction);
    }

    [Fact]
    public void Every_inline_kind_survives_with_its_details()
    {
        ImmutableArray<Inline> inlines =
        [
            new TextInline("<b>text</b> & more"),
            new QuotationInline([new TextInline("said")]) { Speaker = "Ana", CiteUrl = "https://example.org/q" },
            new EmphasisInline(EmphasisKind.Strong, [new TextInline("strong")]),
            new LinkInline("https://example.org", [new TextInline("link")]) { Title = "A title" },
            new ForeignInline("ar", [new TextInline("جسر")]) { Direction = TextDirection.RightToLeft },
            new AbbreviationInline("RDA", "Regional Development Agency"),
            new FootnoteReferenceInline("1"),
            new CodeInline("x < y"),
            new LineBreakInline(),
        ];
        var article = new Article("Inlines", [new ParagraphBlock(inlines)]);

        var back = (ParagraphBlock)ArticleJson.Deserialize(ArticleJson.Serialize(article)).Blocks.Single();

        Assert.Equal(inlines.Select(inline => inline.GetType()), back.Inlines.Select(inline => inline.GetType()));
        Assert.Equal("<b>text</b> & more", ((TextInline)back.Inlines[0]).Text);
        Assert.Equal("Ana", ((QuotationInline)back.Inlines[1]).Speaker);
        Assert.Equal(EmphasisKind.Strong, ((EmphasisInline)back.Inlines[2]).Kind);
        Assert.Equal("A title", ((LinkInline)back.Inlines[3]).Title);
        Assert.Equal(TextDirection.RightToLeft, ((ForeignInline)back.Inlines[4]).Direction);
        Assert.Equal("Regional Development Agency", ((AbbreviationInline)back.Inlines[5]).Expansion);
    }

    [Fact]
    public void Blocks_and_inlines_carry_a_readable_kind_and_computed_text_is_not_written()
    {
        var json = ArticleJson.Serialize(RichArticle.Create());

        Assert.Contains("\"$type\":\"paragraph\"", json, StringComparison.Ordinal);
        Assert.Contains("\"$type\":\"quotation\"", json, StringComparison.Ordinal);
        Assert.Contains("\"headline\":", json, StringComparison.Ordinal);
        Assert.DoesNotContain("\"plainText\"", json, StringComparison.Ordinal);
        Assert.DoesNotContain("\"allBlocks\"", json, StringComparison.Ordinal);
        Assert.DoesNotContain("\"quotations\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_block_and_inline_type_of_the_model_has_a_json_kind()
    {
        var model = typeof(Article).Assembly;
        foreach (var baseType in new[] { typeof(Block), typeof(Inline) })
        {
            var declared = baseType.GetCustomAttributes<JsonDerivedTypeAttribute>().Select(attribute => attribute.DerivedType).ToHashSet();
            var concrete = model.GetTypes().Where(type => type.IsSubclassOf(baseType) && !type.IsAbstract);
            Assert.All(concrete, type => Assert.True(declared.Contains(type), $"{type.Name} has no [JsonDerivedType] on {baseType.Name}: it cannot travel as JSON."));
        }
    }

    [Fact]
    public async Task An_article_is_read_from_a_stream_without_blocking()
    {
        var json = Encoding.UTF8.GetBytes(ArticleJson.Serialize(RichArticle.Create()));
        await using var stream = new NoSynchronousReads(json);

        var article = await ArticleJson.DeserializeAsync(stream);

        Assert.Equal(RichArticle.Create().Headline, article.Headline);
    }

    [Theory]
    [InlineData("null", "'null', not an article")]
    [InlineData("""{"headline":"H","blocks":[{"$type":"video"}]}""", "$.blocks[0]")]
    [InlineData("""{"headline":"H","blocks":[{"inlines":[]}]}""", "$.blocks[0]")]
    public void Json_that_is_not_an_article_says_where(string json, string expected)
    {
        var error = Assert.Throws<JsonException>(() => ArticleJson.Deserialize(json));
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    /// <summary>A stream that throws on synchronous reads, as a browser's HTTP response does in WebAssembly.</summary>
    private sealed class NoSynchronousReads(byte[] bytes) : Stream
    {
        private int _position;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException("synchronous reads are not supported");

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
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
