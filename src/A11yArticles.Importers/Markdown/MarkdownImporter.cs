using System.Collections.Immutable;
using A11yArticles.Importers.FrontMatter;
using A11yArticles.Importers.Language;
using A11yArticles.Importers.PlainText;
using A11yArticles.Model;
using Markdig;
using MdSyntax = Markdig.Syntax;

namespace A11yArticles.Importers.Markdown;

/// <summary>
/// Imports Markdown (CommonMark, parsed with Markdig) with the same YAML front matter as plain text
/// (<see cref="ArticleFrontMatter"/>). The first line must be a level-1 heading: the headline. Then
/// headings, paragraphs, emphasis, links, lists, images with alt text (<c>![alt](src "caption")</c>;
/// an image alone in its paragraph is a figure, its title the caption; <c>{.decorative}</c> marks an
/// image as decoration; an image without alt text is a warning), Markdig figures (<c>^^^</c>), block
/// quotes whose last line <c>— Name</c> names the speaker, footnotes (<c>[^1]</c>), abbreviations
/// (<c>*[HTML]: HyperText Markup Language</c>), and words in another language through generic
/// attributes (<c>[texto]{lang=es}</c>, any number per paragraph, see <see cref="LanguageSpanParser"/>;
/// <c>*palabra*{lang=es}</c>), and the article containers <c>::: embed</c>, <c>::: video</c>,
/// <c>::: audio</c> (with track links and a transcript) and <c>::: description</c> after a figure
/// (see <see cref="ArticleContainerExtension"/>). Quotation marks in plain runs of
/// text become quotations as in the plain-text format. Raw HTML is never markup: it is dropped with a
/// warning, its text kept.
/// </summary>
public static class MarkdownImporter
{
    /// <summary>How deeply Markdown blocks and inlines may nest; deeper input is flattened to text (and Markdig stops at it too).</summary>
    internal const int MaxNesting = 64;

    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder
    {
        MaximumNestingDepth = MaxNesting,
    }
        .UsePreciseSourceLocation()
        .UseFootnotes()
        .UseAbbreviations()
        .UseFigures()
        .UsePipeTables()
        .Use<LanguageSpanExtension>()
        .Use<ArticleContainerExtension>() // before the generic attributes, which then read '::: video {src=…}'
        .UseGenericAttributes() // last, as Markdig asks: it takes '{' after every other parser
        .Build();

    /// <summary>Imports a Markdown article from the raw bytes of a file.</summary>
    /// <param name="bytes">The file's content in UTF-8.</param>
    /// <param name="sourceName">The file's name, used in messages and kept on the article.</param>
    /// <returns>The article and the warnings.</returns>
    /// <exception cref="ArticleImportException">The bytes are not UTF-8 text or do not hold an article.</exception>
    public static ImportResult Import(ReadOnlySpan<byte> bytes, string sourceName) =>
        Parse(PlainTextImporter.DecodeUtf8(bytes, sourceName, "Markdown starting with a '# Headline' line"), sourceName);

    /// <summary>Imports a Markdown article from text.</summary>
    /// <param name="text">The Markdown.</param>
    /// <param name="sourceName">The source's name, used in messages and kept on the article.</param>
    /// <returns>The article and the warnings.</returns>
    /// <exception cref="ArticleImportException">The text does not hold an article.</exception>
    public static ImportResult Parse(string text, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(text);
        text = text.TrimStart('\uFEFF').ReplaceLineEndings("\n");
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new ArticleImportException(sourceName, "contains only whitespace; expected Markdown starting with a '# Headline' line");
        }

        var frontMatter = ArticleFrontMatter.Split(text, sourceName, out var body);
        MdSyntax.MarkdownDocument document;
        try
        {
            document = Markdig.Markdown.Parse(body, Pipeline);
        }
        catch (ArgumentException error) when (error.Message.Contains("depth limit", StringComparison.Ordinal))
        {
            throw new ArticleImportException(sourceName, $"nests Markdown elements (block quotes, lists) more than {MaxNesting} levels deep; no article needs that", error);
        }
        catch (Exception error) when (error is InvalidOperationException or ArgumentException)
        {
            throw new ArticleImportException(sourceName, $"the Markdown could not be parsed: {error.Message}", error);
        }

        var first = document.FirstOrDefault(block => block is not MdSyntax.LinkReferenceDefinitionGroup);
        if (first is not MdSyntax.HeadingBlock { Level: 1 } headingBlock)
        {
            throw new ArticleImportException(sourceName, "has no headline: the first line must be a level-1 heading ('# Headline')");
        }

        var warnings = new ImportWarnings(sourceName);
        // Markdig counts lines from the end of the front matter; messages count them in the file.
        var frontMatterLines = text.AsSpan(0, text.Length - body.Length).Count('\n');
        var mapper = new MarkdownArticleMapper(warnings, frontMatterLines);
        var headline = Inline.PlainTextOf(mapper.HeadingInlines(headingBlock)).Trim();
        if (headline.Length == 0)
        {
            throw new ArticleImportException(sourceName, "has no headline: the first heading is empty");
        }

        var blocks = mapper.Map(document.Where(block => block != headingBlock));
        if (blocks.IsEmpty)
        {
            throw new ArticleImportException(sourceName, $"has a headline ('{headline}') but no paragraphs after it");
        }

        var article = new Article(headline, blocks)
        {
            SourceName = sourceName,
            Footnotes = mapper.Footnotes,
        };
        article = ArticleLanguage.Apply(article, frontMatter);
        return new ImportResult(frontMatter?.ApplyTo(article) ?? article, warnings.ToImmutable());
    }
}
