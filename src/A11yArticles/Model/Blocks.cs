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
[JsonDerivedType(typeof(TableBlock), "table")]
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

/// <summary>
/// A data table: rows and columns whose cells are read with their headers (a screen reader says
/// "Population, 2021: 5,123" as the reader moves across a row). A table used for layout is not a
/// table block: its text is paragraphs.
/// </summary>
/// <param name="HeaderRows">The rows of column headers (HTML <c>thead</c>); usually one, none for a table with row headers only.</param>
/// <param name="BodyRows">The rows of data, in order.</param>
public sealed record TableBlock(ImmutableArray<TableRow> HeaderRows, ImmutableArray<TableRow> BodyRows) : Block
{
    /// <summary>What the table shows ("Crossings per day, first week"), its name; empty when the source gives none.</summary>
    public ImmutableArray<Inline> Caption { get; init; } = [];

    /// <summary>
    /// How each column's cells are aligned, by column (the Markdown delimiter row's <c>:--</c>, <c>:-:</c>,
    /// <c>--:</c>); a column without an entry, or <see cref="TableColumnAlignment.Default"/>, is aligned
    /// by its content (see <see cref="AlignmentOf"/>).
    /// </summary>
    public ImmutableArray<TableColumnAlignment> ColumnAlignments { get; init; } = [];

    /// <summary>The caption as plain text.</summary>
    [JsonIgnore]
    public string CaptionText => Inline.PlainTextOf(Caption);

    /// <summary>Every row: the header rows, then the body rows.</summary>
    [JsonIgnore]
    public IEnumerable<TableRow> Rows => (HeaderRows.IsDefault ? [] : HeaderRows).Concat(BodyRows.IsDefault ? [] : BodyRows);

    /// <summary>The number of columns: the widest row, counting column spans.</summary>
    [JsonIgnore]
    public int ColumnCount => Rows.Select(row => row.Cells.IsDefault ? 0 : row.Cells.Sum(cell => Math.Max(1, cell.ColumnSpan))).DefaultIfEmpty(0).Max();

    /// <summary>
    /// How the cells of column <paramref name="column"/> (0 for the first) are aligned: see <see cref="ResolvedAlignments"/>.
    /// </summary>
    /// <param name="column">The column's index.</param>
    /// <returns>The alignment to render; <see cref="TableColumnAlignment.Default"/> for a column the table does not have.</returns>
    public TableColumnAlignment AlignmentOf(int column)
    {
        var alignments = ResolvedAlignments();
        return column >= 0 && column < alignments.Length ? alignments[column] : TableColumnAlignment.Default;
    }

    /// <summary>
    /// How each column's cells are aligned, for every column of the table: the explicit alignment, or,
    /// for <see cref="TableColumnAlignment.Default"/>, <see cref="TableColumnAlignment.Numeric"/> when
    /// every non-empty data cell of the column (not a header, not a cell spanning columns) is a number
    /// (<see cref="IsNumber"/>: "1,200", "-3.5", "42 %", "$12"), so that digits line up; otherwise
    /// <see cref="TableColumnAlignment.Default"/>. Cells are placed in columns as HTML places them,
    /// after the cells of earlier rows that span down into the row.
    /// </summary>
    /// <returns>One alignment per column (<see cref="ColumnCount"/> of them).</returns>
    public ImmutableArray<TableColumnAlignment> ResolvedAlignments()
    {
        var count = ColumnCount;
        var numbers = new int[count];
        var text = new bool[count];
        var rows = BodyRows.IsDefault ? [] : BodyRows;
        var columns = ColumnsOf(rows);
        for (var r = 0; r < rows.Length; r++)
        {
            var cells = rows[r].Cells.IsDefault ? [] : rows[r].Cells;
            for (var c = 0; c < cells.Length; c++)
            {
                var cell = cells[c];
                var column = columns[r][c];
                var content = cell.PlainText.Trim();
                if (cell.IsHeader || cell.ColumnSpan > 1 || content.Length == 0 || column >= count)
                {
                    continue;
                }

                if (IsNumber(content))
                {
                    numbers[column]++;
                }
                else
                {
                    text[column] = true;
                }
            }
        }

        var result = ImmutableArray.CreateBuilder<TableColumnAlignment>(count);
        for (var column = 0; column < count; column++)
        {
            var given = !ColumnAlignments.IsDefault && column < ColumnAlignments.Length ? ColumnAlignments[column] : TableColumnAlignment.Default;
            result.Add(given != TableColumnAlignment.Default ? given
                : numbers[column] > 0 && !text[column] ? TableColumnAlignment.Numeric
                : TableColumnAlignment.Default);
        }

        return result.MoveToImmutable();
    }

    /// <summary>
    /// The column (0 for the first) at which each cell of <paramref name="rows"/> starts, as HTML's
    /// table model places cells: each after the columns that cells of earlier rows span down into.
    /// </summary>
    /// <param name="rows">Consecutive rows of one table (its header rows, or its body rows).</param>
    /// <returns>For each row, the starting column of each of its cells.</returns>
    public static ImmutableArray<ImmutableArray<int>> ColumnsOf(ImmutableArray<TableRow> rows)
    {
        var result = ImmutableArray.CreateBuilder<ImmutableArray<int>>(rows.IsDefault ? 0 : rows.Length);
        var taken = new List<int>();
        foreach (var row in rows.IsDefault ? [] : rows)
        {
            var cells = row.Cells.IsDefault ? [] : row.Cells;
            var starts = ImmutableArray.CreateBuilder<int>(cells.Length);
            var column = 0;
            foreach (var cell in cells)
            {
                while (column < taken.Count && taken[column] > 0)
                {
                    column++;
                }

                starts.Add(column);
                var span = Math.Max(1, cell.ColumnSpan);
                for (var i = 0; i < span; i++)
                {
                    while (taken.Count <= column + i)
                    {
                        taken.Add(0);
                    }

                    taken[column + i] = Math.Max(1, cell.RowSpan);
                }

                column += span;
            }

            result.Add(starts.MoveToImmutable());
            for (var i = 0; i < taken.Count; i++)
            {
                taken[i] = Math.Max(0, taken[i] - 1);
            }
        }

        return result.MoveToImmutable();
    }

    /// <summary>
    /// True for a number as tables show it: digits with group and decimal separators, an optional
    /// sign, currency symbol, percent or per-mille sign ("1,200", "−3.5", "42 %", "€12.50", "1 234,5").
    /// </summary>
    /// <param name="text">A cell's text.</param>
    /// <returns>Whether it is a number.</returns>
    public static bool IsNumber(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var digits = 0;
        foreach (var rune in text.Trim().EnumerateRunes())
        {
            if (System.Text.Rune.IsDigit(rune))
            {
                digits++;
            }
            else if (!(rune.Value is ',' or '.' or ' ' or '\u00A0' or '\u202F' or '\'' or '’' or '+' or '-' or '\u2212' or '%' or '\u2030' or '(' or ')'
                || System.Text.Rune.GetUnicodeCategory(rune) == System.Globalization.UnicodeCategory.CurrencySymbol))
            {
                return false;
            }
        }

        return digits > 0;
    }
}

/// <summary>One row of a <see cref="TableBlock"/>.</summary>
/// <param name="Cells">The row's cells, in reading order (the first is at the start of the line: left, or right in a right-to-left article).</param>
public sealed record TableRow(ImmutableArray<TableCell> Cells);

/// <summary>One cell of a <see cref="TableRow"/>: data, or a header of its column or row.</summary>
/// <param name="Inlines">The cell's content.</param>
public sealed record TableCell(ImmutableArray<Inline> Inlines)
{
    /// <summary>
    /// Blocks the cell holds after its <see cref="Inlines"/>, when it holds more than phrases: an
    /// infobox's list of languages or its flag, or one of two tables laid out side by side. Empty for
    /// most cells.
    /// </summary>
    public ImmutableArray<Block> Blocks { get; init; } = [];

    /// <summary>True for a header cell (HTML <c>th</c>): the cells of the column under it, or of the row beside it, are read with its text.</summary>
    public bool IsHeader { get; init; }

    /// <summary>
    /// What a header cell heads. Null means "from its place": a header cell in a header row heads its
    /// column, and so does one in a body row of header cells only (a row of sub-headings); any other
    /// header cell in a body row heads its row. Ignored for data cells.
    /// </summary>
    public TableHeaderScope? Scope { get; init; }

    /// <summary>
    /// A name for the cell that <see cref="HeaderIds"/> of other cells of the same table refer to
    /// (HTML's <c>id</c> on a <c>th</c>); null for most cells. The renderer prefixes it, so it need only
    /// be unique in its table.
    /// </summary>
    public string? Id { get; init; }

    /// <summary>
    /// The header cells of this cell, by their <see cref="Id"/> (HTML's <c>headers</c> attribute), for a
    /// table whose headers are not simply at the top of the column and the start of the row; empty
    /// for most cells (their headers follow from <see cref="Scope"/>).
    /// </summary>
    public ImmutableArray<string> HeaderIds { get; init; } = [];

    /// <summary>How many columns the cell spans (1 or more).</summary>
    public int ColumnSpan { get; init; } = 1;

    /// <summary>How many rows the cell spans (1 or more).</summary>
    public int RowSpan { get; init; } = 1;

    /// <summary>The cell's text: its inlines, then the text of its blocks, separated by spaces.</summary>
    [JsonIgnore]
    public string PlainText => Blocks.IsDefaultOrEmpty
        ? Inline.PlainTextOf(Inlines)
        : string.Join(' ', ModelTraversal.Descendants(Blocks).Select(block => Inline.PlainTextOf(ModelTraversal.InlinesOf(block))).Prepend(Inline.PlainTextOf(Inlines)).Where(text => text.Length > 0));
}

/// <summary>What a header cell heads.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<TableHeaderScope>))]
public enum TableHeaderScope
{
    /// <summary>The cells below it in its column (HTML <c>scope="col"</c>).</summary>
    Column,

    /// <summary>The cells after it in its row (HTML <c>scope="row"</c>).</summary>
    Row,
}

/// <summary>How the cells of a table column are aligned.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<TableColumnAlignment>))]
public enum TableColumnAlignment
{
    /// <summary>Not given: numbers are aligned at the end, other text at the start.</summary>
    Default,

    /// <summary>At the start of the line (left, or right in a right-to-left article).</summary>
    Start,

    /// <summary>Centred.</summary>
    Center,

    /// <summary>At the end of the line (right, or left in a right-to-left article).</summary>
    End,

    /// <summary>Numbers: at the end, with digits of equal width so that they line up.</summary>
    Numeric,
}
