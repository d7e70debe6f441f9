using Markdig;
using Markdig.Extensions.GenericAttributes;
using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Parsers.Inlines;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax.Inlines;

namespace A11yArticles.Importers.Markdown;

/// <summary>
/// Words in another language, written as a bracketed span: <c>[hasta luego]{lang=es}</c> (the
/// syntax of Pandoc's bracketed spans, with Markdig's generic-attribute syntax inside the braces).
/// Its children are the span's inlines, so emphasis, links and quotation marks inside it work.
/// </summary>
internal sealed class LanguageSpanInline : ContainerInline
{
    /// <summary>The value of <c>lang</c> in the braces.</summary>
    public required string Language { get; init; }

    /// <summary>The value of <c>dir</c> in the braces, when given.</summary>
    public string? Direction { get; init; }
}

/// <summary>
/// Closes a <c>[</c> … <c>]</c> into a <see cref="LanguageSpanInline"/> when <c>{…}</c> with a
/// <c>lang</c> attribute follows the <c>]</c> directly. Markdig has no bracketed spans: without
/// this parser the brackets stay literal text and the attributes land on the paragraph, so only one
/// span per paragraph could be told apart. It works like Markdig's own link parser, which it runs
/// before: the <c>[</c> has already been pushed as a <see cref="LinkDelimiterInline"/> by that
/// parser, and everything parsed since is its children.
/// </summary>
internal sealed class LanguageSpanParser : InlineParser
{
    public LanguageSpanParser() => OpeningCharacters = [']'];

    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        // An opener made inactive by a link inside it still opens a span: links may not hold links,
        // but a span may hold a link.
        var opener = processor.Inline?.FirstParentOfType<LinkDelimiterInline>();
        if (opener is not { IsImage: false } || slice.PeekChar() != '{')
        {
            return false;
        }

        var attributesSlice = slice;
        attributesSlice.SkipChar(); // the ']'
        if (!GenericAttributesParser.TryParse(ref attributesSlice, out var attributes)
            || Property(attributes.Properties, "lang") is not { Length: > 0 } language)
        {
            return false; // not ours: a link, a reference, or attributes meant for something else
        }

        var span = new LanguageSpanInline
        {
            Language = language,
            Direction = Property(attributes.Properties, "dir"),
            Span = new(opener.Span.Start, processor.GetSourcePosition(attributesSlice.Start - 1)),
            Line = opener.Line,
            Column = opener.Column,
        };
        var child = opener.FirstChild;
        while (child is not null)
        {
            var next = child.NextSibling;
            child.Remove();
            span.AppendChild(child);
            child = next;
        }

        opener.ReplaceBy(span);
        processor.Inline = span;
        processor.PostProcessInlines(0, span, null, false); // emphasis inside the span
        span.IsClosed = true;
        slice = attributesSlice;
        return true;
    }

    /// <summary>The trimmed value of a generic attribute (<c>lang</c>, <c>dir</c>), its name in any case; null when absent.</summary>
    internal static string? Property(IEnumerable<KeyValuePair<string, string?>>? properties, string name) =>
        properties?.FirstOrDefault(p => string.Equals(p.Key, name, StringComparison.OrdinalIgnoreCase)).Value?.Trim();
}

/// <summary>
/// Adds <see cref="LanguageSpanParser"/> to a Markdig pipeline (and a <c>&lt;span lang&gt;</c>
/// renderer, so the pipeline still renders HTML correctly if used for that).
/// </summary>
internal sealed class LanguageSpanExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        if (!pipeline.InlineParsers.Contains<LanguageSpanParser>())
        {
            pipeline.InlineParsers.InsertBefore<LinkInlineParser>(new LanguageSpanParser());
        }
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html && !html.ObjectRenderers.Contains<LanguageSpanRenderer>())
        {
            html.ObjectRenderers.Add(new LanguageSpanRenderer());
        }
    }

    private sealed class LanguageSpanRenderer : HtmlObjectRenderer<LanguageSpanInline>
    {
        protected override void Write(HtmlRenderer renderer, LanguageSpanInline span)
        {
            renderer.Write("<span lang=\"").WriteEscape(span.Language).Write('"');
            if (span.Direction is not null)
            {
                renderer.Write(" dir=\"").WriteEscape(span.Direction).Write('"');
            }

            renderer.Write('>');
            renderer.WriteChildren(span);
            renderer.Write("</span>");
        }
    }
}
