using System.Collections.Frozen;
using System.Collections.Immutable;
using A11yArticles.Model;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;

namespace A11yArticles.Components;

/// <summary>
/// Renders a sequence of blocks, each with its component: <see cref="Paragraph"/>,
/// <see cref="Heading"/>, <see cref="BlockQuote"/>, <see cref="PullQuote"/>,
/// <see cref="ItemList"/>, <see cref="Figure"/>, <see cref="DataTable"/>, and <c>&lt;hr&gt;</c> for a thematic
/// break. A host replaces the component for a block type with <see cref="ArticleOptions.BlockComponents"/>
/// (or this component's own <see cref="BlockComponents"/>): the replacement receives the block as its
/// <c>Block</c> parameter. No wrapper element, unless <see cref="ArticlePartBase.AdditionalAttributes"/>
/// are given (then a <c>div</c> carries them).
/// </summary>
public sealed class ArticleBody : ArticlePartBase
{
    /// <summary>The built-in component for each block type.</summary>
    public static IReadOnlyDictionary<Type, Type> DefaultBlockComponents { get; } = new Dictionary<Type, Type>
    {
        [typeof(ParagraphBlock)] = typeof(Paragraph),
        [typeof(HeadingBlock)] = typeof(Heading),
        [typeof(QuoteBlock)] = typeof(BlockQuote),
        [typeof(PullQuoteBlock)] = typeof(PullQuote),
        [typeof(ListBlock)] = typeof(ItemList),
        [typeof(FigureBlock)] = typeof(Figure),
        [typeof(EmbedBlock)] = typeof(Embed),
        [typeof(MediaBlock)] = typeof(MediaPlayer),
        [typeof(TableBlock)] = typeof(DataTable),
    }.ToFrozenDictionary();

    /// <summary>The name of the parameter through which every block component receives its block.</summary>
    public const string BlockParameterName = "Block";

    /// <summary>The blocks to render, in reading order.</summary>
    [Parameter, EditorRequired]
    public ImmutableArray<Block> Blocks { get; set; }

    /// <summary>Components that replace the built-in one for a block type; they win over the article's.</summary>
    [Parameter]
    public IReadOnlyDictionary<Type, Type>? BlockComponents { get; set; }

    /// <summary>The component that renders <paramref name="blockType"/> here: this body's override, the article's, or the built-in one.</summary>
    /// <param name="blockType">The block's runtime type.</param>
    /// <returns>The component type, or null for a block with built-in markup (a thematic break) or none.</returns>
    public Type? ComponentFor(Type blockType) => ComponentFor(blockType, BlockComponents, Context);

    /// <inheritdoc />
    protected override void BuildRenderTree(RenderTreeBuilder builder)
    {
        if (Blocks.IsDefault)
        {
            return;
        }

        var wrap = AdditionalAttributes is { Count: > 0 };
        if (wrap)
        {
            builder.OpenElement(0, "div");
            builder.AddMultipleAttributes(1, AdditionalAttributes);
        }

        RenderBlocks(builder, Blocks, BlockComponents, Context);
        if (wrap)
        {
            builder.CloseElement();
        }
    }

    /// <summary>
    /// Writes <paramref name="blocks"/> as this component does (what it renders inside its optional
    /// wrapper), so that <see cref="ArticleView"/> writes its body without a component of
    /// its own. Sequence numbers 2 to 4, in a region.
    /// </summary>
    /// <param name="builder">The render tree builder.</param>
    /// <param name="blocks">The blocks, not default.</param>
    /// <param name="overrides">The body's own block components, or null.</param>
    /// <param name="context">The article around the blocks, or null.</param>
    internal static void RenderBlocks(RenderTreeBuilder builder, ImmutableArray<Block> blocks, IReadOnlyDictionary<Type, Type>? overrides, ArticleContext? context)
    {
        builder.OpenRegion(2);

        // One look-up for the common case: a paragraph written by the built-in Paragraph, directly
        // (no component per paragraph). A host that replaced Paragraph still gets its component.
        var builtInParagraph = ComponentFor(typeof(ParagraphBlock), overrides, context) == typeof(Paragraph);
        foreach (var block in blocks)
        {
            if (builtInParagraph && block is ParagraphBlock paragraph)
            {
                Paragraph.RenderCore(builder, paragraph, context, null);
                continue;
            }

            var component = ComponentFor(block.GetType(), overrides, context);
            if (component == typeof(Paragraph) && block is ParagraphBlock other)
            {
                // A subclass of ParagraphBlock that maps to the built-in paragraph.
                Paragraph.RenderCore(builder, other, context, null);
            }
            else if (component is not null)
            {
                builder.OpenComponent(2, component);
                builder.AddComponentParameter(3, BlockParameterName, block);
                builder.CloseComponent();
            }
            else if (block is ThematicBreakBlock)
            {
                builder.OpenElement(4, "hr");
                builder.CloseElement();
            }
            else
            {
                throw new NotSupportedException($"No component renders block type {block.GetType().Name}; add one to BlockComponents.");
            }
        }

        builder.CloseRegion();
    }

    /// <summary>
    /// True when writing <paramref name="blocks"/> creates a component (any block but a paragraph
    /// written by the built-in <see cref="Paragraph"/> or a thematic break): that component
    /// then needs the article cascaded to it.
    /// </summary>
    internal static bool CreatesComponents(ImmutableArray<Block> blocks, IReadOnlyDictionary<Type, Type>? overrides, ArticleContext? context)
    {
        if (blocks.IsDefault)
        {
            return false;
        }

        var builtInParagraph = ComponentFor(typeof(ParagraphBlock), overrides, context) == typeof(Paragraph);
        foreach (var block in blocks)
        {
            if (builtInParagraph && block is ParagraphBlock)
            {
                continue;
            }

            var component = ComponentFor(block.GetType(), overrides, context);
            if (component is not null && !(component == typeof(Paragraph) && block is ParagraphBlock))
            {
                return true;
            }
        }

        return false;
    }

    private static Type? ComponentFor(Type blockType, IReadOnlyDictionary<Type, Type>? overrides, ArticleContext? context) =>
        overrides?.GetValueOrDefault(blockType)
        ?? context?.BlockComponents?.GetValueOrDefault(blockType)
        ?? DefaultBlockComponents.GetValueOrDefault(blockType);

    /// <summary>A fragment that renders <paramref name="blocks"/> with this component (for nested blocks).</summary>
    /// <param name="blocks">The blocks.</param>
    /// <returns>The fragment.</returns>
    public static RenderFragment Fragment(ImmutableArray<Block> blocks) => builder =>
    {
        builder.OpenComponent<ArticleBody>(0);
        builder.AddComponentParameter(1, nameof(Blocks), blocks);
        builder.CloseComponent();
    };
}
