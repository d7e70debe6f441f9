using System.Collections.Immutable;
using System.Text;
using System.Text.Json.Serialization;

namespace A11yArticles.Model;

/// <summary>
/// A piece of inline content: text, or an element holding more inline content. In JSON an inline
/// carries its kind in a <c>"$type"</c> property (for example <c>"quotation"</c>), as <see cref="Block"/> does.
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "$type", UnknownDerivedTypeHandling = JsonUnknownDerivedTypeHandling.FailSerialization)]
[JsonDerivedType(typeof(TextInline), "text")]
[JsonDerivedType(typeof(QuotationInline), "quotation")]
[JsonDerivedType(typeof(EmphasisInline), "emphasis")]
[JsonDerivedType(typeof(LinkInline), "link")]
[JsonDerivedType(typeof(ForeignInline), "foreign")]
[JsonDerivedType(typeof(AbbreviationInline), "abbreviation")]
[JsonDerivedType(typeof(FootnoteReferenceInline), "footnoteReference")]
[JsonDerivedType(typeof(CodeInline), "code")]
[JsonDerivedType(typeof(LineBreakInline), "lineBreak")]
public abstract record Inline
{
    /// <summary>Joins the text of <paramref name="inlines"/>, leaving out the quotation marks that rendering adds.</summary>
    /// <param name="inlines">The inline content to flatten.</param>
    /// <returns>The plain text.</returns>
    public static string PlainTextOf(ImmutableArray<Inline> inlines)
    {
        // Importers ask for the text of short runs many times per paragraph (the words around each
        // quotation): a run of one text is its own text, without a copy.
        if (inlines is [TextInline only])
        {
            return only.Text;
        }

        var text = new StringBuilder();
        AppendPlainText(text, inlines);
        return text.ToString();
    }

    /// <summary>Appends the text of <paramref name="inlines"/> and of the inlines nested in them, in document order.</summary>
    private static void AppendPlainText(StringBuilder text, ImmutableArray<Inline> inlines)
    {
        foreach (var inline in inlines)
        {
            switch (inline)
            {
                case TextInline run:
                    text.Append(run.Text);
                    break;
                case AbbreviationInline abbreviation:
                    text.Append(abbreviation.Text);
                    break;
                case CodeInline code:
                    text.Append(code.Code);
                    break;
                case LineBreakInline:
                    text.Append('\n');
                    break;
                default:
                    AppendPlainText(text, ModelTraversal.ChildInlinesOf(inline));
                    break;
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

    /// <summary>The address of the quoted source, if any (HTML <c>cite</c>).</summary>
    public string? CiteUrl { get; init; }

    /// <summary>The quoted words as plain text, without quotation marks.</summary>
    [JsonIgnore]
    public string PlainText => PlainTextOf(Inlines);
}

/// <summary>How strongly an <see cref="EmphasisInline"/> stresses its content.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<EmphasisKind>))]
public enum EmphasisKind
{
    /// <summary>Stress emphasis (HTML <c>em</c>).</summary>
    Emphasis,

    /// <summary>Strong importance (HTML <c>strong</c>).</summary>
    Strong,
}

/// <summary>Emphasised content.</summary>
/// <param name="Kind">Emphasis or strong importance.</param>
/// <param name="Inlines">The emphasised content.</param>
public sealed record EmphasisInline(EmphasisKind Kind, ImmutableArray<Inline> Inlines) : Inline;

/// <summary>A link.</summary>
/// <param name="Url">The address. Importers keep only safe schemes (http, https, mailto, relative).</param>
/// <param name="Inlines">The link's text.</param>
public sealed record LinkInline(string Url, ImmutableArray<Inline> Inlines) : Inline
{
    /// <summary>An advisory title, if the source has one.</summary>
    public string? Title { get; init; }
}

/// <summary>Words in another language than the text around them (HTML <c>lang</c>, and <c>dir</c> where the direction changes).</summary>
/// <param name="Language">The BCP 47 language tag of the words.</param>
/// <param name="Inlines">The words.</param>
public sealed record ForeignInline(string Language, ImmutableArray<Inline> Inlines) : Inline
{
    /// <summary>The direction of the words' script, when it differs from the surrounding text's.</summary>
    public TextDirection? Direction { get; init; }
}

/// <summary>An abbreviation and what it stands for (HTML <c>abbr</c>).</summary>
/// <param name="Text">The abbreviation as written (for example <c>AMLO</c>).</param>
/// <param name="Expansion">What it stands for (for example <c>Andrés Manuel López Obrador</c>).</param>
public sealed record AbbreviationInline(string Text, string Expansion) : Inline;

/// <summary>A reference to a footnote of the article.</summary>
/// <param name="Label">The label of the <see cref="Footnote"/> it points to.</param>
public sealed record FootnoteReferenceInline(string Label) : Inline;

/// <summary>Computer code or a literal value (HTML <c>code</c>).</summary>
/// <param name="Code">The code, as text.</param>
public sealed record CodeInline(string Code) : Inline;

/// <summary>A line break inside a paragraph (a poem, an address).</summary>
public sealed record LineBreakInline : Inline;
