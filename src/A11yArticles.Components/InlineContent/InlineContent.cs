using System.Collections.Immutable;
using A11yArticles.Model;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;

namespace A11yArticles.Components.InlineContent;

/// <summary>
/// Renders a run of inline content: text as encoded text, quotations as <c>&lt;q&gt;</c> (nested
/// ones nested), emphasis, links, words in another language, abbreviations, footnote references,
/// code and line breaks. Written in C# rather than Razor so that no whitespace is added between runs.
/// </summary>
public sealed class InlineContent : ComponentBase
{
    /// <summary>The inlines to render, in reading order.</summary>
    [Parameter, EditorRequired]
    public ImmutableArray<Inline> Inlines { get; set; }

    /// <summary>The article being rendered (for footnote ids); cascaded by <c>ArticleView</c>.</summary>
    [CascadingParameter]
    public ArticleContext? Context { get; set; }

    /// <inheritdoc />
    protected override void BuildRenderTree(RenderTreeBuilder builder) => Render(builder, Inlines);

    private void Render(RenderTreeBuilder builder, ImmutableArray<Inline> inlines)
    {
        if (inlines.IsDefault)
        {
            return;
        }

        foreach (var inline in inlines)
        {
            // Regions give each kind of inline its own sequence numbers, so recursion is safe.
            builder.OpenRegion(0);
            RenderOne(builder, inline);
            builder.CloseRegion();
        }
    }

    private void RenderOne(RenderTreeBuilder builder, Inline inline)
    {
        switch (inline)
        {
            case TextInline text:
                // AddContent encodes: article text is never markup.
                builder.AddContent(0, text.Text);
                break;
            case QuotationInline quotation:
                builder.OpenElement(1, "q");
                if (UrlPolicy.IsSafe(quotation.CiteUrl))
                {
                    builder.AddAttribute(2, "cite", quotation.CiteUrl);
                }

                if (quotation.Speaker is not null)
                {
                    builder.AddAttribute(3, "data-speaker", quotation.Speaker);
                }

                Nested(builder, quotation.Inlines);
                builder.CloseElement();
                break;
            case EmphasisInline emphasis:
                builder.OpenElement(5, emphasis.Kind == EmphasisKind.Strong ? "strong" : "em");
                Nested(builder, emphasis.Inlines);
                builder.CloseElement();
                break;
            case LinkInline link when UrlPolicy.IsSafe(link.Url):
                builder.OpenElement(7, "a");
                builder.AddAttribute(8, "href", link.Url);
                if (link.Title is not null)
                {
                    builder.AddAttribute(9, "title", link.Title);
                }

                Nested(builder, link.Inlines);
                builder.CloseElement();
                break;
            case LinkInline unsafeLink:
                // An address that is not safe to follow: keep the words, drop the link.
                Nested(builder, unsafeLink.Inlines);
                break;
            case ForeignInline foreign:
                builder.OpenElement(12, "span");
                builder.AddAttribute(13, "lang", foreign.Language);
                if (foreign.Direction is { } direction)
                {
                    builder.AddAttribute(14, "dir", direction == TextDirection.RightToLeft ? "rtl" : "ltr");
                }

                Nested(builder, foreign.Inlines);
                builder.CloseElement();
                break;
            case AbbreviationInline abbreviation:
                builder.OpenElement(16, "abbr");
                builder.AddAttribute(17, "title", abbreviation.Expansion);
                builder.AddContent(18, abbreviation.Text);
                builder.CloseElement();
                break;
            case FootnoteReferenceInline reference:
                RenderFootnoteReference(builder, reference);
                break;
            case CodeInline code:
                builder.OpenElement(19, "code");
                builder.AddContent(20, code.Code);
                builder.CloseElement();
                break;
            case LineBreakInline:
                builder.OpenElement(21, "br");
                builder.CloseElement();
                break;
            default:
                throw new NotSupportedException($"No rendering for inline type {inline.GetType().Name}.");
        }
    }

    private void Nested(RenderTreeBuilder builder, ImmutableArray<Inline> inlines)
    {
        builder.OpenRegion(0);
        Render(builder, inlines);
        builder.CloseRegion();
    }

    private void RenderFootnoteReference(RenderTreeBuilder builder, FootnoteReferenceInline reference)
    {
        var number = Context?.FootnoteNumber(reference.Label);
        if (Context is null || number is null)
        {
            // A reference to a note that does not exist: show the label, link nowhere.
            builder.AddContent(30, $"[{reference.Label}]");
            return;
        }

        builder.OpenElement(31, "sup");
        builder.AddAttribute(32, "class", "a11y-footnote-ref");
        builder.OpenElement(33, "a");
        builder.AddAttribute(34, "href", "#" + Context.FootnoteId(reference.Label));
        builder.AddAttribute(35, "id", Context.FootnoteReferenceId(reference.Label));
        builder.AddContent(36, $"[{number}]");
        builder.CloseElement();
        builder.CloseElement();
    }
}
