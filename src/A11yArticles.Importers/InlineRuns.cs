using System.Collections.Immutable;
using A11yArticles.Model;

namespace A11yArticles.Importers;

/// <summary>Small operations on runs of inlines that every importer needs, written once.</summary>
internal static class InlineRuns
{
    /// <summary>
    /// Removes the spaces at the start of the first text and the end of the last (« oui », a
    /// paragraph's indentation), and the texts that become empty; with <paramref name="lineBreaks"/>
    /// also line breaks at either end.
    /// </summary>
    public static ImmutableArray<Inline> Trim(ImmutableArray<Inline> inlines, bool lineBreaks = false)
    {
        if (inlines.IsDefaultOrEmpty)
        {
            return inlines.IsDefault ? [] : inlines;
        }

        if (!NeedsTrim(inlines, lineBreaks))
        {
            return inlines; // the common case, without a copy
        }

        var builder = inlines.ToBuilder();
        if (builder[0] is TextInline first)
        {
            builder[0] = new TextInline(first.Text.TrimStart());
        }

        if (builder[^1] is TextInline last)
        {
            builder[^1] = new TextInline(last.Text.TrimEnd());
        }

        builder.RemoveAll(inline => inline is TextInline { Text.Length: 0 });
        while (lineBreaks && builder.Count > 0 && builder[0] is LineBreakInline)
        {
            builder.RemoveAt(0);
        }

        while (lineBreaks && builder.Count > 0 && builder[^1] is LineBreakInline)
        {
            builder.RemoveAt(builder.Count - 1);
        }

        return builder.ToImmutable();
    }

    /// <summary>Whether <see cref="Trim"/> has anything to remove from <paramref name="inlines"/> (not empty).</summary>
    private static bool NeedsTrim(ImmutableArray<Inline> inlines, bool lineBreaks)
    {
        if (inlines[0] is TextInline { Text: [var first, ..] } && char.IsWhiteSpace(first))
        {
            return true;
        }

        if (inlines[^1] is TextInline { Text: [.., var last] } && char.IsWhiteSpace(last))
        {
            return true;
        }

        foreach (var inline in inlines)
        {
            if (inline is TextInline { Text.Length: 0 })
            {
                return true;
            }
        }

        return lineBreaks && (inlines[0] is LineBreakInline || inlines[^1] is LineBreakInline);
    }

    /// <summary>
    /// Whether the plain text of <paramref name="inlines"/> (<see cref="Inline.PlainTextOf"/>) is
    /// empty or only white space, without making it: the quotation scanner asks this of every
    /// quotation it closes.
    /// </summary>
    public static bool IsBlank(ImmutableArray<Inline> inlines)
    {
        foreach (var inline in inlines)
        {
            var blank = inline switch
            {
                TextInline run => run.Text.AsSpan().IsWhiteSpace(),
                AbbreviationInline abbreviation => abbreviation.Text.AsSpan().IsWhiteSpace(),
                CodeInline code => code.Code.AsSpan().IsWhiteSpace(),
                LineBreakInline => true,
                _ => IsBlank(ModelTraversal.ChildInlinesOf(inline)),
            };
            if (!blank)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A code block as a paragraph of code runs joined by line breaks, or null when every line is blank.</summary>
    public static ParagraphBlock? CodeParagraph(IReadOnlyList<string> lines)
    {
        if (!lines.Any(line => line.Trim().Length > 0))
        {
            return null;
        }

        var inlines = ImmutableArray.CreateBuilder<Inline>();
        foreach (var line in lines)
        {
            if (inlines.Count > 0)
            {
                inlines.Add(new LineBreakInline());
            }

            inlines.Add(new CodeInline(line));
        }

        return new ParagraphBlock(inlines.ToImmutable());
    }
}
