using System.Collections.Immutable;
using A11yArticles.Model;
using A11yArticles.TestSupport;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.RenderTree;
using Microsoft.AspNetCore.Components.Rendering;

// The render tree types are Blazor's internals by design (BL0006): reading them is what this test is for.
#pragma warning disable BL0006

namespace A11yArticles.Components.Tests.Rendering;

/// <summary>
/// Guards the one numbering scheme of the internal writers (docs/architecture.md, "Sequence
/// numbers"). Blazor's diff matches a new render tree with the old one by sequence number: two frames
/// among the same siblings that share a number must come from the same place in the code, so they
/// must be the same kind of frame. (One place may write different element names, attribute names or
/// component types, as <c>em</c>/<c>strong</c>, splatted attributes and a host's replacement
/// components do; Blazor then replaces the frame, which is right.) Writers that write into another
/// writer's tree without a region of their own take numbers from disjoint ranges; a range that
/// overlaps another shows up here as siblings with one number and two kinds, for example an
/// element and a component.
/// </summary>
public sealed class SequenceNumberTests
{
    public static TheoryData<string> Articles => [.. SeedPages.Names, "rich", "every inline, host components"];

    [Theory]
    [MemberData(nameof(Articles))]
    public void Siblings_that_share_a_sequence_number_have_the_same_shape(string name)
    {
        var (article, options) = name switch
        {
            "rich" => (RichArticle.Create(), ArticleOptions.Default),
            "every inline, host components" => (EveryInline(), new ArticleOptions
            {
                InlineComponents = new Dictionary<Type, Type> { [typeof(CodeInline)] = typeof(HostCode) },
            }),
            _ => (SeedPages.Article(name), ArticleOptions.Default),
        };
        var writer = new ArticleWriter { Context = new ArticleContext(article, options) };
        var problems = new List<string>();

        Check(writer.Render, "article", problems, 0);

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    private static Article EveryInline()
    {
        ImmutableArray<Inline> all =
        [
            new TextInline("Text, "),
            new QuotationInline([new TextInline("quoted")]) { Speaker = "Ana" },
            new CodeInline("code"),
            new EmphasisInline(EmphasisKind.Emphasis, [new TextInline("stress")]),
            new LinkInline("https://example.org", [new TextInline("link")]),
            new LinkInline("javascript:alert(1)", [new TextInline("unsafe")]),
            new ForeignInline("de", [new TextInline("Wort")]),
            new AbbreviationInline("RDA", "Regional Development Agency"),
            new FootnoteReferenceInline("1"),
            new FootnoteReferenceInline("missing"),
            new LineBreakInline(),
            new CodeInline("more code"),
            new QuotationInline([new TextInline("again")]),
        ];
        return new Article("Every inline", [new ParagraphBlock(all), new HeadingBlock(2, all), new ParagraphBlock(all)])
        {
            Footnotes = [new Footnote("1", [new ParagraphBlock(all)])],
        };
    }

    private static void Check(RenderFragment fragment, string where, List<string> problems, int depth)
    {
        if (depth > 20)
        {
            return;
        }

        var builder = new RenderTreeBuilder();
        fragment(builder);
        var frames = builder.GetFrames();
        CheckSiblings(frames.Array, 0, frames.Count, where, problems, depth);
    }

    private static void CheckSiblings(RenderTreeFrame[] frames, int start, int end, string where, List<string> problems, int depth)
    {
        var shapes = new Dictionary<int, (string Shape, string Description)>();
        for (var i = start; i < end; i += LengthOf(frames[i]))
        {
            var frame = frames[i];
            var shape = ShapeOf(frame);
            if (shapes.TryGetValue(frame.Sequence, out var other) && other.Shape != shape)
            {
                problems.Add($"in {where}: sequence number {frame.Sequence} is both {other.Description} and {Describe(frame)}");
            }

            shapes.TryAdd(frame.Sequence, (shape, Describe(frame)));
            if (frame.FrameType is RenderTreeFrameType.Element or RenderTreeFrameType.Component or RenderTreeFrameType.Region)
            {
                CheckSiblings(frames, i + 1, i + LengthOf(frame), $"{where} > {Describe(frame)}", problems, depth);
            }

            if (frame.FrameType == RenderTreeFrameType.Attribute && frame.AttributeValue is RenderFragment child)
            {
                Check(child, $"{where} > {Describe(frame)}", problems, depth + 1);
            }
        }
    }

    private static int LengthOf(RenderTreeFrame frame) => frame.FrameType switch
    {
        RenderTreeFrameType.Element => frame.ElementSubtreeLength,
        RenderTreeFrameType.Component => frame.ComponentSubtreeLength,
        RenderTreeFrameType.Region => frame.RegionSubtreeLength,
        _ => 1,
    };

    private static string ShapeOf(RenderTreeFrame frame) => frame.FrameType.ToString().ToLowerInvariant();

    private static string Describe(RenderTreeFrame frame) => frame.FrameType switch
    {
        RenderTreeFrameType.Element => $"<{frame.ElementName}>",
        RenderTreeFrameType.Attribute => $"@{frame.AttributeName}",
        RenderTreeFrameType.Component => $"component {frame.ComponentType.Name}",
        _ => frame.FrameType.ToString().ToLowerInvariant(),
    };

    private sealed class HostCode : ComponentBase
    {
        [Parameter]
        public CodeInline Inline { get; set; } = default!;

        protected override void BuildRenderTree(RenderTreeBuilder builder) => builder.AddContent(0, Inline.Code);
    }
}
