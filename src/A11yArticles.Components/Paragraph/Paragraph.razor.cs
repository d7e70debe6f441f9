using A11yArticles.Model;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;

namespace A11yArticles.Components;

/// <summary>A paragraph of the article: <c>&lt;p&gt;</c> with its inline content.</summary>
public partial class Paragraph
{
    /// <summary>The paragraph.</summary>
    [Parameter, EditorRequired]
    public ParagraphBlock Block { get; set; } = default!;

    /// <summary>
    /// Writes the paragraph (what this component renders). <see cref="ArticleBody"/> calls
    /// it directly unless a host replaced the paragraph component: a long article then costs no
    /// component per paragraph.
    /// </summary>
    /// <param name="builder">The render tree builder.</param>
    /// <param name="block">The paragraph.</param>
    /// <param name="context">The article around it.</param>
    /// <param name="attributes">Extra attributes, applied last.</param>
    internal static void Render(RenderTreeBuilder builder, ParagraphBlock block, ArticleContext? context, IReadOnlyDictionary<string, object>? attributes)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(block);
        builder.OpenRegion(0);
        RenderCore(builder, block, context, attributes);
        builder.CloseRegion();
    }

    /// <summary><see cref="Render"/> without its own region, for <see cref="ArticleBody"/> (sequence numbers 50 and 51).</summary>
    internal static void RenderCore(RenderTreeBuilder builder, ParagraphBlock block, ArticleContext? context, IReadOnlyDictionary<string, object>? attributes)
    {
        builder.OpenElement(50, "p");
        builder.AddMultipleAttributes(51, attributes);
        InlineContent.RenderCore(builder, block.Inlines, context);
        builder.CloseElement();
    }

    private void RenderSelf(RenderTreeBuilder builder) => Render(builder, Block, Context, AdditionalAttributes);
}
