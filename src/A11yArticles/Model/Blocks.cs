using System.Collections.Immutable;

namespace A11yArticles.Model;

/// <summary>A block of an article's body: a paragraph, and in time headings, block quotes, figures and lists.</summary>
public abstract record Block;

/// <summary>A paragraph: a run of inline content.</summary>
/// <param name="Inlines">The paragraph's text and quotations, in reading order.</param>
public sealed record ParagraphBlock(ImmutableArray<Inline> Inlines) : Block
{
    /// <summary>The paragraph's text as a reader sees it, without the quotation marks that rendering adds.</summary>
    public string PlainText => Inline.PlainTextOf(Inlines);
}
