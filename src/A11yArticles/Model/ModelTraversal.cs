using System.Collections.Immutable;

namespace A11yArticles.Model;

/// <summary>Walks the article model: the blocks inside blocks and the inlines inside inlines.</summary>
public static class ModelTraversal
{
    /// <summary>The blocks and every block nested in them, depth first, each before its children.</summary>
    /// <param name="blocks">The blocks to walk.</param>
    /// <returns>The blocks in document order.</returns>
    public static IEnumerable<Block> Descendants(ImmutableArray<Block> blocks)
    {
        foreach (var block in blocks)
        {
            yield return block;
            foreach (var child in Descendants(ChildBlocksOf(block)))
            {
                yield return child;
            }
        }
    }

    /// <summary>The blocks directly inside <paramref name="block"/> (a quote's paragraphs, a list's items' blocks, a table's cells' blocks).</summary>
    /// <param name="block">The block.</param>
    /// <returns>The child blocks, or none.</returns>
    public static ImmutableArray<Block> ChildBlocksOf(Block block) => block switch
    {
        QuoteBlock quote => quote.Blocks,
        MediaBlock media => media.Transcript,
        FigureBlock figure => figure.LongDescription,
        ListBlock list => [.. list.Items.SelectMany(item => item.Blocks)],
        TableBlock table => [.. table.Rows.SelectMany(row => row.Cells.IsDefault ? [] : row.Cells).SelectMany(cell => cell.Blocks.IsDefault ? [] : cell.Blocks)],
        _ => [],
    };

    /// <summary>
    /// The addresses of the files <paramref name="block"/> itself shows or plays (not those of its
    /// child blocks): a figure's image, a media file with its poster and text tracks, an embed's frame.
    /// A page renderer that publishes articles with their files (the CLI's <c>render</c>) copies those
    /// that are local.
    /// </summary>
    /// <param name="block">The block.</param>
    /// <returns>The addresses as the article gives them, or none.</returns>
    public static IEnumerable<string> ResourcesOf(Block block) => block switch
    {
        FigureBlock figure => [figure.Image.Source],
        MediaBlock media => [media.Source, .. media.Poster is { } poster ? [poster] : Array.Empty<string>(), .. media.Tracks.Select(track => track.Source)],
        EmbedBlock embed => [embed.Source],
        _ => [],
    };

    /// <summary>
    /// The inline content directly inside <paramref name="block"/> (not inside its child blocks). For a
    /// table: its caption and every cell, in reading order, with a space between them.
    /// </summary>
    /// <param name="block">The block.</param>
    /// <returns>The inlines, or none.</returns>
    public static ImmutableArray<Inline> InlinesOf(Block block) => block switch
    {
        ParagraphBlock paragraph => paragraph.Inlines,
        HeadingBlock heading => heading.Inlines,
        PullQuoteBlock pullQuote => pullQuote.Inlines,
        FigureBlock figure => figure.Caption,
        TableBlock table => TableInlines(table),
        _ => [],
    };

    /// <summary>A space between a table's caption and cells, so that the words of two cells never run together.</summary>
    private static readonly TextInline CellSeparator = new(" ");

    /// <summary>A table's caption and cells, in reading order, separated by spaces.</summary>
    private static ImmutableArray<Inline> TableInlines(TableBlock table)
    {
        var inlines = ImmutableArray.CreateBuilder<Inline>();
        void Add(ImmutableArray<Inline> run)
        {
            if (run.IsDefaultOrEmpty || run.All(inline => inline is TextInline { Text.Length: 0 }))
            {
                return;
            }

            if (inlines.Count > 0)
            {
                inlines.Add(CellSeparator);
            }

            inlines.AddRange(run);
        }

        Add(table.Caption);
        foreach (var row in table.Rows)
        {
            if (!row.Cells.IsDefault)
            {
                foreach (var cell in row.Cells)
                {
                    Add(cell.Inlines);
                }
            }
        }

        return inlines.ToImmutable();
    }

    /// <summary>The inlines directly inside <paramref name="inline"/>.</summary>
    /// <param name="inline">The inline.</param>
    /// <returns>The child inlines, or none.</returns>
    public static ImmutableArray<Inline> ChildInlinesOf(Inline inline) => inline switch
    {
        QuotationInline quotation => quotation.Inlines,
        EmphasisInline emphasis => emphasis.Inlines,
        LinkInline link => link.Inlines,
        ForeignInline foreign => foreign.Inlines,
        _ => [],
    };

    /// <summary><paramref name="inline"/> and every inline nested in it, depth first, each before its children.</summary>
    /// <param name="inline">The inline.</param>
    /// <returns>The inlines in document order.</returns>
    public static IEnumerable<Inline> DescendantsAndSelf(Inline inline)
    {
        yield return inline;
        foreach (var child in ChildInlinesOf(inline).SelectMany(DescendantsAndSelf))
        {
            yield return child;
        }
    }
}
