using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using A11yArticles.Model;
using AngleSharp.Dom;

namespace A11yArticles.Importers.Html;

/// <summary>
/// Maps sanitized article HTML onto the model: headings (an <c>h1</c> becomes level 2, the headline
/// being the only level 1; a first heading that repeats the headline is the headline), paragraphs,
/// lists, figures with alt text and captions, <c>blockquote</c> (with <c>cite</c>, and a
/// <c>figcaption</c> or <c>footer</c> naming the speaker) and <c>q</c> as quotations, emphasis, links,
/// <c>abbr</c>, code, line breaks and inline <c>lang</c>. Text is always text. Nesting deeper than
/// <see cref="MaxDepth"/> is flattened into its text, so no input can overflow the stack.
/// </summary>
internal sealed partial class HtmlArticleMapper(ImportWarnings warnings, string? headline, string? pageLanguage = null)
{
    public const int MaxDepth = 64;

    private static readonly FrozenNames BlockNames = new(
        "p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "ul", "ol", "figure", "hr", "pre", "table", "dl", "div", "section",
        "article", "main", "header", "footer", "aside", "nav", "address", "details", "summary", "center", "li", "figcaption", "dt", "dd",
        "thead", "tbody", "tfoot", "tr", "td", "th", "caption", "hgroup", "picture", "menu", "fieldset", "legend", "iframe", "video", "audio");

    private static readonly FrozenNames Skipped = new("script", "style", "noscript", "template", "form", "input", "button", "select", "textarea", "object", "embed", "svg", "math", "canvas", "source", "track", "head", "title", "meta", "link");

    /// <summary>Frames and players: blocks of their own (<see cref="Embed"/>, <see cref="Media"/>), never text.</summary>
    private static readonly FrozenNames Players = new("iframe", "video", "audio");

    private bool _seenContent;
    private readonly HeadingLevels _headingLevels = new();
    private int _imagesWithoutAlt;
    private readonly List<string> _invalidLanguages = [];
    private readonly Language.SpeakerAttribution _speakers = new();

    /// <summary>The text of the first heading, for a page without a title.</summary>
    public string? FirstHeading { get; private set; }

    /// <summary>Footnotes found (HTML pages give none the model can tell apart reliably).</summary>
    public ImmutableArray<Footnote> Footnotes { get; } = [];

    public ImmutableArray<Block> Map(IElement body)
    {
        HandDownLanguages(body);
        var blocks = Blocks(body, 0);
        if (_imagesWithoutAlt > 0)
        {
            warnings.Add($"{_imagesWithoutAlt} image(s) have no alt attribute; they are kept without a text alternative (checkers will flag them)");
        }

        ReportPlayers();
        if (_invalidLanguages.Count > 0)
        {
            var shown = string.Join(", ", _invalidLanguages.Distinct(StringComparer.Ordinal).Take(3).Select(tag => $"'{tag}'"));
            warnings.Add($"{_invalidLanguages.Count} element(s) have a lang that is not a BCP 47 language tag with a registered language ({shown}); their words are kept in the language around them");
        }

        return blocks;
    }

    private ImmutableArray<Block> Blocks(IElement container, int depth)
    {
        var blocks = ImmutableArray.CreateBuilder<Block>();
        var pending = ImmutableArray.CreateBuilder<Inline>();
        var pendingFigures = new List<Block>();

        void Flush()
        {
            AddParagraph(blocks, pending.ToImmutable(), pendingFigures);
            pending.Clear();
        }

        foreach (var node in container.ChildNodes)
        {
            if (node is IElement marked && depth < MaxDepth && (marked.HasAttribute(MediaPreparation.TranscriptAttribute) || marked.HasAttribute(MediaPreparation.DescriptionAttribute)))
            {
                Flush();
                AddDescribing(marked, depth + 1, blocks);
            }
            else if (node is IElement element && BlockNames.Contains(element.LocalName))
            {
                Flush();
                Block(element, depth + 1, blocks);
            }
            else if (node is IElement { LocalName: "img" } image)
            {
                Flush();
                if (ToFigure(image, []) is { } figure)
                {
                    blocks.Add(figure);
                }
            }
            else
            {
                pending.AddRange(Inlines(node, depth + 1, pendingFigures));
            }
        }

        Flush();
        return blocks.ToImmutable();
    }

    private void Block(IElement element, int depth, ImmutableArray<Block>.Builder blocks)
    {
        if (depth > MaxDepth)
        {
            AddParagraph(blocks, [new TextInline(FlatText(element))], []);
            return;
        }

        switch (element.LocalName)
        {
            case "p" or "address" or "summary" or "figcaption" or "dt" or "dd" or "caption" or "legend":
                {
                    var figures = new List<Block>();
                    AddParagraph(blocks, WrapLanguage(element, Trim(Inlines(element, depth, figures, childrenOnly: true))), figures);
                    break;
                }

            case "h1" or "h2" or "h3" or "h4" or "h5" or "h6":
                AddHeading(element, depth, blocks);
                break;
            case "blockquote":
                AddQuote(element, null, depth, blocks);
                break;
            case "ul" or "ol" or "menu":
                AddList(element, depth, blocks);
                break;
            case "figure":
                AddFigure(element, depth, blocks);
                break;
            case "hr":
                blocks.Add(new ThematicBreakBlock());
                break;
            case "iframe" or "video" or "audio":
                if (Player(element, null) is { } player)
                {
                    blocks.Add(player);
                    _seenContent = true;
                }

                break;
            case "pre":
                AddCode(element, blocks);
                break;
            case "table" when HtmlTables.IsDataTable(element):
                AddTable(element, depth, blocks);
                break;
            case "tr":
                {
                    var cells = element.Children.Where(cell => cell.LocalName is "td" or "th").ToList();
                    if (cells.Any(cell => cell.QuerySelector("ul, ol, table") is not null))
                    {
                        // A row of a layout table whose cells hold lists or tables (two data tables laid out
                        // side by side): each cell's blocks, so the lists stay lists and the tables tables.
                        foreach (var cell in cells)
                        {
                            blocks.AddRange(Blocks(cell, depth));
                        }

                        break;
                    }

                    var inlines = ImmutableArray.CreateBuilder<Inline>();
                    var figures = new List<Block>();
                    foreach (var cell in cells)
                    {
                        if (inlines.Count > 0)
                        {
                            inlines.Add(new TextInline(" · "));
                        }

                        inlines.AddRange(Inlines(cell, depth, figures, childrenOnly: true));
                    }

                    AddParagraph(blocks, inlines.ToImmutable(), figures);
                    break;
                }

            default:
                blocks.AddRange(Blocks(element, depth));
                break;
        }
    }

    private void AddHeading(IElement element, int depth, ImmutableArray<Block>.Builder blocks)
    {
        var inlines = Trim(Inlines(element, depth, [], childrenOnly: true));
        var text = Normalize(Inline.PlainTextOf(inlines));
        if (text.Length == 0)
        {
            return;
        }

        FirstHeading ??= text;
        if (!_seenContent && headline is not null && string.Equals(text, Normalize(headline), StringComparison.OrdinalIgnoreCase))
        {
            // The article's own copy of the page title: it is the headline, rendered once.
            _seenContent = true;
            return;
        }

        // Levels are relative to the headline (1), and never skip one: h1 → 2, and an h4 after an h2 → 3.
        var level = _headingLevels.Next(element.LocalName[1] - '0');
        blocks.Add(new HeadingBlock(level, WrapLanguage(element, inlines)));
        _seenContent = true;
    }

    private void AddQuote(IElement quote, string? speaker, int depth, ImmutableArray<Block>.Builder blocks)
    {
        var inner = ImmutableArray.CreateBuilder<Block>();
        foreach (var block in Blocks(quote, depth))
        {
            inner.Add(block);
        }

        // <blockquote><p>…</p><footer>— Name</footer></blockquote>: the footer names the speaker.
        // (HtmlImporter marks a footer or cite that Readability would drop as a paragraph with HtmlImporter.AttributionAttribute.)
        var footer = quote.Children.LastOrDefault(child => child.LocalName is "footer" || child.HasAttribute(HtmlImporter.AttributionAttribute));
        if (speaker is null && footer is not null && inner.Count > 1 && inner[^1] is ParagraphBlock last
            && Normalize(last.PlainText) == Normalize(footer.TextContent))
        {
            speaker = Attribution(footer.TextContent);
            inner.RemoveAt(inner.Count - 1);
        }

        if (inner.Count == 0)
        {
            return;
        }

        if (speaker is null && inner.Any(block => block is TableBlock))
        {
            // A blockquote around a data table indents it (a quotation is words someone said or wrote):
            // its content is kept, and the table is not read as a quotation.
            blocks.AddRange(inner);
            return;
        }

        if (speaker is not null)
        {
            _speakers.Named(speaker); // "she added" after the block quote points to its speaker
        }

        blocks.Add(new QuoteBlock(inner.ToImmutable()) { Speaker = speaker, CiteUrl = SafeUrl(quote.GetAttribute("cite")) });
        _seenContent = true;
    }

    private void AddList(IElement list, int depth, ImmutableArray<Block>.Builder blocks)
    {
        var items = ImmutableArray.CreateBuilder<ListItem>();
        foreach (var child in list.ChildNodes)
        {
            if (child is IElement { LocalName: "li" } item)
            {
                var content = Blocks(item, depth);
                if (!content.IsEmpty)
                {
                    items.Add(new ListItem(content));
                }
            }
            else if (child is IElement other)
            {
                var content = ImmutableArray.CreateBuilder<Block>();
                Block(other, depth + 1, content);
                if (content.Count > 0)
                {
                    items.Add(new ListItem(content.ToImmutable()));
                }
            }
            else if (child is IText text && !string.IsNullOrWhiteSpace(text.Data))
            {
                items.Add(new ListItem([new ParagraphBlock([new TextInline(Collapse(text.Data).Trim())])]));
            }
        }

        if (items.Count > 0)
        {
            var ordered = list.LocalName == "ol";
            var start = int.TryParse(list.GetAttribute("start"), NumberStyles.AllowLeadingSign | NumberStyles.AllowLeadingWhite | NumberStyles.AllowTrailingWhite, CultureInfo.InvariantCulture, out var first) ? first : (int?)null;
            blocks.Add(new ListBlock(ordered, items.ToImmutable()) { Start = ListBlock.StartOf(ordered, start) });
            _seenContent = true;
        }
    }

    private void AddFigure(IElement figure, int depth, ImmutableArray<Block>.Builder blocks)
    {
        var caption = figure.Children.FirstOrDefault(child => child.LocalName == "figcaption");
        var quote = figure.Children.FirstOrDefault(child => child.LocalName == "blockquote");
        if (quote is not null)
        {
            AddQuote(quote, caption is null ? null : Attribution(caption.TextContent), depth, blocks);
            return;
        }

        var players = figure.QuerySelectorAll("iframe, video, audio").ToList();
        var images = figure.QuerySelectorAll("img").ToList();
        if (players.Count == 1 && images.Count == 0)
        {
            // A frame or player with its caption: the caption names it when it has no name of its own.
            var captionText = caption is null ? null : Normalize(caption.TextContent);
            var player = Player(players[0], string.IsNullOrEmpty(captionText) ? null : captionText);
            if (player is not null)
            {
                blocks.Add(player);
                _seenContent = true;
            }

            var named = player is EmbedBlock { Title: var title } ? title : (player as MediaBlock)?.Title;
            foreach (var other in figure.Children.Where(child => child != players[0] && !child.Contains(players[0])))
            {
                if (other == caption && named is not null && captionText == named)
                {
                    continue; // the caption became the player's title
                }

                if (other.HasAttribute(MediaPreparation.TranscriptAttribute) || other.HasAttribute(MediaPreparation.DescriptionAttribute))
                {
                    AddDescribing(other, depth + 1, blocks);
                }
                else
                {
                    Block(other, depth + 1, blocks);
                }
            }

            return;
        }

        if (images.Count == 1)
        {
            var credit = caption is null ? null : TakeCredit(caption);
            var captionInlines = caption is null ? ImmutableArray<Inline>.Empty : Trim(Inlines(caption, depth, [], childrenOnly: true));
            if (ToFigure(images[0], captionInlines) is { } mapped)
            {
                blocks.Add(credit is null ? mapped : mapped with { Credit = credit });
                _seenContent = true;
            }
            else if (caption is not null)
            {
                // An image without a usable address: its caption's words (and its credit's) are still the article's.
                Block(caption, depth + 1, blocks);
                if (credit is not null)
                {
                    blocks.Add(new ParagraphBlock([new TextInline(credit)]));
                }
            }

            // Text in the figure outside the image and the caption (a credit line) is kept too; a
            // long description moved into it (MediaPreparation) describes the image.
            foreach (var other in figure.Children.Where(child => child != caption && !child.QuerySelectorAll("img").Any() && child.LocalName != "img"))
            {
                if (other.HasAttribute(MediaPreparation.DescriptionAttribute) || other.HasAttribute(MediaPreparation.TranscriptAttribute))
                {
                    AddDescribing(other, depth + 1, blocks);
                }
                else
                {
                    Block(other, depth + 1, blocks);
                }
            }

            return;
        }

        blocks.AddRange(Blocks(figure, depth));
    }

    /// <summary>
    /// A data table (<see cref="HtmlTables.IsDataTable"/>): its caption, its <c>thead</c> rows as header
    /// rows (or, without a <c>thead</c>, a first row of <c>th</c> cells only), the other rows as body
    /// rows (<c>tfoot</c> last), <c>th</c> as header cells with their <c>scope</c>, and column and row
    /// spans. A cell of phrases (and paragraphs, joined by spaces) holds inlines; a cell that holds
    /// lists, images, headings, quotations, <c>pre</c> or a table (<see cref="HtmlTables.CellHoldsBlocks"/>:
    /// an infobox's row of languages, one of two tables under one header) holds those blocks, so a
    /// reader gets both the header of the cell and its list or table. A layout table is not mapped
    /// here: its rows become paragraphs.
    /// </summary>
    private void AddTable(IElement table, int depth, ImmutableArray<Block>.Builder blocks)
    {
        var caption = table.Children.FirstOrDefault(child => child.LocalName == "caption") is { } captionElement
            ? WrapLanguage(captionElement, Trim(CellInlines(captionElement, depth)))
            : ImmutableArray<Inline>.Empty;

        // The ids that a cell's headers attribute names: only those cells keep their id.
        var ownCells = table.QuerySelectorAll("td, th").Where(cell => cell.Closest("table") == table).ToList();
        var referenced = ownCells.SelectMany(cell => Tokens(cell.GetAttribute("headers"))).ToHashSet(StringComparer.Ordinal);
        var cellIds = ownCells.Select(cell => cell.Id).Where(id => !string.IsNullOrEmpty(id) && referenced.Contains(id)).ToHashSet(StringComparer.Ordinal)!;

        var header = new List<Model.TableRow>();
        var body = new List<Model.TableRow>();
        var footer = new List<Model.TableRow>();
        foreach (var child in table.Children)
        {
            switch (child.LocalName)
            {
                case "thead":
                    header.AddRange(Rows(child));
                    break;
                case "tbody":
                    body.AddRange(Rows(child));
                    break;
                case "tfoot":
                    footer.AddRange(Rows(child));
                    break;
                case "tr":
                    body.AddRange(Rows(table, child));
                    break;
            }
        }

        body.AddRange(footer);

        // No thead: a first row of header cells only (and not row headers) is the column headers.
        if (header.Count == 0 && body.Count > 1 && body[0].Cells.All(cell => cell.IsHeader && cell.Scope != TableHeaderScope.Row) && body[0].Cells.Length > 0)
        {
            header.Add(body[0]);
            body.RemoveAt(0);
        }

        if (header.Count + body.Count == 0 || (header.Concat(body).All(row => row.Cells.All(cell => cell.PlainText.Trim().Length == 0 && cell.Blocks.IsEmpty)) && caption.IsEmpty))
        {
            return;
        }

        blocks.Add(new TableBlock([.. header], [.. body]) { Caption = caption });
        _seenContent = true;

        IEnumerable<Model.TableRow> Rows(IElement section, IElement? only = null)
        {
            foreach (var row in only is null ? section.Children.Where(child => child.LocalName == "tr") : [only])
            {
                var cells = row.Children.Where(cell => cell.LocalName is "td" or "th").ToList();
                if (cells.Count == 0)
                {
                    continue;
                }

                // A row of several header cells in the body (a sub-heading row) heads columns.
                var headerRow = cells.Count > 1 && cells.All(cell => cell.LocalName == "th");
                yield return new Model.TableRow([.. cells.Select(cell => Cell(cell, headerRow))]);
            }
        }

        Model.TableCell Cell(IElement cell, bool inHeaderRow)
        {
            var isHeader = cell.LocalName == "th" || cell.GetAttribute("role")?.Trim() is "columnheader" or "rowheader";
            TableHeaderScope? scope = cell.GetAttribute("scope")?.Trim().ToLowerInvariant() switch
            {
                "col" or "colgroup" => TableHeaderScope.Column,
                "row" or "rowgroup" => TableHeaderScope.Row,
                _ => cell.GetAttribute("role")?.Trim() switch
                {
                    "columnheader" => TableHeaderScope.Column,
                    "rowheader" => TableHeaderScope.Row,
                    _ => inHeaderRow ? TableHeaderScope.Column : null,
                },
            };

            // A cell of lists, images or tables keeps them as blocks, as the page shows them; any other holds phrases.
            var holdsBlocks = HtmlTables.CellHoldsBlocks(cell);
            return new Model.TableCell(holdsBlocks ? [] : WrapLanguage(cell, Trim(CellInlines(cell, depth))))
            {
                Blocks = holdsBlocks ? Blocks(cell, depth) : [],
                IsHeader = isHeader,
                Scope = isHeader ? scope : null,
                Id = cell.Id is { Length: > 0 } id && cellIds.Contains(id) ? id : null,
                HeaderIds = [.. Tokens(cell.GetAttribute("headers")).Where(id => cellIds.Contains(id) && id != cell.Id).Distinct(StringComparer.Ordinal)],
                ColumnSpan = Span(cell.GetAttribute("colspan")),
                RowSpan = Span(cell.GetAttribute("rowspan")),
            };
        }

        static IEnumerable<string> Tokens(string? value) => value?.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries) ?? [];

        static int Span(string? value) =>
            int.TryParse(value?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var span) ? Math.Clamp(span, 1, 1000) : 1;
    }

    /// <summary>The inline content of a table cell or caption: block children separated by a space, images by their alt text.</summary>
    private ImmutableArray<Inline> CellInlines(IElement element, int depth)
    {
        var result = ImmutableArray.CreateBuilder<Inline>();
        foreach (var node in element.ChildNodes)
        {
            if (node is IElement child && depth < MaxDepth && BlockNames.Contains(child.LocalName))
            {
                result.Add(new TextInline(" "));
                result.AddRange(CellInlines(child, depth + 1));
                result.Add(new TextInline(" "));
                continue;
            }

            // Images, frames and players lifted out of the cell's phrases leave their text alternative behind.
            var lifted = new List<Block>();
            result.AddRange(Inlines(node, depth + 1, lifted));
            foreach (var name in lifted.Select(TextAlternativeOf).Where(name => !string.IsNullOrWhiteSpace(name)))
            {
                result.Add(new TextInline(" " + name + " "));
            }
        }

        return Merge(result);
    }

    private static string? TextAlternativeOf(Block block) => block switch
    {
        FigureBlock figure => figure.Image.Alt,
        EmbedBlock embed => embed.Title,
        MediaBlock media => media.Title,
        _ => null,
    };

    private void AddCode(IElement pre, ImmutableArray<Block>.Builder blocks)
    {
        var lines = pre.TextContent.ReplaceLineEndings("\n").Trim('\n').Split('\n');
        if (pre.QuerySelector("a[href]") is null)
        {
            if (InlineRuns.CodeParagraph(lines) is { } paragraph)
            {
                blocks.Add(paragraph);
                _seenContent = true;
            }

            return;
        }

        // Preformatted text with links (a plain-text document, a listing with references): each
        // line is code, and the words of a link stay a link around their code.
        var runs = new List<(string Text, string? Href)>();
        var stack = new Stack<INode>();
        stack.Push(pre);
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            if (node is IText text)
            {
                var link = text.ParentElement?.Closest("a");
                runs.Add((text.Data.ReplaceLineEndings("\n"), link is not null && pre.Contains(link) ? SafeUrl(link.GetAttribute("href")) : null));
                continue;
            }

            if (node is IElement child && Skipped.Contains(child.LocalName))
            {
                continue;
            }

            for (var i = node.ChildNodes.Length - 1; i >= 0; i--)
            {
                stack.Push(node.ChildNodes[i]);
            }
        }

        var inlines = ImmutableArray.CreateBuilder<Inline>();
        foreach (var (text, href) in runs)
        {
            var parts = text.Split('\n');
            for (var i = 0; i < parts.Length; i++)
            {
                if (i > 0)
                {
                    inlines.Add(new LineBreakInline());
                }

                if (parts[i].Length > 0)
                {
                    Inline code = new CodeInline(parts[i]);
                    inlines.Add(href is not null && parts[i].Trim().Length > 0 ? new LinkInline(href, [code]) : code);
                }
            }
        }

        while (inlines.Count > 0 && inlines[0] is LineBreakInline)
        {
            inlines.RemoveAt(0);
        }

        while (inlines.Count > 0 && inlines[^1] is LineBreakInline)
        {
            inlines.RemoveAt(inlines.Count - 1);
        }

        if (inlines.Count > 0)
        {
            blocks.Add(new ParagraphBlock(inlines.ToImmutable()));
            _seenContent = true;
        }
    }

    /// <summary>
    /// Takes the credit elements the pruning marked (<see cref="Boilerplate.CreditAttribute"/>) out of
    /// the caption and gives their text, joined, for the figure's credit; <c>null</c> when it has none.
    /// </summary>
    private static string? TakeCredit(IElement caption)
    {
        var credits = caption.QuerySelectorAll($"[{Boilerplate.CreditAttribute}]").ToList();
        var text = string.Join(' ', credits.Select(credit => Normalize(credit.TextContent)).Where(part => part.Length > 0));
        if (text.Length == 0)
        {
            return null;
        }

        foreach (var credit in credits)
        {
            credit.Remove();
        }

        return text;
    }

    private FigureBlock? ToFigure(IElement image, ImmutableArray<Inline> caption)
    {
        // A lazily loaded image may have only a srcset (SmartReader moves data-srcset there): its first candidate is the image.
        var source = SafeUrl(image.GetAttribute("src")) ?? SafeUrl(FirstCandidate(image.GetAttribute("srcset")));
        if (source is null)
        {
            return null;
        }

        var alt = image.GetAttribute("alt");
        if (alt is null)
        {
            _imagesWithoutAlt++;
        }

        var decorative = alt is not null && alt.Trim().Length == 0;
        // longdesc="#id" was moved next to the image (MediaPreparation); a page address becomes a link to it.
        var longdesc = image.GetAttribute("longdesc")?.Trim();
        var description = !string.IsNullOrEmpty(longdesc) && !longdesc.StartsWith('#') && SafeUrl(longdesc) is { } address
            ? ImmutableArray.Create<Block>(new ParagraphBlock([new LinkInline(address, [new TextInline(address)])]))
            : [];
        return new FigureBlock(new Image(source, alt is null ? null : Collapse(alt).Trim()) { IsDecorative = decorative }) { Caption = caption, LongDescription = description };
    }

    /// <summary>The address of a srcset's first candidate (<c>a.jpg 1x, b.jpg 2x</c> → <c>a.jpg</c>).</summary>
    private static string? FirstCandidate(string? srcset)
    {
        if (string.IsNullOrWhiteSpace(srcset))
        {
            return null;
        }

        var first = srcset.Trim().Split(',')[0].Trim();
        var end = first.IndexOfAny([' ', '\t', '\n']);
        return end < 0 ? first : first[..end];
    }

    private void AddParagraph(ImmutableArray<Block>.Builder blocks, ImmutableArray<Inline> inlines, List<Block> figures)
    {
        var trimmed = Trim(inlines);
        if (HasVisibleText(Inline.PlainTextOf(trimmed)) || trimmed.Any(inline => inline is FootnoteReferenceInline))
        {
            // Pages mostly write quotations as marks in the text (“…”), not as <q>: they become
            // quotations, with their speakers, as in the plain-text format.
            _speakers.NextParagraph();
            blocks.Add(new ParagraphBlock(_speakers.Attribute(PlainText.QuotationScanner.Scan(trimmed))));
            _seenContent = true;
        }

        blocks.AddRange(figures);
        figures.Clear();
    }

    private ImmutableArray<Inline> Inlines(INode node, int depth, List<Block> figures, bool childrenOnly = false)
    {
        var result = ImmutableArray.CreateBuilder<Inline>();
        if (childrenOnly)
        {
            foreach (var child in node.ChildNodes)
            {
                result.AddRange(Inlines(child, depth + 1, figures));
            }

            return Merge(result);
        }

        switch (node)
        {
            case IText text:
                result.Add(new TextInline(Collapse(text.Data)));
                return result.ToImmutable();
            case not IElement:
                return [];
        }

        var element = (IElement)node;
        if (Skipped.Contains(element.LocalName))
        {
            return [];
        }

        if (depth > MaxDepth)
        {
            return [new TextInline(FlatText(element))];
        }

        ImmutableArray<Inline> Children() => Inlines(element, depth, figures, childrenOnly: true);

        if (element.LocalName == "a")
        {
            var text = Children();
            return SafeUrl(element.GetAttribute("href")) is { } href && HasText(text)
                ? WrapLanguage(element, [new LinkInline(href, text) { Title = element.GetAttribute("title") }])
                : WrapLanguage(element, text);
        }

        Inline? mapped = element.LocalName switch
        {
            "em" or "i" or "cite" or "dfn" or "var" => new EmphasisInline(EmphasisKind.Emphasis, Children()),
            "strong" or "b" => new EmphasisInline(EmphasisKind.Strong, Children()),
            "q" => new QuotationInline(Trim(Children())) { CiteUrl = SafeUrl(element.GetAttribute("cite")) },
            "code" or "kbd" or "samp" or "tt" => new CodeInline(Collapse(element.TextContent)),
            "br" => new LineBreakInline(),
            "abbr" when element.GetAttribute("title") is { Length: > 0 } title => new AbbreviationInline(Collapse(element.TextContent), title),
            _ => null,
        };

        if (Players.Contains(element.LocalName))
        {
            // A frame or player inside a paragraph: a block after it, as an image is.
            if (Player(element, null) is { } player)
            {
                figures.Add(player);
            }

            return [];
        }

        if (element.LocalName == "img")
        {
            if (ToFigure(element, []) is { } figure)
            {
                figures.Add(figure);
            }

            return [];
        }

        var inlines = mapped is null ? Children() : [mapped];
        return WrapLanguage(element, inlines);
    }

    /// <summary>A link needs words to be a link: an empty anchor or one around an image (which becomes a figure) is not kept as a link.</summary>
    private static bool HasText(ImmutableArray<Inline> inlines) => !string.IsNullOrWhiteSpace(Inline.PlainTextOf(inlines));

    /// <summary>Words marked with another language (<c>lang</c>) become a <see cref="ForeignInline"/>; an invalid tag is counted for a warning and the words stay as they are.</summary>
    private ImmutableArray<Inline> WrapLanguage(IElement element, ImmutableArray<Inline> inlines)
    {
        var lang = element.GetAttribute("lang")?.Trim();
        if (string.IsNullOrEmpty(lang) || inlines.IsEmpty)
        {
            return inlines;
        }

        if (!A11yArticles.LanguageTag.IsValid(lang))
        {
            _invalidLanguages.Add(lang);
            return inlines;
        }

        return [new ForeignInline(lang, inlines) { Direction = Language.LanguageDetector.DirectionOfSpan(element.GetAttribute("dir"), lang) }];
    }

    private static string? Attribution(string text)
    {
        var name = Collapse(text).Trim().TrimStart('—', '–', '―', '-', '~').Trim();
        return name.Length is > 0 and <= 200 ? name : null;
    }

    /// <summary>Keeps the addresses <see cref="UrlPolicy"/> accepts; the placeholder base SmartReader resolved against is taken off again.</summary>
    private static string? SafeUrl(string? url)
    {
        if (string.IsNullOrWhiteSpace(url))
        {
            return null;
        }

        url = url.Trim();
        if (PlaceholderBase.TakeOff(url) is { } relative)
        {
            // What the page gave, relative to the page, is checked like any other address.
            return relative.Length == 0 || !UrlPolicy.IsSafe(relative) ? null : relative;
        }

        return UrlPolicy.IsSafe(url) ? url : null;
    }

    /// <summary>Joins adjacent text runs and collapses the white space between them.</summary>
    private static ImmutableArray<Inline> Merge(ImmutableArray<Inline>.Builder inlines)
    {
        var merged = ImmutableArray.CreateBuilder<Inline>(inlines.Count);
        foreach (var inline in inlines)
        {
            if (inline is TextInline text && merged.Count > 0 && merged[^1] is TextInline previous)
            {
                merged[^1] = new TextInline(Collapse(previous.Text + text.Text));
            }
            else
            {
                merged.Add(inline);
            }
        }

        return merged.ToImmutable();
    }

    private static ImmutableArray<Inline> Trim(ImmutableArray<Inline> inlines) => InlineRuns.Trim(inlines, lineBreaks: true);

    /// <summary>
    /// Whether the text shows anything: more than white space and invisible format characters (a
    /// zero-width space, joiner or no-break, a soft hyphen), which pages use to keep an empty
    /// paragraph open and which made a blank paragraph that a screen reader stops on.
    /// </summary>
    private static bool HasVisibleText(string text)
    {
        foreach (var character in text)
        {
            if (!char.IsWhiteSpace(character) && char.GetUnicodeCategory(character) != UnicodeCategory.Format)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The text of a subtree, collected with an explicit stack.</summary>
    private static string FlatText(IElement element)
    {
        var text = new StringBuilder();
        var stack = new Stack<INode>();
        stack.Push(element);
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            if (node is IText run)
            {
                text.Append(run.Data);
                continue;
            }

            if (node is IElement child && Skipped.Contains(child.LocalName))
            {
                continue;
            }

            if (node is IElement { LocalName: not "span" and not "a" and not "em" and not "strong" and not "b" and not "i" })
            {
                text.Append(' ');
            }

            for (var i = node.ChildNodes.Length - 1; i >= 0; i--)
            {
                stack.Push(node.ChildNodes[i]);
            }
        }

        return Collapse(text.ToString()).Trim();
    }

    private static string Collapse(string text) => SpaceRuns.Collapse(text);

    private static string Normalize(string text) => Collapse(text).Trim();


    private sealed class FrozenNames(params string[] names)
    {
        private readonly FrozenSet<string> _names = names.ToFrozenSet(StringComparer.Ordinal);

        public bool Contains(string name) => _names.Contains(name);
    }
}
