using A11yArticles.Model;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;

namespace A11yArticles.Components;

/// <summary>
/// A quotation within a sentence: <c>&lt;q&gt;</c>. The quotation marks are not in the text; the
/// browser adds those of the language (the stylesheet sets CSS <c>quotes</c> per <c>lang</c>), so
/// they are never doubled and a screen reader reads the words once.
/// </summary>
public partial class InlineQuote
{
    /// <summary>The quotation.</summary>
    [Parameter, EditorRequired]
    public QuotationInline Quotation { get; set; } = default!;

    /// <summary>Writes the <c>&lt;q&gt;</c> of <paramref name="quotation"/> (what this component renders; <see cref="InlineContent"/> calls it directly).</summary>
    /// <param name="builder">The render tree builder.</param>
    /// <param name="quotation">The quotation.</param>
    /// <param name="context">The article around it.</param>
    /// <param name="attributes">Extra attributes, applied last.</param>
    internal static void Render(RenderTreeBuilder builder, QuotationInline quotation, ArticleContext? context, IReadOnlyDictionary<string, object>? attributes)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(quotation);
        builder.OpenRegion(0);
        RenderCore(builder, quotation, context, attributes);
        builder.CloseRegion();
    }

    /// <summary>
    /// <see cref="Render"/> without its own region, for <see cref="InlineContent"/>: sequence
    /// numbers 40 to 43, apart from those of the other inlines around it.
    /// </summary>
    internal static void RenderCore(RenderTreeBuilder builder, QuotationInline quotation, ArticleContext? context, IReadOnlyDictionary<string, object>? attributes)
    {
        builder.OpenElement(40, "q");
        if (UrlPolicy.IsSafe(quotation.CiteUrl))
        {
            builder.AddAttribute(41, "cite", quotation.CiteUrl);
        }

        if (quotation.Speaker is not null)
        {
            builder.AddAttribute(42, "data-speaker", quotation.Speaker);
        }

        builder.AddMultipleAttributes(43, attributes);
        InlineContent.RenderCore(builder, quotation.Inlines, context);
        builder.CloseElement();
    }

    private void RenderSelf(RenderTreeBuilder builder) => Render(builder, Quotation, Context, AdditionalAttributes);
}
