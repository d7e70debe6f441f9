using System.Collections.Immutable;
using A11yArticles.Model;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;

namespace A11yArticles.Components.InlineContent;

/// <summary>
/// Renders a run of inline content: text as encoded text, quotations as <c>&lt;q&gt;</c> (nested
/// ones nested). Written in C# rather than Razor so that no whitespace is added between runs.
/// </summary>
public sealed class InlineContent : ComponentBase
{
    /// <summary>The inlines to render, in reading order.</summary>
    [Parameter, EditorRequired]
    public ImmutableArray<Inline> Inlines { get; set; }

    /// <inheritdoc />
    protected override void BuildRenderTree(RenderTreeBuilder builder) => Render(builder, Inlines);

    private static void Render(RenderTreeBuilder builder, ImmutableArray<Inline> inlines)
    {
        if (inlines.IsDefault)
        {
            return;
        }

        foreach (var inline in inlines)
        {
            switch (inline)
            {
                case TextInline text:
                    // AddContent encodes: article text is never markup.
                    builder.AddContent(0, text.Text);
                    break;
                case QuotationInline quotation:
                    builder.OpenElement(1, "q");
                    if (quotation.Speaker is not null)
                    {
                        builder.AddAttribute(2, "data-speaker", quotation.Speaker);
                    }

                    builder.OpenRegion(3);
                    Render(builder, quotation.Inlines);
                    builder.CloseRegion();
                    builder.CloseElement();
                    break;
                default:
                    throw new NotSupportedException($"No rendering for inline type {inline.GetType().Name}.");
            }
        }
    }
}
