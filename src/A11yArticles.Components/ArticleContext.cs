using System.Collections.Immutable;
using System.Collections.Frozen;
using System.Globalization;
using System.Text;
using A11yArticles.Model;

namespace A11yArticles.Components;

/// <summary>
/// What every component inside an <see cref="ArticleView"/> needs to know about the article it
/// belongs to: the article, its <see cref="ArticleOptions"/> and the UI strings. Cascaded once (fixed)
/// by <c>ArticleView</c> and <c>ArticlePage</c>; a host's block and inline components receive it too.
/// It also works out, once per article and on first use, everything that depends on the whole
/// document: heading ids, which reference to a footnote is the first, second, ... one, and which use
/// of an abbreviation is the first. A class, not a record: that lazily filled index must not take
/// part in equality.
/// </summary>
public sealed class ArticleContext
{
    private DocumentIndex? _index;

    /// <summary>Creates the context of <paramref name="article"/> rendered with <paramref name="options"/>.</summary>
    /// <param name="article">The article being rendered.</param>
    /// <param name="options">The settings; null for <see cref="ArticleOptions.Default"/>.</param>
    public ArticleContext(Article article, ArticleOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(article);
        Article = article;
        Options = options ?? ArticleOptions.Default;
        Strings = Options.Strings ?? ArticleStrings.For(article.Language);
    }

    /// <summary>The article being rendered.</summary>
    public Article Article { get; }

    /// <summary>The settings it is rendered with.</summary>
    public ArticleOptions Options { get; }

    /// <summary>The prefix of every id in the article, so two articles on one page never share one.</summary>
    public string IdPrefix => Options.IdPrefix;

    /// <summary>The UI strings of the article's language (or the host's override).</summary>
    public ArticleStrings Strings { get; }

    /// <summary>
    /// How many levels every heading moves down: 0 for a page whose <c>h1</c> is the headline, 1 for an
    /// article embedded under the host's own <c>h1</c> (the headline becomes <c>h2</c>).
    /// </summary>
    public int HeadingLevelOffset => Options.HeadingLevelOffset;

    /// <summary>Host components that replace the built-in one for a block type (see <see cref="ArticleBody"/>).</summary>
    public IReadOnlyDictionary<Type, Type>? BlockComponents => Options.BlockComponents;

    /// <summary>Host components that replace the built-in markup for an inline type (see <see cref="InlineContent"/>).</summary>
    public IReadOnlyDictionary<Type, Type>? InlineComponents => Options.InlineComponents;

    /// <summary>The level of the element for a heading of article level <paramref name="level"/> (1 is the headline), after the offset, at most 6.</summary>
    /// <param name="level">The level relative to the article: 1 for the headline, 2 for its sections.</param>
    /// <returns>The HTML heading level.</returns>
    public int HeadingLevel(int level) => Math.Clamp(level + HeadingLevelOffset, 1, 6);

    /// <summary>The id of footnote <paramref name="label"/>.</summary>
    /// <param name="label">The footnote's label.</param>
    /// <returns>The element id.</returns>
    public string FootnoteId(string label) => $"{IdPrefix}fn-{IdSafe(label)}";

    /// <summary>The id of the first reference to footnote <paramref name="label"/>.</summary>
    /// <param name="label">The footnote's label.</param>
    /// <returns>The element id.</returns>
    public string FootnoteReferenceId(string label) => FootnoteReferenceId(label, 1);

    /// <summary>The id of the <paramref name="occurrence"/>th reference (1-based) to footnote <paramref name="label"/>.</summary>
    /// <param name="label">The footnote's label.</param>
    /// <param name="occurrence">1 for the first reference, 2 for the second, ...</param>
    /// <returns>The element id.</returns>
    public string FootnoteReferenceId(string label, int occurrence) =>
        occurrence <= 1 ? $"{IdPrefix}fnref-{IdSafe(label)}" : $"{IdPrefix}fnref-{IdSafe(label)}-{occurrence}";

    /// <summary>Which reference to its footnote <paramref name="reference"/> is (1-based, in reading order).</summary>
    /// <param name="reference">A reference in this article's body.</param>
    /// <returns>The occurrence; 1 for a reference not found in the body.</returns>
    public int FootnoteOccurrence(FootnoteReferenceInline reference) =>
        Index.ReferenceOccurrence.TryGetValue(reference, out var occurrence) ? occurrence : 1;

    /// <summary>How many references in the body point to footnote <paramref name="label"/>.</summary>
    /// <param name="label">The footnote's label.</param>
    /// <returns>The count.</returns>
    public int FootnoteReferenceCount(string label) => Index.ReferenceCounts.TryGetValue(label, out var count) ? count : 0;

    /// <summary>The footnote's number as readers see it (1-based, in the order of <see cref="Article.Footnotes"/>), or null if there is no such footnote.</summary>
    /// <param name="label">The footnote's label.</param>
    /// <returns>The number, or null.</returns>
    public int? FootnoteNumber(string label) => Index.FootnoteNumbers.TryGetValue(label, out var number) ? number : null;

    /// <summary>The id of <paramref name="heading"/>, unique in the article (from its text).</summary>
    /// <param name="heading">A heading of this article.</param>
    /// <returns>The element id.</returns>
    public string HeadingId(HeadingBlock heading) =>
        Index.HeadingIds.TryGetValue(heading, out var id) ? id : IdPrefix + "section-" + Slug(heading.PlainText);

    /// <summary>
    /// The address of an in-page link of the article's own text (<c>#details</c>, written against the
    /// source's heading ids) as it works on the rendered page: the heading's id carries
    /// <see cref="IdPrefix"/>, and under a <c>&lt;base href&gt;</c> the link needs the page's path.
    /// </summary>
    /// <param name="url">A link's address.</param>
    /// <returns>The rewritten address, or null when it is not a link to one of the article's headings.</returns>
    internal string? InPageHref(string url)
    {
        // With no prefix and no page path the source's link already works as it is.
        if (url.Length < 2 || url[0] != '#' || (IdPrefix.Length == 0 && Options.PagePath is null))
        {
            return null;
        }

        var id = IdPrefix + Uri.UnescapeDataString(url[1..]);
        if (!Index.HeadingIdSet.Contains(id))
        {
            return null;
        }

        return FragmentHref(Uri.EscapeDataString(id));
    }

    /// <summary>
    /// The address of an element of the article on the rendered page: <c>#id</c>, or the page's path
    /// and <c>#id</c> when <see cref="ArticleOptions.PagePath"/> is set (under <c>&lt;base href&gt;</c>
    /// a bare fragment would lead to the home page).
    /// </summary>
    /// <param name="id">The element's id.</param>
    /// <returns>The link's address.</returns>
    public string FragmentHref(string id) => SkipLink.HrefFor(Options.PagePath, id);

    /// <summary>
    /// Where an embed stands among the article's embeds from the same provider: its number and how
    /// many there are (skip links are numbered only when a provider has several), and the id of the
    /// point right after it that its skip link leads to.
    /// </summary>
    /// <param name="embed">An embed of the article (an embed rendered on its own is number 1 of 1).</param>
    /// <returns>The number, the count, and the id after the embed.</returns>
    public (int Number, int Count, string EndId) EmbedPosition(EmbedBlock embed)
    {
        ArgumentNullException.ThrowIfNull(embed);
        if (Index.Embeds.TryGetValue(embed, out var position))
        {
            var count = Index.EmbedsPerProvider[position.Provider];
            return (position.Number, count, IdPrefix + "embed-" + position.Index.ToString(CultureInfo.InvariantCulture) + "-end");
        }

        return (1, 1, IdPrefix + "embed-end");
    }

    /// <summary>A figure's number in the article (1 for the first figure), as "Description of figure 2" counts.</summary>
    /// <param name="figure">A figure of the article.</param>
    /// <returns>The number, or null for a figure that is not in the article.</returns>
    public int? FigureNumber(FigureBlock figure) => Index.FigureNumbers.TryGetValue(figure, out var number) ? number : null;

    /// <summary>The id that a video or recording of the article, and its parts, are named from.</summary>
    /// <param name="media">A media block of the article.</param>
    /// <returns>The id, or null for a block that is not in the article.</returns>
    public string? MediaId(MediaBlock media) => Index.MediaIds.GetValueOrDefault(media);

    /// <summary>A data table's number in the article (1 for the first table), from which its ids are made and which names a table without a caption ("Table 2").</summary>
    /// <param name="table">A table of the article.</param>
    /// <returns>The number, or null for a table that is not in the article.</returns>
    public int? TableNumber(TableBlock table) => Index.TableNumbers.TryGetValue(table, out var number) ? number : null;

    /// <summary>The article's headings in reading order, with their ids.</summary>
    public IReadOnlyList<(HeadingBlock Heading, string Id)> Headings => Index.Headings;

    /// <summary>True when <paramref name="abbreviation"/> is the first use of its abbreviation in the article (where the expansion is written out).</summary>
    /// <param name="abbreviation">An abbreviation of this article.</param>
    /// <returns>Whether to write out its expansion.</returns>
    public bool IsFirstUse(AbbreviationInline abbreviation) => Index.FirstAbbreviations.Contains(abbreviation);

    /// <summary>The <c>dir</c> value of the article.</summary>
    public string Dir => Article.Direction == TextDirection.RightToLeft ? "rtl" : "ltr";

    /// <summary>True for a right-to-left article.</summary>
    public bool IsRightToLeft => Article.Direction == TextDirection.RightToLeft;

    /// <summary>Makes a string safe and readable as part of an id.</summary>
    /// <param name="label">Any text.</param>
    /// <returns>ASCII letters, digits, '-' and '_' only.</returns>
    public static string IdSafe(string label) =>
        string.Concat(label.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' ? c : '-'));

    /// <summary>
    /// Like <see cref="IdSafe"/>, but two different labels never give the same id part: ASCII letters,
    /// digits and '-' stay, every other character (and '_' itself) becomes '_', its hex code, '_'.
    /// For ids the host chooses (live posts, table cells), which must stay distinct.
    /// </summary>
    internal static string IdSafeDistinct(string label)
    {
        var builder = new System.Text.StringBuilder(label.Length);
        foreach (var rune in label.EnumerateRunes())
        {
            if (rune.IsAscii && (char.IsAsciiLetterOrDigit((char)rune.Value) || rune.Value == '-'))
            {
                builder.Append((char)rune.Value);
            }
            else
            {
                builder.Append('_').Append(rune.Value.ToString("x", System.Globalization.CultureInfo.InvariantCulture)).Append('_');
            }
        }

        return builder.ToString();
    }

    /// <summary>The id prefix of the components when no other is given.</summary>
    internal const string DefaultIdPrefix = ArticleOptions.DefaultIdPrefix;

    /// <summary>The id of the headline for <paramref name="idPrefix"/> (no new string for the default prefix).</summary>
    internal static string HeadlineId(string idPrefix) =>
        ReferenceEquals(idPrefix, DefaultIdPrefix) ? DefaultIdPrefix + "headline" : idPrefix + "headline";

    /// <summary>The id of the standfirst for <paramref name="idPrefix"/> (no new string for the default prefix).</summary>
    internal static string StandfirstId(string idPrefix) =>
        ReferenceEquals(idPrefix, DefaultIdPrefix) ? DefaultIdPrefix + "standfirst" : idPrefix + "standfirst";

    private DocumentIndex Index => _index ??= new DocumentIndex(this);

    private static string Slug(string text)
    {
        var slug = new StringBuilder();
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                slug.Append(char.ToLowerInvariant(c));
            }
            else if ((char.IsWhiteSpace(c) || c is '-' or '_') && slug.Length > 0 && slug[^1] != '-')
            {
                slug.Append('-');
            }
        }

        var result = slug.ToString().Trim('-');
        return result.Length == 0 ? "section" : result.Length > 40 ? result[..40].TrimEnd('-') : result;
    }

    /// <summary>Everything that needs one walk over the whole article, in reading order.</summary>
    private sealed class DocumentIndex
    {
        public DocumentIndex(ArticleContext context)
        {
            var article = context.Article;
            FootnoteNumbers = article.Footnotes.IsDefault
                ? FrozenDictionary<string, int>.Empty
                : article.Footnotes.Select((note, i) => (note.Label, Number: i + 1))
                    .DistinctBy(x => x.Label, StringComparer.Ordinal)
                    .ToFrozenDictionary(x => x.Label, x => x.Number, StringComparer.Ordinal);

            var usedIds = new HashSet<string>(StringComparer.Ordinal);
            var headings = new List<(HeadingBlock, string)>();
            var headingIds = new Dictionary<HeadingBlock, string>(ReferenceEqualityComparer.Instance);
            var occurrences = new Dictionary<FootnoteReferenceInline, int>(ReferenceEqualityComparer.Instance);
            var counts = new Dictionary<string, int>(StringComparer.Ordinal);
            var seenAbbreviations = new HashSet<string>(StringComparer.Ordinal);
            var embeds = new Dictionary<EmbedBlock, (int Index, string Provider, int Number)>(ReferenceEqualityComparer.Instance);
            var embedsPerProvider = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
            var mediaIds = new Dictionary<MediaBlock, string>(ReferenceEqualityComparer.Instance);
            var figureNumbers = new Dictionary<FigureBlock, int>(ReferenceEqualityComparer.Instance);
            var tableNumbers = new Dictionary<TableBlock, int>(ReferenceEqualityComparer.Instance);
            var firstAbbreviations = new HashSet<AbbreviationInline>(ReferenceEqualityComparer.Instance);

            // One recursive walk in reading order, without iterators: it runs once per rendered article.
            void WalkInlines(ImmutableArray<Inline> inlines)
            {
                if (inlines.IsDefault)
                {
                    return;
                }

                foreach (var inline in inlines)
                {
                    switch (inline)
                    {
                        case TextInline:
                            continue;
                        case FootnoteReferenceInline reference when !occurrences.ContainsKey(reference):
                            var count = counts.GetValueOrDefault(reference.Label) + 1;
                            counts[reference.Label] = count;
                            occurrences[reference] = count;
                            break;
                        case AbbreviationInline abbreviation when seenAbbreviations.Add(abbreviation.Text):
                            firstAbbreviations.Add(abbreviation);
                            break;
                    }

                    WalkInlines(ModelTraversal.ChildInlinesOf(inline));
                }
            }

            void WalkBlocks(ImmutableArray<Block> blocks)
            {
                if (blocks.IsDefault)
                {
                    return;
                }

                foreach (var block in blocks)
                {
                    if (block is HeadingBlock heading && !headingIds.ContainsKey(heading))
                    {
                        var baseId = context.IdPrefix + Slug(heading.PlainText);
                        var id = baseId;
                        for (var n = 2; !usedIds.Add(id); n++)
                        {
                            id = $"{baseId}-{n}";
                        }

                        headingIds[heading] = id;
                        headings.Add((heading, id));
                    }

                    if (block is FigureBlock figure && !figureNumbers.ContainsKey(figure))
                    {
                        figureNumbers[figure] = figureNumbers.Count + 1;
                    }

                    if (block is TableBlock table && !tableNumbers.ContainsKey(table))
                    {
                        tableNumbers[table] = tableNumbers.Count + 1;
                    }

                    if (block is MediaBlock media && !mediaIds.ContainsKey(media))
                    {
                        mediaIds[media] = context.IdPrefix + "media-" + (mediaIds.Count + 1).ToString(CultureInfo.InvariantCulture);
                    }

                    if (block is EmbedBlock embed && !embeds.ContainsKey(embed))
                    {
                        var number = embedsPerProvider.GetValueOrDefault(embed.ProviderName) + 1;
                        embedsPerProvider[embed.ProviderName] = number;
                        embeds[embed] = (embeds.Count + 1, embed.ProviderName, number);
                    }

                    if (block is not PullQuoteBlock)
                    {
                        WalkInlines(ModelTraversal.InlinesOf(block));
                    }

                    WalkBlocks(ModelTraversal.ChildBlocksOf(block));
                }
            }

            WalkBlocks(article.Blocks);

            Headings = headings;
            HeadingIds = headingIds;
            HeadingIdSet = [.. headingIds.Values];
            ReferenceOccurrence = occurrences;
            ReferenceCounts = counts;
            FirstAbbreviations = firstAbbreviations;
            Embeds = embeds;
            EmbedsPerProvider = embedsPerProvider;
            MediaIds = mediaIds;
            FigureNumbers = figureNumbers;
            TableNumbers = tableNumbers;
        }

        public Dictionary<TableBlock, int> TableNumbers { get; }

        public Dictionary<FigureBlock, int> FigureNumbers { get; }

        public Dictionary<MediaBlock, string> MediaIds { get; }

        public Dictionary<EmbedBlock, (int Index, string Provider, int Number)> Embeds { get; }

        public Dictionary<string, int> EmbedsPerProvider { get; }

        public FrozenDictionary<string, int> FootnoteNumbers { get; }

        public IReadOnlyList<(HeadingBlock Heading, string Id)> Headings { get; }

        public Dictionary<HeadingBlock, string> HeadingIds { get; }

        public HashSet<string> HeadingIdSet { get; }

        public Dictionary<FootnoteReferenceInline, int> ReferenceOccurrence { get; }

        public Dictionary<string, int> ReferenceCounts { get; }

        public HashSet<AbbreviationInline> FirstAbbreviations { get; }
    }
}
