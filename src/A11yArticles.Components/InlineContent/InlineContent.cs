using System.Collections.Immutable;
using A11yArticles.Model;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;

namespace A11yArticles.Components;

/// <summary>
/// Renders a run of inline content: text as encoded text, quotations with
/// <see cref="InlineQuote"/>, words in another language with
/// <see cref="ForeignText"/>, abbreviations with <see cref="Abbreviation"/>
/// (written out on first use), emphasis, links, footnote references (each with its own id, so two
/// references to one note never share one), code and line breaks. Written in C# rather than Razor
/// so that no whitespace is added between runs.
/// <para>
/// A host replaces the markup of an inline type with <see cref="ArticleOptions.InlineComponents"/>:
/// the replacement component receives the inline as its <c>Inline</c> parameter (and the
/// <see cref="ArticleContext"/> by cascade), wherever that inline occurs (paragraphs, headings,
/// captions, quotations, notes).
/// </para>
/// </summary>
public sealed class InlineContent : ComponentBase
{
    /// <summary>The name of the parameter through which every inline component receives its inline.</summary>
    public const string InlineParameterName = "Inline";

    /// <summary>The inlines to render, in reading order.</summary>
    [Parameter, EditorRequired]
    public ImmutableArray<Inline> Inlines { get; set; }

    /// <summary>The article being rendered (for footnote ids and first uses); cascaded by <c>ArticleView</c>.</summary>
    [CascadingParameter]
    public ArticleContext? Context { get; set; }

    /// <inheritdoc />
    protected override void BuildRenderTree(RenderTreeBuilder builder) => Render(builder, Inlines, Context);

    /// <summary>
    /// Writes <paramref name="inlines"/> into <paramref name="builder"/> directly, without a component
    /// per run: what this component, <see cref="Paragraph"/> and the other components with
    /// inline content render. One code path, so a quotation is the same <c>&lt;q&gt;</c> wherever it is.
    /// </summary>
    /// <param name="builder">The render tree builder.</param>
    /// <param name="inlines">The inline content.</param>
    /// <param name="context">The article around it, for footnote ids and first uses; null outside an article.</param>
    internal static void Render(RenderTreeBuilder builder, ImmutableArray<Inline> inlines, ArticleContext? context)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.OpenRegion(0);
        RenderCore(builder, inlines, context);
        builder.CloseRegion();
    }

    /// <summary>A fragment that renders <paramref name="inlines"/> with this component.</summary>
    /// <param name="inlines">The inline content.</param>
    /// <returns>The fragment.</returns>
    public static RenderFragment Fragment(ImmutableArray<Inline> inlines) => builder =>
    {
        builder.OpenComponent<InlineContent>(0);
        builder.AddComponentParameter(1, nameof(Inlines), inlines);
        builder.CloseComponent();
    };

    /// <summary>A fragment that writes <paramref name="inlines"/> directly (see <see cref="Render"/>).</summary>
    /// <param name="inlines">The inline content.</param>
    /// <param name="context">The article around it.</param>
    /// <returns>The fragment.</returns>
    internal static RenderFragment Fragment(ImmutableArray<Inline> inlines, ArticleContext? context) => builder => Render(builder, inlines, context);

    /// <summary>
    /// <see cref="Render"/> without a region of its own, for the components that write inline content
    /// into their own tree (<see cref="Paragraph"/>, <see cref="InlineQuote"/>).
    /// No region per inline either: each kind of inline has its own sequence numbers, and a nested run
    /// sits inside its element, so the tree stays small (a region is one more frame to build, diff and walk).
    /// </summary>
    internal static void RenderCore(RenderTreeBuilder builder, ImmutableArray<Inline> inlines, ArticleContext? context)
    {
        if (inlines.IsDefault)
        {
            return;
        }

        foreach (var inline in inlines)
        {
            RenderOne(builder, inline, context);
        }
    }

    /// <summary>True when the article's inlines may be written by a host's component, which then needs the article cascaded to it.</summary>
    internal static bool CreatesComponents(ArticleContext context) => context.InlineComponents is { Count: > 0 };

    private static void RenderOne(RenderTreeBuilder builder, Inline inline, ArticleContext? context)
    {
        if (context?.InlineComponents is { Count: > 0 } replacements && replacements.TryGetValue(inline.GetType(), out var component))
        {
            builder.OpenComponent(60, component);
            builder.AddComponentParameter(61, InlineParameterName, inline);
            builder.CloseComponent();
            return;
        }

        switch (inline)
        {
            case TextInline text:
                // AddContent encodes: article text is never markup.
                builder.AddContent(1, text.Text);
                break;
            case QuotationInline quotation:
                InlineQuote.RenderCore(builder, quotation, context, null);
                break;
            case EmphasisInline emphasis:
                builder.OpenElement(5, emphasis.Kind == EmphasisKind.Strong ? "strong" : "em");
                RenderCore(builder, emphasis.Inlines, context);
                builder.CloseElement();
                break;
            case LinkInline link when UrlPolicy.IsSafe(link.Url):
                builder.OpenElement(7, "a");

                // "#details" in the source points at a heading whose rendered id carries the prefix.
                builder.AddAttribute(8, "href", context?.InPageHref(link.Url) ?? link.Url);
                if (link.Title is not null)
                {
                    builder.AddAttribute(9, "title", link.Title);
                }

                RenderCore(builder, link.Inlines, context);
                builder.CloseElement();
                break;
            case LinkInline unsafeLink:
                // An address that is not safe to follow: keep the words, drop the link. A region keeps
                // the words' sequence numbers apart from those of their neighbours.
                builder.OpenRegion(10);
                RenderCore(builder, unsafeLink.Inlines, context);
                builder.CloseRegion();
                break;
            case ForeignInline foreign:
                ForeignText.Render(builder, foreign.Language, foreign.Direction, isolate: false, context, null, Fragment(foreign.Inlines, context));
                break;
            case AbbreviationInline abbreviation:
                Abbreviation.Render(builder, abbreviation.Text, abbreviation.Expansion, context?.IsFirstUse(abbreviation) ?? false, null);
                break;
            case FootnoteReferenceInline reference:
                RenderFootnoteReference(builder, reference, context);
                break;
            case CodeInline code:
                builder.OpenElement(20, "code");
                builder.AddContent(21, code.Code);
                builder.CloseElement();
                break;
            case LineBreakInline:
                builder.OpenElement(22, "br");
                builder.CloseElement();
                break;
            default:
                throw new NotSupportedException($"No rendering for inline type {inline.GetType().Name}.");
        }
    }

    private static void RenderFootnoteReference(RenderTreeBuilder builder, FootnoteReferenceInline reference, ArticleContext? context)
    {
        var number = context?.FootnoteNumber(reference.Label);
        if (context is null || number is null)
        {
            // A reference to a note that does not exist: show the label, link nowhere.
            builder.AddContent(30, $"[{reference.Label}]");
            return;
        }

        builder.OpenElement(31, "sup");
        builder.AddAttribute(32, "class", "a11y-footnote-ref");
        builder.OpenElement(33, "a");
        builder.AddAttribute(34, "href", context.FragmentHref(context.FootnoteId(reference.Label)));
        builder.AddAttribute(35, "id", context.FootnoteReferenceId(reference.Label, context.FootnoteOccurrence(reference)));
        builder.AddAttribute(36, "aria-label", ArticleStrings.Format(context.Strings.FootnoteReference, number));
        builder.AddContent(37, $"[{number}]");
        builder.CloseElement();
        builder.CloseElement();
    }
}
