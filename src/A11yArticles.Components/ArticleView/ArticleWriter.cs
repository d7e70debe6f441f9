using System.Collections.Immutable;
using A11yArticles.Model;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;

namespace A11yArticles.Components;

/// <summary>
/// What <see cref="ArticleView"/> renders, with its settings: the component fills one in from its
/// parameters, and <see cref="ArticlePage"/> fills one in for the article of its page,
/// so that the page writes the same article without a component for it.
/// </summary>
internal sealed class ArticleWriter
{
    private readonly RenderFragment _renderArticle;

    public ArticleWriter() => _renderArticle = RenderArticle;

    /// <summary>The article and its settings.</summary>
    public ArticleContext? Context { get; set; }

    public bool SkipPastLink { get; set; }

    public RenderFragment? BeforeHeadline { get; set; }

    public RenderFragment? HeaderContent { get; set; }

    public RenderFragment? BeforeBody { get; set; }

    public RenderFragment? AfterBody { get; set; }

    public IReadOnlyDictionary<string, object>? AdditionalAttributes { get; set; }

    private Article Article => Context!.Article;

    private ArticleOptions Options => Context!.Options;

    private string EndId => Options.IdPrefix + "end";

    // The header, the body (paragraphs and inline content), the JSON-LD and the skip-past link are
    // written here by the same static methods that their components call: no component for any of
    // them. Components are created only for parts that need one (notes, table of contents,
    // footnotes, tags, related links, blocks other than paragraphs, a host's block components), and
    // the article is cascaded only when there is such a component or host content that may hold one.
    public void Render(RenderTreeBuilder builder)
    {
        if (NeedsCascade())
        {
            builder.OpenComponent<CascadingValue<ArticleContext>>(0);

            // The value is fixed (no subscriptions), so a new article or new settings get new parts:
            // keyed on the context, the parts of the previous article are disposed, not left showing it.
            builder.SetKey(Context);
            builder.AddComponentParameter(1, nameof(CascadingValue<ArticleContext>.Value), Context);
            builder.AddComponentParameter(2, nameof(CascadingValue<ArticleContext>.IsFixed), true);
            builder.AddComponentParameter(3, nameof(CascadingValue<ArticleContext>.ChildContent), _renderArticle);
            builder.CloseComponent();
        }
        else
        {
            RenderArticle(builder);
        }
    }

    private bool NeedsCascade() =>
        BeforeHeadline is not null || HeaderContent is not null || BeforeBody is not null || AfterBody is not null
        || !Article.Notes.IsDefaultOrEmpty
        || ShowsTableOfContents()
        || !Article.Footnotes.IsDefaultOrEmpty || !Article.Tags.IsDefaultOrEmpty || !Article.RelatedLinks.IsDefaultOrEmpty
        || ArticleBody.CreatesComponents(Article.Blocks, null, Context!)
        || InlineContent.CreatesComponents(Context!);

    // Heading ids need a walk over the whole article; an article without any heading skips it.
    private bool ShowsTableOfContents() => Options.ShowTableOfContents && HasHeading(Article.Blocks) && Context!.Headings.Count >= 3;

    private static bool HasHeading(ImmutableArray<Block> blocks)
    {
        if (blocks.IsDefault)
        {
            return false;
        }

        foreach (var block in blocks)
        {
            if (block is HeadingBlock || (block is QuoteBlock or ListBlock or TableBlock && HasHeading(ModelTraversal.ChildBlocksOf(block))))
            {
                return true;
            }
        }

        return false;
    }

    private void RenderArticle(RenderTreeBuilder builder)
    {
        var article = Article;
        var context = Context!;
        builder.OpenElement(0, "article");
        builder.AddAttribute(1, "class", "a11y-article");
        builder.AddAttribute(2, "aria-labelledby", ArticleContext.HeadlineId(context.IdPrefix));
        builder.AddAttribute(3, "lang", article.Language);
        builder.AddAttribute(4, "dir", context.Dir);
        builder.AddMultipleAttributes(5, AdditionalAttributes);
        if (SkipPastLink)
        {
            SkipLink.Render(builder, EndId, Options.PagePath, ArticleStrings.Format(context.Strings.SkipPastArticle, article.Headline), null, null);
        }

        ArticleHeader.Render(builder, article, context, BeforeHeadline, HeaderContent, null);
        if (!article.Notes.IsDefaultOrEmpty)
        {
            builder.OpenElement(6, "div");
            builder.AddAttribute(7, "class", "a11y-article__notes");
            foreach (var note in article.Notes)
            {
                if (note.Kind == NoteKind.Correction)
                {
                    builder.OpenComponent<Correction>(8);
                    builder.AddComponentParameter(9, nameof(Correction.Note), note);
                    builder.CloseComponent();
                }
                else
                {
                    builder.OpenComponent<UpdateNote>(10);
                    builder.AddComponentParameter(11, nameof(UpdateNote.Note), note);
                    builder.CloseComponent();
                }
            }

            builder.CloseElement();

            // Every change, newest first, in a disclosure after the notes themselves.
            builder.OpenRegion(30);
            builder.OpenComponent<ChangeHistory>(0);
            builder.CloseComponent();
            builder.CloseRegion();
        }

        // Parts that would render nothing are not created at all: fewer components, faster pages.
        if (ShowsTableOfContents())
        {
            builder.OpenComponent<TableOfContents>(12);
            builder.CloseComponent();
        }

        builder.AddContent(13, BeforeBody);
        if (!article.Blocks.IsDefault)
        {
            builder.OpenElement(14, "div");
            builder.AddAttribute(15, "class", "a11y-article__body");
            ArticleBody.RenderBlocks(builder, article.Blocks, null, context);
            builder.CloseElement();
        }

        builder.AddContent(16, AfterBody);
        if (!article.Footnotes.IsDefaultOrEmpty)
        {
            builder.OpenComponent<Footnotes>(17);
            builder.CloseComponent();
        }

        if (!article.Tags.IsDefaultOrEmpty)
        {
            builder.OpenComponent<Tags>(18);
            builder.AddComponentParameter(19, nameof(Tags.TagHref), Options.TagHref);
            builder.CloseComponent();
        }

        if (!article.RelatedLinks.IsDefaultOrEmpty)
        {
            builder.OpenComponent<RelatedLinks>(20);
            builder.CloseComponent();
        }

        if (Options.IncludeStructuredData)
        {
            ArticleJsonLd.Render(builder, ArticleJsonLd.JsonFor(article, context.IdPrefix, null), null);
        }

        if (SkipPastLink)
        {
            builder.OpenElement(21, "div");
            builder.AddAttribute(22, "id", EndId);
            builder.AddAttribute(23, "class", "a11y-article__end");
            builder.CloseElement();
        }

        builder.CloseElement();
    }
}
