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
