using System.Collections.Immutable;

namespace A11yArticles.Model;

/// <summary>
/// An article as its readers meet it: a headline, where it was filed, the language it is
/// written in, and its body. Immutable; it knows nothing about how it is rendered.
/// </summary>
/// <param name="Headline">The article's headline: its one top-level heading.</param>
/// <param name="Blocks">The body, in reading order.</param>
public sealed record Article(string Headline, ImmutableArray<Block> Blocks)
{
    /// <summary>Where the story was filed (for example <c>Mexico City, Mexico</c>), if the source says.</summary>
    public string? Dateline { get; init; }

    /// <summary>The BCP 47 language tag of the article's text. Defaults to <c>en</c>.</summary>
    public string Language { get; init; } = "en";

    /// <summary>The direction of the article's script. Defaults to left-to-right.</summary>
    public TextDirection Direction { get; init; } = TextDirection.LeftToRight;

    /// <summary>The name of the source the article was imported from (a file path), for messages.</summary>
    public string? SourceName { get; init; }

    /// <summary>Every quotation in the body, in reading order, nested ones after the one that holds them.</summary>
    public IEnumerable<QuotationInline> Quotations =>
        Blocks.OfType<ParagraphBlock>().SelectMany(paragraph => QuotationsIn(paragraph.Inlines));

    private static IEnumerable<QuotationInline> QuotationsIn(ImmutableArray<Inline> inlines)
    {
        foreach (var quotation in inlines.OfType<QuotationInline>())
        {
            yield return quotation;
            foreach (var nested in QuotationsIn(quotation.Inlines))
            {
                yield return nested;
            }
        }
    }
}

/// <summary>The direction in which a script is written.</summary>
public enum TextDirection
{
    /// <summary>Left to right (Latin, Cyrillic, Greek, CJK, ...): HTML <c>dir="ltr"</c>.</summary>
    LeftToRight,

    /// <summary>Right to left (Arabic, Hebrew, ...): HTML <c>dir="rtl"</c>.</summary>
    RightToLeft,
}
