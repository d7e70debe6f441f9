using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using A11yArticles.HtmlInput;
using A11yArticles.Importers.Language;
using A11yArticles.Importers.PlainText;
using A11yArticles.Model;
using AngleSharp.Html.Parser;
using Abbreviation = Markdig.Extensions.Abbreviations.Abbreviation;
using Markdig.Extensions.CustomContainers;
using Markdig.Extensions.Figures;
using FootnoteGroup = Markdig.Extensions.Footnotes.FootnoteGroup;
using FootnoteLink = Markdig.Extensions.Footnotes.FootnoteLink;
using Footnote = A11yArticles.Model.Footnote;
using Markdig.Renderers.Html;
using MdTables = Markdig.Extensions.Tables;
using Md = Markdig.Syntax;
using MdInlines = Markdig.Syntax.Inlines;

namespace A11yArticles.Importers.Markdown;

/// <summary>Maps a Markdig syntax tree onto the article model (see <see cref="MarkdownImporter"/>).</summary>
internal sealed partial class MarkdownArticleMapper(ImportWarnings warnings, int frontMatterLines = 0)
{
    private static readonly DecodedHtmlParser HtmlParser = new(new HtmlParserOptions());
    private readonly SpeakerAttribution _speakers = new();
    private readonly ImmutableArray<Footnote>.Builder _footnotes = ImmutableArray.CreateBuilder<Footnote>();
    private int _rawHtml;
    private readonly HeadingLevels _headingLevels = new();

    public ImmutableArray<Footnote> Footnotes => _footnotes.ToImmutable();

    /// <summary>The line of the file (1-based, front matter included) on which a Markdown element starts.</summary>
    private int LineOf(Md.MarkdownObject source) => source.Line + 1 + frontMatterLines;

    private void Warn(string message) => warnings.Add(message);

    /// <summary>A mistake in the article syntax that the importer cannot work around: <c>story.md: line 12: problem</c>.</summary>
    private ArticleImportException SyntaxError(Md.MarkdownObject source, string problem) =>
        new(warnings.SourceName, $"line {LineOf(source)}: {problem}");

    public ImmutableArray<Block> Map(IEnumerable<Md.Block> blocks)
    {
        var result = Blocks(blocks, 0);
        if (_rawHtml > 0)
        {
            warnings.Add($"{_rawHtml} piece(s) of raw HTML were dropped (article text is never markup); their text is kept");
        }

        return result;
    }

    public ImmutableArray<Inline> HeadingInlines(Md.HeadingBlock heading) => Inlines(heading.Inline, 0, []);

    private ImmutableArray<Block> Blocks(IEnumerable<Md.Block> blocks, int depth)
    {
        var result = ImmutableArray.CreateBuilder<Block>();
        var list = blocks as IReadOnlyList<Md.Block> ?? blocks.ToList();
        var captions = TableCaptions(list);
        var captionParagraphs = captions.Values.ToHashSet();
        foreach (var block in list)
        {
            if (block is MdTables.Table table)
            {
                AddTable(table, captions.GetValueOrDefault(table), depth + 1, result);
            }
            else if (block is not Md.ParagraphBlock paragraph || !captionParagraphs.Contains(paragraph))
            {
                Block(block, depth + 1, result);
            }
        }

        return result.ToImmutable();
    }

    /// <summary>
    /// Pandoc's table captions: a paragraph that starts with <c>Table:</c> (or just <c>:</c>) right
    /// before or right after a pipe table is that table's caption. A paragraph between two tables
    /// captions the one after it (as the one that follows a heading would be read first).
    /// </summary>
    private static Dictionary<MdTables.Table, Md.ParagraphBlock> TableCaptions(IReadOnlyList<Md.Block> blocks)
    {
        var captions = new Dictionary<MdTables.Table, Md.ParagraphBlock>();
        var used = new HashSet<Md.ParagraphBlock>();
        for (var i = 0; i < blocks.Count; i++)
        {
            if (blocks[i] is not MdTables.Table table)
            {
                continue;
            }

            var before = i > 0 ? blocks[i - 1] as Md.ParagraphBlock : null;
            var after = i + 1 < blocks.Count ? blocks[i + 1] as Md.ParagraphBlock : null;
            var caption = before is not null && !used.Contains(before) && CaptionPrefixLength(before) > 0 ? before
                : after is not null && CaptionPrefixLength(after) > 0 && !(i + 2 < blocks.Count && blocks[i + 2] is MdTables.Table) ? after
                : null;
            if (caption is not null)
            {
                captions[table] = caption;
                used.Add(caption);
            }
        }

        return captions;
    }

    /// <summary>The length of a caption paragraph's <c>Table:</c> or <c>:</c> prefix (with the spaces after it), or 0.</summary>
    private static int CaptionPrefixLength(Md.ParagraphBlock paragraph)
    {
        if (paragraph.Inline?.FirstChild is not MdInlines.LiteralInline first)
        {
            return 0;
        }

        var text = first.Content.ToString();
        var prefix = text.StartsWith("Table:", StringComparison.OrdinalIgnoreCase) ? 6 : text.StartsWith(':') ? 1 : 0;
        if (prefix == 0)
        {
            return 0;
        }

        while (prefix < text.Length && text[prefix] is ' ' or '\t')
        {
            prefix++;
        }

        return prefix;
    }

    /// <summary>
    /// A pipe table: its first row (above the delimiter row) is the column headers, the delimiter
    /// row's colons give each column's alignment, and a <c>Table:</c> paragraph next to it its caption.
    /// </summary>
    private void AddTable(MdTables.Table table, Md.ParagraphBlock? captionParagraph, int depth, ImmutableArray<Block>.Builder result)
    {
        if (depth > MarkdownImporter.MaxNesting)
        {
            result.Add(new ParagraphBlock([new TextInline(FlatText(table))]));
            return;
        }

        var caption = ImmutableArray<Inline>.Empty;
        if (captionParagraph is not null)
        {
            var first = (MdInlines.LiteralInline)captionParagraph.Inline!.FirstChild!;
            var text = first.Content.ToString();
            first.Content = new Markdig.Helpers.StringSlice(text[CaptionPrefixLength(captionParagraph)..]);
            caption = Trim(Inlines(captionParagraph.Inline, depth, []));
        }

        var header = ImmutableArray.CreateBuilder<Model.TableRow>();
        var body = ImmutableArray.CreateBuilder<Model.TableRow>();
        foreach (var row in table.OfType<MdTables.TableRow>())
        {
            var cells = row.OfType<MdTables.TableCell>()
                .Select(cell => new Model.TableCell(CellInlines(cell, depth))
                {
                    IsHeader = row.IsHeader,
                    ColumnSpan = Math.Max(1, cell.ColumnSpan),
                    RowSpan = Math.Max(1, cell.RowSpan),
                })
                .ToImmutableArray();
            (row.IsHeader ? header : body).Add(new Model.TableRow(cells));
        }

        var alignments = table.ColumnDefinitions.Select(column => column.Alignment switch
        {
            MdTables.TableColumnAlign.Left => TableColumnAlignment.Start,
            MdTables.TableColumnAlign.Center => TableColumnAlignment.Center,
            MdTables.TableColumnAlign.Right => TableColumnAlignment.End,
            _ => TableColumnAlignment.Default,
        }).ToImmutableArray();
        if (alignments.All(alignment => alignment == TableColumnAlignment.Default))
        {
            alignments = [];
        }

        if (captionParagraph is null)
        {
            warnings.Add($"the table at line {table.Line + 1} has no caption; write one in a paragraph 'Table: …' right before it (screen readers name the table by it)");
        }

        result.Add(new TableBlock(header.ToImmutable(), body.ToImmutable()) { Caption = caption, ColumnAlignments = alignments });
    }

    /// <summary>A cell's words: its paragraphs' inlines, a space between two paragraphs; an image is its alt text.</summary>
    private ImmutableArray<Inline> CellInlines(MdTables.TableCell cell, int depth)
    {
        var inlines = ImmutableArray.CreateBuilder<Inline>();
        foreach (var leaf in cell.OfType<Md.LeafBlock>())
        {
            var figures = new List<FigureBlock>();
            var run = Trim(Inlines(leaf.Inline, depth, figures));
            foreach (var figure in figures.Where(figure => !string.IsNullOrWhiteSpace(figure.Image.Alt)))
            {
                run = run.Add(new TextInline((run.IsEmpty ? "" : " ") + figure.Image.Alt!.Trim()));
            }

            if (run.IsEmpty)
            {
                continue;
            }

            if (inlines.Count > 0)
            {
                inlines.Add(new TextInline(" "));
            }

            inlines.AddRange(run);
        }

        return ScanQuotations(Merge(inlines));
    }

    private void Block(Md.Block block, int depth, ImmutableArray<Block>.Builder result)
    {
        if (depth > MarkdownImporter.MaxNesting)
        {
            result.Add(new ParagraphBlock([new TextInline(FlatText(block))]));
            return;
        }

        switch (block)
        {
            case Md.HeadingBlock heading:
                {
                    // Levels are relative to the headline (1) and never skip one: '# ' → 2, '### ' after '# ' → 3.
                    var level = _headingLevels.Next(heading.Level);
                    result.Add(new HeadingBlock(level, WithLanguage(heading, Inlines(heading.Inline, depth, []))));
                    break;
                }
            case Md.ParagraphBlock paragraph:
                AddParagraph(paragraph, depth, result);
                break;
            case Md.QuoteBlock quote:
                AddQuote(quote, depth, result);
                break;
            case Md.ListBlock list:
                {
                    var items = list.OfType<Md.ListItemBlock>()
                        .Select(item => new ListItem(Blocks(item, depth)))
                        .Where(item => !item.Blocks.IsEmpty)
                        .ToImmutableArray();
                    if (!items.IsEmpty)
                    {
                        // Markdig keeps the first item's number as written ("3" in "3. Item").
                        var start = int.TryParse(list.OrderedStart, NumberStyles.None, CultureInfo.InvariantCulture, out var first) ? first : (int?)null;
                        result.Add(new ListBlock(list.IsOrdered, items) { Start = ListBlock.StartOf(list.IsOrdered, start) });
                    }

                    break;
                }

            case Md.ThematicBreakBlock:
                result.Add(new ThematicBreakBlock());
                break;
            case Md.CodeBlock code when block is not Md.HtmlBlock:
                AddCode(code, result);
                break;
            case Md.HtmlBlock html:
                {
                    _rawHtml++;
                    var text = HtmlParser.ParseDocument(html.Lines.ToString()).Body?.TextContent ?? "";
                    if (!string.IsNullOrWhiteSpace(text))
                    {
                        result.Add(new ParagraphBlock([new TextInline(text.Trim())]));
                    }

                    break;
                }

            case Figure figure:
                AddFigure(figure, depth, result);
                break;
            case CustomContainer container:
                AddContainer(container, depth, result);
                break;
            case FootnoteGroup group:
                foreach (var footnote in group.OfType<Markdig.Extensions.Footnotes.Footnote>())
                {
                    _footnotes.Add(new Footnote(FootnoteLabel(footnote), Blocks(footnote, depth)));
                }

                break;
            case Md.LinkReferenceDefinitionGroup or Md.LinkReferenceDefinition or Md.BlankLineBlock or Abbreviation:
                break;
            case Md.LeafBlock { Inline: { } inline }:
                result.Add(new ParagraphBlock(Inlines(inline, depth, [])));
                break;
            case Md.ContainerBlock container:
                result.AddRange(Blocks(container, depth));
                break;
        }
    }

    private void AddParagraph(Md.ParagraphBlock paragraph, int depth, ImmutableArray<Block>.Builder result)
    {
        _speakers.NextParagraph();
        var figures = new List<FigureBlock>();
        var inlines = Trim(Inlines(paragraph.Inline, depth, figures));
        if (inlines.IsEmpty && figures.Count == 1 && figures[0] is var only)
        {
            // An image alone in its paragraph: a figure, its title the caption.
            result.Add(only);
            return;
        }

        if (!inlines.IsEmpty)
        {
            result.Add(new ParagraphBlock(_speakers.Attribute(WithLanguage(paragraph, ScanQuotations(inlines)))));
        }

        result.AddRange(figures.Select(figure => figure with { Caption = [] }));
    }

    /// <summary>A paragraph gets the quotations of the plain-text format, found in its own text runs.</summary>
    private static ImmutableArray<Inline> ScanQuotations(ImmutableArray<Inline> inlines) => QuotationScanner.Scan(inlines);

    private void AddQuote(Md.QuoteBlock quote, int depth, ImmutableArray<Block>.Builder result)
    {
        var speaker = TakeAttribution(quote);
        TakeContinuedQuotationMarks(quote);
        var inner = Blocks(quote, depth);
        if (speaker is not null)
        {
            _speakers.Named(speaker);
        }

        if (inner.IsEmpty)
        {
            return;
        }

        // {.pull-quote} on the line before a block quote: words set large for emphasis, not a
        // quotation of their own (the component hides them from assistive technology when the
        // body already holds them, and labels them otherwise).
        if (quote.TryGetAttributes()?.Classes?.Contains(PullQuoteClass) == true)
        {
            var words = inner.OfType<ParagraphBlock>().Select(paragraph => paragraph.Inlines).Where(inlines => !inlines.IsEmpty).ToList();
            var inlines = words.SelectMany((run, i) => i == 0 ? run : run.Insert(0, new TextInline(" "))).ToImmutableArray();
            if (words.Count != inner.Length)
            {
                warnings.Add("a pull quote holds only words; its lists, figures or headings were kept as a block quote instead");
                result.Add(new QuoteBlock(inner) { Speaker = speaker });
                return;
            }

            result.Add(new PullQuoteBlock(Merge(inlines.ToBuilder())) { Speaker = speaker });
            return;
        }

        result.Add(new QuoteBlock(inner) { Speaker = speaker });
    }

    /// <summary>
    /// The French and Spanish convention for a quotation over several paragraphs, inside a block
    /// quote: the first paragraph opens with «, each next one opens with », and the last closes with ».
    /// The whole block quote is then that one quotation, so all its marks are taken out (the block
    /// quote is the quotation; the renderer shows it as one). A block quote that does not follow the
    /// convention in every paragraph is left alone, and its marks are read paragraph by paragraph.
    /// </summary>
    private static void TakeContinuedQuotationMarks(Md.QuoteBlock quote)
    {
        var paragraphs = quote.OfType<Md.ParagraphBlock>().ToList();
        if (paragraphs.Count < 2 || paragraphs.Count != quote.Count)
        {
            return;
        }

        var firsts = paragraphs.Select(paragraph => paragraph.Inline?.FirstChild as MdInlines.LiteralInline).ToList();
        var lastLiteral = paragraphs[^1].Inline?.LastChild as MdInlines.LiteralInline;
        if (firsts.Any(first => first is null) || lastLiteral is null)
        {
            return;
        }

        static string TextOf(Md.ParagraphBlock paragraph) => string.Concat(paragraph.Inline!.Select(child => FlatText(child)));
        var texts = paragraphs.Select(TextOf).ToList();
        for (var i = 0; i < texts.Count; i++)
        {
            var text = texts[i].Trim();
            var opening = i == 0 ? '«' : '»';
            if (text.Length < 2 || text[0] != opening)
            {
                return;
            }

            // Inside, every « is closed by a » (quotations nested in the quotation), except that the
            // last paragraph's final » closes the whole quotation.
            var inner = i == texts.Count - 1 ? (text.EndsWith('»') ? text[1..^1] : null) : text[1..];
            if (inner is null || inner.Count(c => c == '«') != inner.Count(c => c == '»'))
            {
                return;
            }
        }

        foreach (var first in firsts)
        {
            var content = first!.Content.ToString();
            var start = content.IndexOfAny(['«', '»']);
            first.Content = new Markdig.Helpers.StringSlice(content[(start + 1)..].TrimStart(' ', '\u00A0', '\u202F'));
        }

        var last = lastLiteral.Content.ToString();
        var end = last.LastIndexOf('»');
        lastLiteral.Content = new Markdig.Helpers.StringSlice(last[..end].TrimEnd(' ', '\u00A0', '\u202F') + last[(end + 1)..].TrimEnd());
    }

    /// <summary>The class that makes a Markdown block quote a pull quote: <c>{.pull-quote}</c> on the line before it.</summary>
    internal const string PullQuoteClass = "pull-quote";

    /// <summary>
    /// Takes a last line <c>— Name</c> (or <c>-- Name</c>) out of a block quote, whether it is a
    /// paragraph of its own or the last line of the last paragraph, and returns the name.
    /// </summary>
    private static string? TakeAttribution(Md.QuoteBlock quote)
    {
        if (quote.LastChild is not Md.ParagraphBlock { Inline: { } inline } paragraph)
        {
            return null;
        }

        var lineBreak = inline.OfType<MdInlines.LineBreakInline>().LastOrDefault();
        var tail = inline.SkipWhile(child => lineBreak is not null && child != lineBreak).Skip(lineBreak is null ? 0 : 1).ToList();
        var text = string.Concat(tail.Select(child => FlatText(child))).Trim();
        var isAttribution = text.Length > 1 && (text[0] is '—' or '―' or '–' || text.StartsWith("--", StringComparison.Ordinal));
        var name = isAttribution ? text.TrimStart('—', '―', '–', '-', ' ').Trim() : "";
        if (name.Length == 0)
        {
            return null;
        }

        if (lineBreak is null)
        {
            quote.Remove(paragraph);
        }
        else
        {
            foreach (var child in tail)
            {
                child.Remove();
            }

            lineBreak.Remove();
        }

        return name;
    }

    private void AddFigure(Figure figure, int depth, ImmutableArray<Block>.Builder result)
    {
        var caption = figure.OfType<FigureCaption>().Select(c => Trim(Inlines(c.Inline, depth, []))).FirstOrDefault(c => !c.IsEmpty);
        // One builder for the figure's blocks, so a '::: description' finds the image before it.
        var builder = ImmutableArray.CreateBuilder<Block>();
        foreach (var child in figure.Where(child => child is not FigureCaption))
        {
            Block(child, depth + 1, builder);
        }

        var content = builder.ToList();

        var image = content.OfType<FigureBlock>().FirstOrDefault();
        if (image is not null && !caption.IsDefaultOrEmpty)
        {
            content[content.IndexOf(image)] = image with { Caption = caption };
        }
        else if (!caption.IsDefaultOrEmpty)
        {
            content.Add(new ParagraphBlock(caption));
        }

        result.AddRange(content);
    }

    private static void AddCode(Md.CodeBlock code, ImmutableArray<Block>.Builder result)
    {
        var lines = code.Lines.ToString().ReplaceLineEndings("\n").Split('\n');
        if (InlineRuns.CodeParagraph(lines) is { } paragraph)
        {
            result.Add(paragraph);
        }
    }

    private ImmutableArray<Inline> Inlines(MdInlines.ContainerInline? container, int depth, List<FigureBlock> figures)
    {
        if (container is null)
        {
            return [];
        }

        var result = ImmutableArray.CreateBuilder<Inline>();
        foreach (var inline in container)
        {
            result.AddRange(MapInline(inline, depth + 1, figures));
        }

        return Merge(result);
    }

    private ImmutableArray<Inline> MapInline(MdInlines.Inline inline, int depth, List<FigureBlock> figures)
    {
        if (depth > MarkdownImporter.MaxNesting)
        {
            return [new TextInline(FlatText(inline))];
        }

        ImmutableArray<Inline> mapped = inline switch
        {
            MdInlines.LiteralInline literal => [new TextInline(literal.Content.ToString())],
            MdInlines.EmphasisInline emphasis => [new EmphasisInline(emphasis.DelimiterCount >= 2 ? EmphasisKind.Strong : EmphasisKind.Emphasis, Inlines(emphasis, depth, figures))],
            MdInlines.LinkInline { IsImage: true } image => Image(image, figures),
            MdInlines.LinkInline link => Link(link, depth, figures),
            MdInlines.AutolinkInline autolink => [new LinkInline(autolink.IsEmail ? "mailto:" + autolink.Url : autolink.Url, [new TextInline(autolink.Url)])],
            MdInlines.CodeInline code => [new CodeInline(code.Content)],
            MdInlines.LineBreakInline { IsHard: true } => [new LineBreakInline()],
            MdInlines.LineBreakInline => [new TextInline(" ")],
            MdInlines.HtmlEntityInline entity => [new TextInline(entity.Transcoded.ToString())],
            MdInlines.HtmlInline html when html.Tag.StartsWith("<br", StringComparison.OrdinalIgnoreCase) => [new LineBreakInline()],
            MdInlines.HtmlInline => RawHtml(),
            Markdig.Extensions.Abbreviations.AbbreviationInline abbreviation =>
                [new Model.AbbreviationInline(abbreviation.Abbreviation.Label ?? "", abbreviation.Abbreviation.Text.ToString())],
            FootnoteLink { IsBackLink: false } footnoteLink => [new FootnoteReferenceInline(FootnoteLabel(footnoteLink.Footnote))],
            FootnoteLink => [],
            LanguageSpanInline span => Foreign(span, span.Language, span.Direction, Inlines(span, depth, figures)),
            MdInlines.ContainerInline container => Inlines(container, depth, figures),
            _ => [],
        };

        return WithLanguage(inline, mapped);
    }

    private ImmutableArray<Inline> RawHtml()
    {
        _rawHtml++;
        return [];
    }

    private ImmutableArray<Inline> Link(MdInlines.LinkInline link, int depth, List<FigureBlock> figures)
    {
        var children = Inlines(link, depth, figures);
        var url = link.GetDynamicUrl?.Invoke() ?? link.Url;
        if (!UrlPolicy.IsSafe(url))
        {
            warnings.Add($"the link '{url}' is not http, https, mailto or relative; only its text is kept");
            return children;
        }

        return [new LinkInline(url!, children) { Title = string.IsNullOrEmpty(link.Title) ? null : link.Title }];
    }

    private ImmutableArray<Inline> Image(MdInlines.LinkInline image, List<FigureBlock> figures)
    {
        var url = image.GetDynamicUrl?.Invoke() ?? image.Url;
        var alt = Model.Inline.PlainTextOf(Inlines(image, 0, [])).Trim();
        var decorative = image.TryGetAttributes()?.Classes?.Contains("decorative") == true;
        if (!UrlPolicy.IsSafe(url))
        {
            warnings.Add($"the image '{url}' has no usable address; it was left out");
            return alt.Length > 0 ? [new TextInline(alt)] : [];
        }

        if (alt.Length == 0 && !decorative)
        {
            warnings.Add($"the image '{url}' has no alt text; add one, or mark it {{.decorative}} if it is decoration");
        }

        var caption = string.IsNullOrWhiteSpace(image.Title) ? ImmutableArray<Inline>.Empty : [new TextInline(image.Title.Trim())];
        figures.Add(new FigureBlock(new Image(url!, decorative ? "" : alt.Length == 0 ? null : alt) { IsDecorative = decorative }) { Caption = caption });
        return [];
    }

    /// <summary><c>{lang=es}</c> (and <c>dir</c>) from Markdig's generic attributes make the content a <see cref="ForeignInline"/>.</summary>
    private ImmutableArray<Inline> WithLanguage(Markdig.Syntax.IMarkdownObject source, ImmutableArray<Inline> inlines)
    {
        var properties = source.TryGetAttributes()?.Properties;
        var lang = LanguageSpanParser.Property(properties, "lang");
        if (string.IsNullOrEmpty(lang) || inlines.IsEmpty)
        {
            return inlines;
        }

        return Foreign(source, lang, LanguageSpanParser.Property(properties, "dir"), inlines);
    }

    /// <summary>
    /// Words in another language; a tag that is not valid (<c>{lang=xx}</c>) is a warning, and the
    /// words stay in the language around them rather than render a <c>lang</c> no one can read.
    /// </summary>
    private ImmutableArray<Inline> Foreign(Markdig.Syntax.IMarkdownObject source, string lang, string? dir, ImmutableArray<Inline> inlines)
    {
        if (!A11yArticles.LanguageTag.IsValid(lang))
        {
            var line = source is Markdig.Syntax.MarkdownObject { Line: >= 0 } located ? $" (line {LineOf(located)})" : "";
            warnings.Add($"{{lang={lang}}}{line} is not a BCP 47 language tag with a registered language; its words are kept in the language around them");
            return inlines;
        }

        return [new ForeignInline(lang, inlines) { Direction = LanguageDetector.DirectionOfSpan(dir, lang) }];
    }

    private static string FootnoteLabel(Markdig.Extensions.Footnotes.Footnote footnote) =>
        string.IsNullOrEmpty(footnote.Label) ? footnote.Order.ToString(System.Globalization.CultureInfo.InvariantCulture) : footnote.Label;

    private static ImmutableArray<Inline> Merge(ImmutableArray<Inline>.Builder inlines)
    {
        var merged = ImmutableArray.CreateBuilder<Inline>(inlines.Count);
        foreach (var inline in inlines)
        {
            if (inline is TextInline text && merged.Count > 0 && merged[^1] is TextInline previous)
            {
                merged[^1] = new TextInline(previous.Text + text.Text);
            }
            else
            {
                merged.Add(inline);
            }
        }

        return merged.ToImmutable();
    }

    private static ImmutableArray<Inline> Trim(ImmutableArray<Inline> inlines) => InlineRuns.Trim(inlines);

    /// <summary>The text of a subtree too deep to map, collected with an explicit stack.</summary>
    private static string FlatText(Markdig.Syntax.IMarkdownObject root)
    {
        var text = new StringBuilder();
        var stack = new Stack<Markdig.Syntax.IMarkdownObject>();
        stack.Push(root);
        while (stack.Count > 0)
        {
            switch (stack.Pop())
            {
                case MdInlines.LiteralInline literal:
                    text.Append(literal.Content.ToString());
                    break;
                case MdInlines.CodeInline code:
                    text.Append(code.Content);
                    break;
                case MdInlines.LineBreakInline:
                    text.Append(' ');
                    break;
                case MdInlines.ContainerInline container:
                    foreach (var child in container.Reverse())
                    {
                        stack.Push(child);
                    }

                    break;
                case Md.LeafBlock leaf:
                    text.Append(' ');
                    if (leaf.Inline is not null)
                    {
                        stack.Push(leaf.Inline);
                    }

                    break;
                case Md.ContainerBlock container:
                    foreach (var child in container.Reverse())
                    {
                        stack.Push(child);
                    }

                    break;
            }
        }

        return string.Join(' ', text.ToString().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }
}
