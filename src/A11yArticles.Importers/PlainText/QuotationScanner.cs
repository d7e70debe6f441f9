using System.Buffers;
using System.Collections.Immutable;
using System.Text;
using A11yArticles.Model;

namespace A11yArticles.Importers.PlainText;

/// <summary>
/// Finds the quotations in one paragraph of plain text, in every common convention:
/// “…” and "…" (English and many others), ‘…’ and '…' nested inside them, «…» and « … » with
/// (narrow) no-break spaces (Spanish, French, Arabic, ...), »…« (German books), „…“ and „…” (German,
/// Polish, ...), ‚…‘, ‹…›, and 「…」/『…』 (Japanese, Chinese). Quotations nest.
/// <para>
/// Apostrophes (what’s, people's), elisions (’90s, 'em) and inch and foot marks (5'10", a 12" pizza)
/// are never quotation marks: a mark opens a quotation only at the start of a word, and a single
/// mark closes one only at the end of a word. A double quotation still open at the end of the
/// paragraph is ended there (<see cref="ScanResult.UnclosedMark"/> tells the importer, which warns,
/// or continues the quotation into the next paragraph); a single one is an apostrophe after all and
/// stays text. A closing mark with nothing open, and an empty pair, stay text.
/// </para>
/// </summary>
internal static class QuotationScanner
{
    /// <summary>Opening mark → the marks that close it.</summary>
    private static readonly Dictionary<char, string> Closers = new()
    {
        ['“'] = "”",
        ['„'] = "“”",
        ['"'] = "\"",
        ['«'] = "»",
        ['»'] = "«",
        ['「'] = "」",
        ['『'] = "』",
        ['‘'] = "’",
        ['‚'] = "‘’",
        ['‹'] = "›",
        ['\''] = "'",
    };

    /// <summary>Every character that can open or close a quotation; the scan jumps from one to the next.</summary>
    private static readonly SearchValues<char> Marks = SearchValues.Create(string.Concat(Closers.Keys) + string.Concat(Closers.Values));

    /// <summary>Single marks: also apostrophes, so an unclosed one is text, not a quotation.</summary>
    private const string SingleMarks = "‘‚‹'";

    /// <summary>Marks that need a word start to open (the others are unambiguous openers).</summary>
    private const string AmbiguousOpeners = "\"'‘»";

    /// <summary>Quotations nested deeper than this are not real; their marks stay text (and no input can nest without limit).</summary>
    public const int MaxNesting = 16;

    public static ImmutableArray<Inline> Scan(string paragraph) => ScanParagraph(paragraph).Inlines;

    /// <summary>Stands for an inline that is not plain text while a run of mixed inlines is scanned.</summary>
    private const char Placeholder = '\uFFFC';

    /// <summary>
    /// Finds the quotations in a paragraph of mixed inlines (text with emphasis, links, words in
    /// another language, ...): <c>“We are *ready*,” she said</c> is a quotation holding an emphasis.
    /// The quotation marks are looked for in the paragraph's own text runs; each other inline stands
    /// in the scan as one object-replacement character and is put back, unchanged, where it stood
    /// (inside the quotation or not). Marks inside an emphasis or a link belong to it and are not
    /// scanned with the paragraph, but on their own: a quotation wholly inside an emphasis, a link or
    /// a language span is found there; one that would open inside and close outside stays text.
    /// </summary>
    public static ImmutableArray<Inline> Scan(ImmutableArray<Inline> inlines) => Scan(inlines, depth: 0);

    private static ImmutableArray<Inline> Scan(ImmutableArray<Inline> inlines, int depth)
    {
        if (depth < MaxNesting)
        {
            inlines = [.. inlines.Select(inline => inline switch
            {
                EmphasisInline emphasis => emphasis with { Inlines = Scan(emphasis.Inlines, depth + 1) },
                LinkInline link => link with { Inlines = Scan(link.Inlines, depth + 1) },
                ForeignInline foreign => foreign with { Inlines = Scan(foreign.Inlines, depth + 1) },
                _ => inline,
            })];
        }

        if (inlines.All(inline => inline is TextInline))
        {
            return Scan(string.Concat(inlines.Cast<TextInline>().Select(text => text.Text)));
        }

        if (inlines.Any(inline => inline is QuotationInline || inline is TextInline text && text.Text.Contains(Placeholder, StringComparison.Ordinal)))
        {
            return inlines; // already marked up, or the text itself holds the placeholder: leave it as it is
        }

        var flat = new StringBuilder();
        var others = new Queue<Inline>();
        foreach (var inline in inlines)
        {
            if (inline is TextInline text)
            {
                flat.Append(text.Text);
            }
            else
            {
                flat.Append(Placeholder);
                others.Enqueue(inline);
            }
        }

        var scanned = PutBack(Scan(flat.ToString()), others);
        return others.Count == 0 ? scanned : inlines; // every inline must be back in place, or nothing changes
    }

    private static ImmutableArray<Inline> PutBack(ImmutableArray<Inline> scanned, Queue<Inline> others)
    {
        var result = ImmutableArray.CreateBuilder<Inline>();
        foreach (var inline in scanned)
        {
            switch (inline)
            {
                case TextInline text:
                    var start = 0;
                    for (var at = text.Text.IndexOf(Placeholder, StringComparison.Ordinal); at >= 0; at = text.Text.IndexOf(Placeholder, start))
                    {
                        if (at > start)
                        {
                            result.Add(new TextInline(text.Text[start..at]));
                        }

                        if (others.TryDequeue(out var other))
                        {
                            result.Add(other);
                        }

                        start = at + 1;
                    }

                    if (start < text.Text.Length)
                    {
                        result.Add(start == 0 ? text : new TextInline(text.Text[start..]));
                    }

                    break;
                case QuotationInline quotation:
                    result.Add(quotation with { Inlines = PutBack(quotation.Inlines, others) });
                    break;
                default:
                    result.Add(inline);
                    break;
            }
        }

        return result.ToImmutable();
    }

    public static ScanResult ScanParagraph(string paragraph)
    {
        ArgumentNullException.ThrowIfNull(paragraph);
        var open = new List<Frame> { new(paragraph, mark: null, start: 0) };

        for (var i = 0; i < paragraph.Length; i++)
        {
            // Only quotation marks can open or close: the text up to the next one is copied as it is.
            var next = paragraph.AsSpan(i).IndexOfAny(Marks);
            if (next < 0)
            {
                open[^1].AppendSource(i, paragraph.Length - i);
                break;
            }

            if (next > 0)
            {
                open[^1].AppendSource(i, next);
                i += next;
            }

            var c = paragraph[i];
            var closing = FindClosable(open, paragraph, i);
            if (closing > 0)
            {
                Close(open, closing, closingAt: i);
                continue;
            }

            if (Closers.ContainsKey(c) && open.Count <= MaxNesting && CanOpen(open, paragraph, i))
            {
                open.Add(new Frame(paragraph, c, i));
                continue;
            }

            open[^1].AppendSource(i, 1);
        }

        // Unclosed single marks were apostrophes; the outermost unclosed double quotation is ended here.
        char? unclosed = null;
        var unclosedCount = 0;
        while (open.Count > 1)
        {
            var frame = open[^1];
            if (SingleMarks.Contains(frame.Mark!.Value, StringComparison.Ordinal) || IsBlank(frame))
            {
                Abandon(open);
                continue;
            }

            unclosedCount++;
            unclosed = frame.Mark;
            Close(open, open.Count - 1, closingAt: null);
        }

        var inlines = open[0].ToInlines();
        var endsWithUnclosed = unclosed is not null && inlines.Length > 0 && inlines[^1] is QuotationInline;
        return new ScanResult(inlines, endsWithUnclosed ? unclosed : null, unclosedCount);
    }

    /// <summary>The index in <paramref name="open"/> of the quotation that the mark at <paramref name="index"/> closes, or 0.</summary>
    private static int FindClosable(List<Frame> open, string text, int index)
    {
        var c = text[index];
        for (var depth = open.Count - 1; depth > 0; depth--)
        {
            var mark = open[depth].Mark!.Value;
            if (!Closers[mark].Contains(c, StringComparison.Ordinal))
            {
                continue;
            }

            // A single closing mark inside a word is an apostrophe (what’s, people's).
            if (c is '’' or '\'' or '‘' && index + 1 < text.Length && char.IsLetterOrDigit(text[index + 1]))
            {
                return 0;
            }

            // 5'10": the straight mark after feet and inches is an inch mark.
            if (c is '"' && IsFeetAndInches(text, index))
            {
                return 0;
            }

            return depth;
        }

        return 0;
    }

    private static bool IsFeetAndInches(string text, int index)
    {
        var i = index - 1;
        while (i >= 0 && char.IsDigit(text[i]))
        {
            i--;
        }

        return i < index - 1 && i >= 1 && text[i] is '\'' or '’' && char.IsDigit(text[i - 1]);
    }

    /// <summary>A mark opens a quotation where a quotation can start and not as an apostrophe, elision or inch mark.</summary>
    private static bool CanOpen(List<Frame> open, string text, int index)
    {
        var c = text[index];
        var after = index + 1 < text.Length ? text[index + 1] : ' ';
        if (!AmbiguousOpeners.Contains(c, StringComparison.Ordinal))
        {
            return c is not '«' and not '»' || !char.IsWhiteSpace(after) || IsSpacedGuillemet(text, index);
        }

        var before = index == 0 ? ' ' : text[index - 1];
        var atWordStart = char.IsWhiteSpace(before) || "([{—–-/“„«‘‚‹「『:".Contains(before, StringComparison.Ordinal);
        if (!atWordStart || char.IsWhiteSpace(after))
        {
            return false;
        }

        // Straight single marks quote only inside another quotation; at the top they are apostrophes ('tis, 'em).
        if (c == '\'' && open.Count == 1)
        {
            return false;
        }

        // Elisions: ’90s, '90s, ‘em.
        if (c is '\'' or '‘' && (char.IsDigit(after) || IsElision(text, index + 1)))
        {
            return false;
        }

        return true;
    }

    private static bool IsSpacedGuillemet(string text, int index) =>
        index + 2 < text.Length && text[index + 1] is ' ' or '\u00A0' or '\u202F' && !char.IsWhiteSpace(text[index + 2]);

    private static readonly string[] Elisions = ["em", "tis", "twas", "n", "cause", "til", "bout"];

    private static bool IsElision(string text, int start)
    {
        foreach (var elision in Elisions)
        {
            var end = start + elision.Length;
            if (end <= text.Length
                && text.AsSpan(start, elision.Length).Equals(elision, StringComparison.OrdinalIgnoreCase)
                && (end == text.Length || !char.IsLetter(text[end])))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Closes the quotation at <paramref name="depth"/>; single quotations opened inside it and never closed go back to text.</summary>
    private static void Close(List<Frame> open, int depth, int? closingAt)
    {
        while (open.Count - 1 > depth)
        {
            Abandon(open);
        }

        var closed = open[^1];
        open.RemoveAt(open.Count - 1);
        var parent = open[^1];
        var inlines = closed.ToInlines();
        if (InlineRuns.IsBlank(inlines))
        {
            // “” or “ ” quote nothing: keep the marks as the text they are.
            parent.AppendSource(closed.Start, 1);
            parent.AppendInlines(inlines);
            if (closingAt is { } at)
            {
                parent.AppendSource(at, 1);
            }

            return;
        }

        parent.Append(new QuotationInline(InlineRuns.Trim(inlines)));
    }

    /// <summary>The innermost open quotation never closed: its mark and content go back to its parent as they were.</summary>
    private static void Abandon(List<Frame> open)
    {
        var abandoned = open[^1];
        open.RemoveAt(open.Count - 1);
        var parent = open[^1];
        parent.AppendSource(abandoned.Start, 1);
        parent.AppendInlines(abandoned.ToInlines());
    }

    private static bool IsBlank(Frame frame) => InlineRuns.IsBlank(frame.ToInlines());

    /// <summary>
    /// One quotation being read (or the paragraph itself): its inlines so far and the text that
    /// follows them. That text is nearly always one stretch of the paragraph, kept as a range and
    /// cut out once when it ends, instead of being copied into a builder character by character.
    /// </summary>
    private sealed class Frame(string source, char? mark, int start)
    {
        private ImmutableArray<Inline>.Builder? _inlines;
        private int _textStart;
        private int _textEnd;
        private StringBuilder? _spilled; // text that is not one stretch of the paragraph (rare)

        public char? Mark { get; } = mark;

        /// <summary>Where the opening mark is in the paragraph.</summary>
        public int Start { get; } = start;

        /// <summary>Appends the paragraph's characters from <paramref name="from"/>.</summary>
        public void AppendSource(int from, int length)
        {
            if (length == 0)
            {
                return;
            }

            if (_spilled is null)
            {
                if (_textEnd == _textStart)
                {
                    (_textStart, _textEnd) = (from, from + length);
                    return;
                }

                if (from == _textEnd)
                {
                    _textEnd += length;
                    return;
                }

                Spill();
            }

            _spilled!.Append(source, from, length);
        }

        public void Append(Inline inline)
        {
            FlushText();
            (_inlines ??= ImmutableArray.CreateBuilder<Inline>()).Add(inline);
        }

        public void AppendInlines(ImmutableArray<Inline> inlines)
        {
            foreach (var inline in inlines)
            {
                if (inline is TextInline run)
                {
                    if (run.Text.Length > 0)
                    {
                        Spill();
                        _spilled!.Append(run.Text);
                    }
                }
                else
                {
                    Append(inline);
                }
            }
        }

        /// <summary>The content so far.</summary>
        public ImmutableArray<Inline> ToInlines()
        {
            FlushText();
            return _inlines?.ToImmutable() ?? []; // a copy: the builder keeps its content
        }

        /// <summary>Moves the pending stretch of the paragraph into a builder, to append other text to it.</summary>
        private void Spill()
        {
            if (_spilled is null)
            {
                _spilled = new StringBuilder().Append(source, _textStart, _textEnd - _textStart);
                _textStart = _textEnd = 0;
            }
        }

        private void FlushText()
        {
            string? text = null;
            if (_spilled is not null)
            {
                text = _spilled.Length > 0 ? _spilled.ToString() : null;
                _spilled = null;
            }
            else if (_textEnd > _textStart)
            {
                text = source.Substring(_textStart, _textEnd - _textStart);
                _textStart = _textEnd = 0;
            }

            if (text is not null)
            {
                (_inlines ??= ImmutableArray.CreateBuilder<Inline>()).Add(new TextInline(text));
            }
        }
    }
}

/// <summary>The quotations of one paragraph.</summary>
/// <param name="Inlines">The paragraph's content.</param>
/// <param name="UnclosedMark">
/// The opening mark of a double quotation that was still open at the end of the paragraph and is the
/// paragraph's last inline (the quotation may continue in the next paragraph), or null.
/// </param>
/// <param name="UnclosedCount">How many double quotations were ended at the end of the paragraph.</param>
internal sealed record ScanResult(ImmutableArray<Inline> Inlines, char? UnclosedMark, int UnclosedCount);
