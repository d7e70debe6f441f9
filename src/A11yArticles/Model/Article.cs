using System.Collections.Immutable;
using System.Text.Json.Serialization;

namespace A11yArticles.Model;

/// <summary>
/// An article as its readers meet it: a headline, who wrote it, where and when it was filed, the
/// language it is written in, and its body. Immutable; it knows nothing about how it is rendered.
/// </summary>
/// <param name="Headline">The article's headline: its one top-level heading.</param>
/// <param name="Blocks">The body, in reading order.</param>
public sealed record Article(string Headline, ImmutableArray<Block> Blocks)
{
    /// <summary>A short summary shown under the headline (the "standfirst" or "dek"), if any.</summary>
    public string? Standfirst { get; init; }

    /// <summary>The authors, in the order of the byline.</summary>
    public ImmutableArray<Author> Authors { get; init; } = [];

    /// <summary>Where the story was filed (for example <c>Mexico City, Mexico</c>), if the source says.</summary>
    public string? Dateline { get; init; }

    /// <summary>When the article was first published, if known.</summary>
    public DateTimeOffset? Published { get; init; }

    /// <summary>When the article was last updated, if known.</summary>
    public DateTimeOffset? Updated { get; init; }

    /// <summary>The BCP 47 language tag of the article's text. Defaults to <c>en</c>.</summary>
    public string Language { get; init; } = "en";

    /// <summary>The direction of the article's script. Defaults to left-to-right.</summary>
    public TextDirection Direction { get; init; } = TextDirection.LeftToRight;

    /// <summary>The name of the site or publication the article comes from, if known.</summary>
    public string? SiteName { get; init; }

    /// <summary>The address of the original article, if known.</summary>
    public string? SourceUrl { get; init; }

    /// <summary>The name of the source the article was imported from (a file path), for messages.</summary>
    public string? SourceName { get; init; }

    /// <summary>Topics the article is tagged with.</summary>
    public ImmutableArray<string> Tags { get; init; } = [];

    /// <summary>The footnotes that <see cref="FootnoteReferenceInline"/>s in the body point to, in order.</summary>
    public ImmutableArray<Footnote> Footnotes { get; init; } = [];

    /// <summary>Links to related articles.</summary>
    public ImmutableArray<RelatedLink> RelatedLinks { get; init; } = [];

    /// <summary>Corrections and update notes, in the order they were made.</summary>
    public ImmutableArray<Note> Notes { get; init; } = [];

    /// <summary>Every block of the body, nested ones (inside quotes and lists) after the one that holds them.</summary>
    [JsonIgnore]
    public IEnumerable<Block> AllBlocks => ModelTraversal.Descendants(Blocks);

    /// <summary>The addresses of every file the body shows or plays (images, media, tracks, embedded frames), in order, each once.</summary>
    [JsonIgnore]
    public IEnumerable<string> Resources => AllBlocks.SelectMany(ModelTraversal.ResourcesOf).Distinct(StringComparer.Ordinal);

    /// <summary>Every quotation within a sentence (<see cref="QuotationInline"/>) in the body, nested ones after the one that holds them.</summary>
    [JsonIgnore]
    public IEnumerable<QuotationInline> Quotations =>
        AllBlocks.SelectMany(block => ModelTraversal.InlinesOf(block)).SelectMany(ModelTraversal.DescendantsAndSelf).OfType<QuotationInline>();
}

/// <summary>The direction in which a script is written.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<TextDirection>))]
public enum TextDirection
{
    /// <summary>Left to right (Latin, Cyrillic, Greek, CJK, ...): HTML <c>dir="ltr"</c>.</summary>
    LeftToRight,

    /// <summary>Right to left (Arabic, Hebrew, ...): HTML <c>dir="rtl"</c>.</summary>
    RightToLeft,
}

/// <summary>A person named in the byline.</summary>
/// <param name="Name">The author's name as it is shown.</param>
public sealed record Author(string Name)
{
    /// <summary>A page about the author, if any.</summary>
    public string? Url { get; init; }
}

/// <summary>A footnote: the text a numbered reference in the body points to.</summary>
/// <param name="Label">The label that references use (for example <c>1</c> or <c>source</c>).</param>
/// <param name="Blocks">The note's content.</param>
public sealed record Footnote(string Label, ImmutableArray<Block> Blocks);

/// <summary>A link to a related article.</summary>
/// <param name="Title">The related article's title, which is the link's text.</param>
/// <param name="Url">Its address.</param>
public sealed record RelatedLink(string Title, string Url);

/// <summary>What kind of note an editor added to the article.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<NoteKind>))]
public enum NoteKind
{
    /// <summary>An error in an earlier version was corrected.</summary>
    Correction,

    /// <summary>The article was updated with new information.</summary>
    Update,
}

/// <summary>A correction or update note.</summary>
/// <param name="Kind">Correction or update.</param>
/// <param name="Inlines">The note's text.</param>
public sealed record Note(NoteKind Kind, ImmutableArray<Inline> Inlines)
{
    /// <summary>When the note was added, if known.</summary>
    public DateTimeOffset? Date { get; init; }
}
