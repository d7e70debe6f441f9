using System.Collections.Immutable;
using System.Text;

namespace A11yArticles.Model;

/// <summary>A piece of inline content: text, or a quotation holding more inline content.</summary>
public abstract record Inline
{
    /// <summary>Joins the text of <paramref name="inlines"/>, leaving out quotation marks.</summary>
    /// <param name="inlines">The inline content to flatten.</param>
    /// <returns>The plain text.</returns>
    public static string PlainTextOf(ImmutableArray<Inline> inlines)
    {
        var text = new StringBuilder();
        Append(text, inlines);
        return text.ToString();

        static void Append(StringBuilder text, ImmutableArray<Inline> inlines)
        {
            foreach (var inline in inlines)
            {
                switch (inline)
                {
                    case TextInline run:
                        text.Append(run.Text);
                        break;
                    case QuotationInline quotation:
                        Append(text, quotation.Inlines);
                        break;
                }
            }
        }
    }
}

/// <summary>Plain text. It is always text: renderers encode it, never treat it as markup.</summary>
/// <param name="Text">The text, exactly as the source has it.</param>
public sealed record TextInline(string Text) : Inline;

/// <summary>
/// Words quoted within a sentence. The quotation marks are not part of the content: the renderer
/// adds the ones of the article's language (HTML <c>&lt;q&gt;</c> does this through CSS).
/// </summary>
/// <param name="Inlines">The quoted words (may hold nested quotations).</param>
public sealed record QuotationInline(ImmutableArray<Inline> Inlines) : Inline
{
    /// <summary>Who is quoted, when the source names them; never guessed.</summary>
    public string? Speaker { get; init; }

    /// <summary>The quoted words as plain text, without quotation marks.</summary>
    public string PlainText => PlainTextOf(Inlines);
}
