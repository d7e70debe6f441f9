using System.Collections.Immutable;
using System.Text.RegularExpressions;
using A11yArticles.Model;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;

namespace A11yArticles.Components.BlockContent;

/// <summary>
/// Renders a sequence of blocks with plain semantic HTML: paragraphs, headings (levels relative to
/// the headline), stand-alone quotations as <c>figure</c>/<c>blockquote</c>/<c>figcaption</c>, pull
/// quotes (hidden from assistive technology when they repeat the body, a labelled <c>aside</c>
/// when they do not), lists, figures and thematic breaks.
/// </summary>
public sealed partial class BlockContent : ComponentBase
{
    /// <summary>The blocks to render, in reading order.</summary>
    [Parameter, EditorRequired]
    public ImmutableArray<Block> Blocks { get; set; }

    /// <summary>The article being rendered; cascaded by <c>ArticleView</c>.</summary>
    [CascadingParameter]
    public ArticleContext? Context { get; set; }

    /// <inheritdoc />
    protected override void BuildRenderTree(RenderTreeBuilder builder) => Render(builder, Blocks);

    private void Render(RenderTreeBuilder builder, ImmutableArray<Block> blocks)
    {
        if (blocks.IsDefault)
        {
            return;
        }

        foreach (var block in blocks)
        {
            builder.OpenRegion(0);
            RenderOne(builder, block);
            builder.CloseRegion();
        }
    }

    private void RenderOne(RenderTreeBuilder builder, Block block)
    {
        switch (block)
        {
            case ParagraphBlock paragraph:
                builder.OpenElement(0, "p");
                Inlines(builder, paragraph.Inlines);
                builder.CloseElement();
                break;
            case HeadingBlock heading:
                builder.OpenElement(2, $"h{Math.Clamp(heading.Level, 2, 6)}");
                Inlines(builder, heading.Inlines);
                builder.CloseElement();
                break;
            case QuoteBlock quote:
                RenderQuote(builder, quote);
                break;
            case PullQuoteBlock pullQuote:
                RenderPullQuote(builder, pullQuote);
                break;
            case ListBlock list:
                builder.OpenElement(20, list.Ordered ? "ol" : "ul");
                foreach (var item in list.Items)
                {
                    builder.OpenElement(21, "li");
                    if (item.Blocks is [ParagraphBlock only])
                    {
                        // A tight item: its words, without a paragraph around them.
                        Inlines(builder, only.Inlines);
                    }
                    else
                    {
                        Nested(builder, item.Blocks);
                    }

                    builder.CloseElement();
                }

                builder.CloseElement();
                break;
            case FigureBlock figure:
                RenderFigure(builder, figure);
                break;
            case ThematicBreakBlock:
                builder.OpenElement(40, "hr");
                builder.CloseElement();
                break;
            default:
                throw new NotSupportedException($"No rendering for block type {block.GetType().Name}.");
        }
    }

    private void RenderQuote(RenderTreeBuilder builder, QuoteBlock quote)
    {
        var hasCaption = !string.IsNullOrWhiteSpace(quote.Speaker);
        if (hasCaption)
        {
            builder.OpenElement(4, "figure");
            builder.AddAttribute(5, "class", "a11y-quote");
        }

        builder.OpenElement(6, "blockquote");
        if (UrlPolicy.IsSafe(quote.CiteUrl))
        {
            builder.AddAttribute(7, "cite", quote.CiteUrl);
        }

        Nested(builder, quote.Blocks);
        builder.CloseElement();

        if (hasCaption)
        {
            builder.OpenElement(9, "figcaption");
            builder.AddContent(10, $"— {quote.Speaker}");
            builder.CloseElement();
            builder.CloseElement();
        }
    }

    private void RenderPullQuote(RenderTreeBuilder builder, PullQuoteBlock pullQuote)
    {
        if (RepeatsBody(pullQuote))
        {
            // Decoration: the words are read where they stand in the body, so not here again.
            // Rendered as plain text so that nothing focusable hides inside aria-hidden.
            builder.OpenElement(11, "div");
            builder.AddAttribute(12, "class", "a11y-pull-quote");
            builder.AddAttribute(13, "aria-hidden", "true");
            builder.OpenElement(14, "p");
            builder.AddContent(15, pullQuote.PlainText);
            builder.CloseElement();
            builder.CloseElement();
            return;
        }

        builder.OpenElement(16, "aside");
        builder.AddAttribute(17, "class", "a11y-pull-quote");
        builder.AddAttribute(18, "aria-label", "Pull quote");
        builder.OpenElement(19, "p");
        Inlines(builder, pullQuote.Inlines);
        builder.CloseElement();
        builder.CloseElement();
    }

    private void RenderFigure(RenderTreeBuilder builder, FigureBlock figure)
    {
        builder.OpenElement(30, "figure");
        builder.AddAttribute(31, "class", "a11y-figure");
        if (UrlPolicy.IsSafe(figure.Image.Source))
        {
            builder.OpenElement(32, "img");
            builder.AddAttribute(33, "src", figure.Image.Source);
            if (figure.Image.IsDecorative || figure.Image.Alt is not null)
            {
                // A missing alt stays missing (checkers flag it); only the author makes an image decorative.
                builder.AddAttribute(34, "alt", figure.Image.IsDecorative ? "" : figure.Image.Alt);
            }

            builder.AddAttribute(35, "loading", "lazy");
            builder.CloseElement();
        }

        if (!figure.Caption.IsDefaultOrEmpty || figure.Credit is not null)
        {
            builder.OpenElement(36, "figcaption");
            Inlines(builder, figure.Caption);
            if (figure.Credit is not null)
            {
                builder.AddContent(38, figure.Caption.IsDefaultOrEmpty ? "" : " ");
                builder.OpenElement(39, "span");
                builder.AddAttribute(41, "class", "a11y-figure__credit");
                builder.AddContent(42, figure.Credit);
                builder.CloseElement();
            }

            builder.CloseElement();
        }

        builder.CloseElement();
    }

    /// <summary>True when every word of the pull quote appears, in order, in the rest of the body.</summary>
    private bool RepeatsBody(PullQuoteBlock pullQuote)
    {
        if (Context is null)
        {
            return false;
        }

        var pulled = Normalize(pullQuote.PlainText);
        return pulled.Length > 0 && Context.Article.AllBlocks
            .Where(block => block is not PullQuoteBlock)
            .Select(block => Normalize(Inline.PlainTextOf(ModelTraversal.InlinesOf(block))))
            .Any(text => text.Contains(pulled, StringComparison.Ordinal));
    }

    private static string Normalize(string text) => NonWord().Replace(text.ToLowerInvariant(), " ").Trim();

    private static void Inlines(RenderTreeBuilder builder, ImmutableArray<Inline> inlines)
    {
        builder.OpenComponent<InlineContent.InlineContent>(0);
        builder.AddComponentParameter(1, nameof(InlineContent.InlineContent.Inlines), inlines);
        builder.CloseComponent();
    }

    private void Nested(RenderTreeBuilder builder, ImmutableArray<Block> blocks)
    {
        builder.OpenRegion(0);
        Render(builder, blocks);
        builder.CloseRegion();
    }

    [GeneratedRegex(@"[^\p{L}\p{N}]+")]
    private static partial Regex NonWord();
}
