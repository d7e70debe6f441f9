using Markdig;
using Markdig.Extensions.CustomContainers;
using Markdig.Parsers;
using Markdig.Renderers;

namespace A11yArticles.Importers.Markdown;

/// <summary>
/// The block containers of the article syntax, on Markdig's custom containers (<c>::: name {attributes}</c>
/// … <c>:::</c>): <c>embed</c>, <c>video</c>, <c>audio</c> and <c>description</c> (see
/// <see cref="MarkdownArticleMapper"/> and docs/importers.md). Only the block parser is added:
/// Markdig's own extension also turns <c>::text::</c> into inline containers, which would change what
/// existing articles mean.
/// </summary>
internal sealed class ArticleContainerExtension : IMarkdownExtension
{
    /// <summary>The container that embeds a frame from another site.</summary>
    public const string Embed = "embed";

    /// <summary>The container of a video of the article's own: its captions tracks and transcript.</summary>
    public const string Video = "video";

    /// <summary>The container of a sound recording: its tracks and transcript.</summary>
    public const string Audio = "audio";

    /// <summary>The container of the long description of the figure right before it.</summary>
    public const string Description = "description";

    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        if (!pipeline.BlockParsers.Contains<CustomContainerParser>())
        {
            // Before the fenced code parser, as Markdig's CustomContainerExtension inserts it.
            pipeline.BlockParsers.InsertBefore<FencedCodeBlockParser>(new CustomContainerParser());
        }
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        // The importer never renders Markdown.
    }
}
