using System.Collections.Immutable;
using A11yArticles.Importers.Language;
using A11yArticles.Model;

namespace A11yArticles.Importers.PlainText;

/// <summary>
/// Turns the paragraphs of a plain-text article into blocks: each paragraph's quotations (with their
/// speakers), and the newspaper convention for a quotation that runs over several paragraphs (each
/// paragraph opens with a quotation mark, only the last one closes) as ONE <see cref="QuoteBlock"/>.
/// Words before such a quotation in its first paragraph, and after it in its last, stay paragraphs
/// of their own, so nothing is lost; they name the block's speaker when they say who speaks.
/// </summary>
internal static class QuotationBlocks
{
    public static ImmutableArray<Block> Build(IReadOnlyList<string> paragraphs, ImportWarnings warnings)
    {
        var speakers = new SpeakerAttribution();
        var scans = paragraphs.Select(QuotationScanner.ScanParagraph).ToList();
        var blocks = ImmutableArray.CreateBuilder<Block>();
        var i = 0;
        while (i < scans.Count)
        {
            speakers.NextParagraph();
            var scan = scans[i];
            if (scan.UnclosedMark is { } mark && ContinuesInto(paragraphs, i + 1, mark))
            {
                i = BuildQuoteBlock(paragraphs, scans, i, mark, blocks, speakers, warnings);
                continue;
            }

            WarnUnclosed(scan, i, paragraphs[i], warnings);
            blocks.Add(new ParagraphBlock(speakers.Attribute(scan.Inlines)));
            i++;
        }

        return blocks.ToImmutable();
    }

    /// <summary>Builds the quote block that starts in paragraph <paramref name="first"/>; returns the index of the paragraph after it.</summary>
    private static int BuildQuoteBlock(
        IReadOnlyList<string> paragraphs,
        List<ScanResult> scans,
        int first,
        char mark,
        ImmutableArray<Block>.Builder blocks,
        SpeakerAttribution speakers,
        ImportWarnings warnings)
    {
        var opening = scans[first].Inlines;
        var lead = opening[..^1];
        var quoted = ImmutableArray.CreateBuilder<Block>();
        quoted.Add(new ParagraphBlock(((QuotationInline)opening[^1]).Inlines));
        if (HasWords(lead))
        {
            blocks.Add(new ParagraphBlock(speakers.Attribute(Trim(lead))));
        }

        ImmutableArray<Inline> trailing = [];
        var closed = false;
        var last = first;
        for (var j = first + 1; j < scans.Count && scans[j].Inlines is [QuotationInline quotation, ..] inlines; j++)
        {
            last = j;
            quoted.Add(new ParagraphBlock(quotation.Inlines));
            var endsOpen = scans[j].UnclosedMark == mark && inlines.Length == 1;
            if (!endsOpen)
            {
                closed = true;
                trailing = inlines[1..];
                WarnUnclosed(scans[j], j, paragraphs[j], warnings);
                break;
            }

            if (!ContinuesInto(paragraphs, j + 1, mark))
            {
                break;
            }
        }

        if (!closed)
        {
            warnings.Add(
                $"paragraph {first + 1}: the quotation that opens with {mark} (\"{Shorten(paragraphs[first])}\") runs over several paragraphs and is never closed; it was ended after paragraph {last + 1}");
        }

        var speaker = speakers.FromTextAfter(Inline.PlainTextOf(trailing)) ?? speakers.FromTextBefore(Inline.PlainTextOf(lead));
        blocks.Add(new QuoteBlock(quoted.ToImmutable()) { Speaker = speaker });
        if (HasWords(trailing))
        {
            blocks.Add(new ParagraphBlock(speakers.Attribute(Trim(trailing))));
        }

        return last + 1;
    }

    private static bool ContinuesInto(IReadOnlyList<string> paragraphs, int index, char mark) =>
        index < paragraphs.Count && paragraphs[index].Length > 1 && paragraphs[index][0] == mark;

    private static void WarnUnclosed(ScanResult scan, int index, string paragraph, ImportWarnings warnings)
    {
        if (scan.UnclosedCount > 0)
        {
            var what = scan.UnclosedCount == 1 ? "a quotation is" : $"{scan.UnclosedCount} quotations are";
            warnings.Add($"paragraph {index + 1}: {what} never closed (\"{Shorten(paragraph)}\"); ended at the end of the paragraph");
        }
    }

    private static ImmutableArray<Inline> Trim(ImmutableArray<Inline> inlines)
    {
        var builder = inlines.ToBuilder();
        if (builder.Count > 0 && builder[0] is TextInline first)
        {
            builder[0] = new TextInline(first.Text.TrimStart());
        }

        if (builder.Count > 0 && builder[^1] is TextInline last)
        {
            builder[^1] = new TextInline(last.Text.TrimEnd());
        }

        builder.RemoveAll(inline => inline is TextInline { Text.Length: 0 });
        return builder.ToImmutable();
    }

    private static bool HasWords(ImmutableArray<Inline> inlines) => !InlineRuns.IsBlank(inlines);

    private static string Shorten(string text) => text.Length <= 50 ? text : string.Concat(text.AsSpan(0, 47), "...");
}
