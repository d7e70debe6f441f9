using System.Collections.Immutable;
using System.Text.Json.Serialization;

namespace A11yArticles.Model;

/// <summary>
/// A block of an article's body. Serialised with System.Text.Json, a block carries its kind in a
/// <c>"$type"</c> property (for example <c>"paragraph"</c>), so an article travels as JSON from a
/// server to a browser and back; a host's own block types are added to the JSON options with
/// <see cref="System.Text.Json.Serialization.Metadata.JsonPolymorphismOptions"/>.
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "$type", UnknownDerivedTypeHandling = JsonUnknownDerivedTypeHandling.FailSerialization)]
[JsonDerivedType(typeof(ParagraphBlock), "paragraph")]
[JsonDerivedType(typeof(HeadingBlock), "heading")]
[JsonDerivedType(typeof(QuoteBlock), "quote")]
[JsonDerivedType(typeof(PullQuoteBlock), "pullQuote")]
[JsonDerivedType(typeof(ListBlock), "list")]
[JsonDerivedType(typeof(FigureBlock), "figure")]
[JsonDerivedType(typeof(ThematicBreakBlock), "thematicBreak")]
[JsonDerivedType(typeof(EmbedBlock), "embed")]
[JsonDerivedType(typeof(MediaBlock), "media")]
public abstract record Block;

/// <summary>A paragraph: a run of inline content.</summary>
/// <param name="Inlines">The paragraph's content, in reading order.</param>
public sealed record ParagraphBlock(ImmutableArray<Inline> Inlines) : Block
{
    /// <summary>The paragraph's text as a reader sees it, without the quotation marks that rendering adds.</summary>
    [JsonIgnore]
    public string PlainText => Inline.PlainTextOf(Inlines);
}

/// <summary>
/// A section heading inside the article. Levels are relative to the headline, which is level 1:
/// the article's own top sections are level 2.
/// </summary>
/// <param name="Level">2 to 6.</param>
/// <param name="Inlines">The heading's content.</param>
public sealed record HeadingBlock(int Level, ImmutableArray<Inline> Inlines) : Block
{
    /// <summary>The heading's text.</summary>
    [JsonIgnore]
    public string PlainText => Inline.PlainTextOf(Inlines);
}

/// <summary>
/// A quotation that stands alone or runs over several paragraphs: one quotation, however many
/// paragraphs it has.
/// </summary>
/// <param name="Blocks">The quoted paragraphs.</param>
public sealed record QuoteBlock(ImmutableArray<Block> Blocks) : Block
{
    /// <summary>Who is quoted, when the source names them; never guessed.</summary>
    public string? Speaker { get; init; }

    /// <summary>The address of the quoted source, if any (HTML <c>cite</c>).</summary>
    public string? CiteUrl { get; init; }
}

/// <summary>
/// A pull quote: a passage set in large type for emphasis. If its words are also in the body it is
/// decoration; if not, it is content of its own.
/// </summary>
/// <param name="Inlines">The pulled words.</param>
public sealed record PullQuoteBlock(ImmutableArray<Inline> Inlines) : Block
{
    /// <summary>Who is quoted, when the source names them.</summary>
    public string? Speaker { get; init; }

    /// <summary>The pulled words as plain text.</summary>
    [JsonIgnore]
    public string PlainText => Inline.PlainTextOf(Inlines);
}

/// <summary>A bulleted or numbered list.</summary>
/// <param name="Ordered">True for a numbered list.</param>
/// <param name="Items">The items, each a sequence of blocks.</param>
public sealed record ListBlock(bool Ordered, ImmutableArray<ListItem> Items) : Block
{
    /// <summary>
    /// The number of a numbered list's first item when it is not 1 (Markdown's <c>3. …</c>, HTML's
    /// <c>&lt;ol start="3"&gt;</c>): a list that continues after a paragraph keeps its numbers, and a
    /// screen reader announces the same numbers that sighted readers see. Null for 1 and for bulleted lists.
    /// </summary>
    public int? Start { get; init; }

    /// <summary>The value for <see cref="Start"/>: null for a bulleted list and for a list that starts at 1.</summary>
    /// <param name="ordered">Whether the list is numbered.</param>
    /// <param name="first">The number of the first item, if the source gives one.</param>
    /// <returns>The number, or null when it is the default.</returns>
    public static int? StartOf(bool ordered, int? first) => ordered && first is { } number && number != 1 ? number : null;
}

/// <summary>One item of a <see cref="ListBlock"/>.</summary>
/// <param name="Blocks">The item's content.</param>
public sealed record ListItem(ImmutableArray<Block> Blocks);

/// <summary>An image with an optional caption and credit.</summary>
/// <param name="Image">The image.</param>
public sealed record FigureBlock(Image Image) : Block
{
    /// <summary>The caption, if any.</summary>
    public ImmutableArray<Inline> Caption { get; init; } = [];

    /// <summary>Who made the image (photographer, agency), if known.</summary>
    public string? Credit { get; init; }

    /// <summary>
    /// A long description, for a chart, map or diagram whose alt text can only name it: what it
    /// shows, in words or as a data table. Empty for most images.
    /// </summary>
    public ImmutableArray<Block> LongDescription { get; init; } = [];
}

/// <summary>An image and its text alternative.</summary>
/// <param name="Source">The image's address.</param>
/// <param name="Alt">
/// The text alternative. <c>null</c> means the source gave none (an import warning); an empty
/// string is allowed only with <see cref="IsDecorative"/>.
/// </param>
public sealed record Image(string Source, string? Alt)
{
    /// <summary>True when the author marked the image as decoration that assistive technology should skip.</summary>
    public bool IsDecorative { get; init; }
}

/// <summary>A thematic break between parts of the article (a scene change, a new section without a heading).</summary>
public sealed record ThematicBreakBlock : Block;

/// <summary>
/// Content embedded from another site in a frame: a social post, a map, a video player. Keyboard
/// users must be able to get past it without tabbing through its controls, and readers without
/// JavaScript (or without consent to the other site) need a plain link to the original.
/// </summary>
/// <param name="Source">The frame's address (http or https).</param>
/// <param name="Title">What the frame holds, its accessible name ("Video: the bridge opens"); required.</param>
public sealed record EmbedBlock(string Source, string Title) : Block
{
    /// <summary>Who serves the content ("YouTube", "OpenStreetMap"); null to use the source's host name.</summary>
    public string? Provider { get; init; }

    /// <summary>The original post, video or map on its own page, for a plain link; null for none.</summary>
    public string? OriginalUrl { get; init; }

    /// <summary>The provider's name as readers see it: <see cref="Provider"/>, or the source's host without <c>www.</c>.</summary>
    [JsonIgnore]
    public string ProviderName =>
        !string.IsNullOrWhiteSpace(Provider) ? Provider.Trim()
        : Uri.TryCreate(Source, UriKind.Absolute, out var uri) && uri.Host.Length > 0 ? (uri.Host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? uri.Host[4..] : uri.Host)
        : "embedded";
}

/// <summary>Whether a media block is a video or a sound recording.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<MediaKind>))]
public enum MediaKind
{
    /// <summary>A video (<c>&lt;video&gt;</c>).</summary>
    Video,

    /// <summary>A sound recording (<c>&lt;audio&gt;</c>).</summary>
    Audio,
}

/// <summary>
/// A video or a sound recording of the article's own, played by the browser (never automatically),
/// with what deaf and deaf-blind readers need: captions (a WebVTT track) and a transcript.
/// </summary>
/// <param name="Kind">Video or audio.</param>
/// <param name="Source">The media file's address.</param>
/// <param name="Title">What it is, shown as its caption ("Video: the bridge opens").</param>
public sealed record MediaBlock(MediaKind Kind, string Source, string Title) : Block
{
    /// <summary>The media type of <see cref="Source"/> ("video/mp4"), if known.</summary>
    public string? MediaType { get; init; }

    /// <summary>Captions and subtitles (WebVTT files), one per language.</summary>
    public ImmutableArray<MediaTrack> Tracks { get; init; } = [];

    /// <summary>A still shown before a video plays, if any.</summary>
    public string? Poster { get; init; }

    /// <summary>The transcript, in the article: what is said and, for a video, what is shown.</summary>
    public ImmutableArray<Block> Transcript { get; init; } = [];

    /// <summary>The address of a transcript on another page, when it is not in the article.</summary>
    public string? TranscriptUrl { get; init; }
}

/// <summary>A timed text track of a video or recording.</summary>
/// <param name="Source">The WebVTT file's address.</param>
/// <param name="Language">The track's language (BCP 47).</param>
/// <param name="Label">Its name in the player's menu ("English").</param>
public sealed record MediaTrack(string Source, string Language, string Label)
{
    /// <summary>Captions (speech and sounds, for deaf readers; the default) or subtitles (a translation of the speech).</summary>
    public MediaTrackKind Kind { get; init; } = MediaTrackKind.Captions;
}

/// <summary>What a text track holds.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<MediaTrackKind>))]
public enum MediaTrackKind
{
    /// <summary>Speech and other sounds, in the media's language.</summary>
    Captions,

    /// <summary>A translation of the speech.</summary>
    Subtitles,
}
