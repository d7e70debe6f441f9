using System.Collections.Immutable;
using A11yArticles.Components.Localization;
using A11yArticles.Model;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;

namespace A11yArticles.Components.ArticleView;

/// <summary>
/// Renders one article as an <c>&lt;article&gt;</c> named by its headline, with the article's
/// <c>lang</c> and <c>dir</c>: <see cref="ArticleHeader.ArticleHeader"/>, corrections and updates,
/// a <see cref="TableOfContents.TableOfContents"/> (3+ headings), the body through
/// <see cref="ArticleBody.ArticleBody"/>, <see cref="Footnotes.Footnotes"/>, <see cref="Tags.Tags"/>,
/// <see cref="RelatedLinks.RelatedLinks"/> and <see cref="ArticleJsonLd.ArticleJsonLd"/>. It renders
/// no page chrome, so a host places it inside its own layout's <c>main</c>. Every id starts with
/// <see cref="IdPrefix"/>, so several articles fit on one page.
/// </summary>
public partial class ArticleView
{
    /// <summary>The article to render.</summary>
    [Parameter, EditorRequired]
    public Article Article { get; set; } = default!;

    /// <summary>
    /// Prefix for every id this component renders, so that two articles on one page never share an
    /// id. Defaults to <c>article-</c>.
    /// </summary>
    [Parameter]
    public string IdPrefix { get; set; } = "article-";

    /// <summary>
    /// How many levels every heading moves down. 0 (the default): the headline is the page's <c>h1</c>.
    /// 1: for an article embedded under the host's own <c>h1</c> (the headline becomes <c>h2</c>).
    /// </summary>
    [Parameter]
    public int HeadingLevelOffset { get; set; }

    /// <summary>The UI strings; defaults to the built-in table of the article's language (<see cref="ArticleStrings.For"/>).</summary>
    [Parameter]
    public ArticleStrings? Strings { get; set; }

    /// <summary>Host components that replace the built-in one for a block type (key: the block's type; the component gets it as its <c>Block</c> parameter).</summary>
    [Parameter]
    public IReadOnlyDictionary<Type, Type>? BlockComponents { get; set; }

    /// <summary>Whether to render a table of contents when the article has 3 or more headings.</summary>
    [Parameter]
    public bool ShowTableOfContents { get; set; } = true;

    /// <summary>Whether to render the JSON-LD <c>NewsArticle</c> script.</summary>
    [Parameter]
    public bool IncludeStructuredData { get; set; } = true;

    /// <summary>Start the article with a "Skip past the article" link (for pages listing several long articles).</summary>
    [Parameter]
    public bool SkipPastLink { get; set; }

    /// <summary>The current page's path, for skip links in hosts with a <c>&lt;base href&gt;</c> (see <see cref="SkipLink.SkipLink.PagePath"/>).</summary>
    [Parameter]
    public string? PagePath { get; set; }

    /// <summary>The address of a topic's page, or null for no link.</summary>
    [Parameter]
    public Func<string, string?>? TagHref { get; set; }

    /// <summary>Content before the headline, inside the article's header (a kicker).</summary>
    [Parameter]
    public RenderFragment? BeforeHeadline { get; set; }

    /// <summary>Content at the end of the article's header.</summary>
    [Parameter]
    public RenderFragment? HeaderContent { get; set; }

    /// <summary>Content just before the body.</summary>
    [Parameter]
    public RenderFragment? BeforeBody { get; set; }

    /// <summary>Content just after the body, before the footnotes.</summary>
    [Parameter]
    public RenderFragment? AfterBody { get; set; }

    /// <summary>Extra attributes for the <c>article</c> element; they are applied last, so the host's values win.</summary>
    [Parameter(CaptureUnmatchedValues = true)]
    public IReadOnlyDictionary<string, object>? AdditionalAttributes { get; set; }

    /// <summary>The id of the headline, which names the article.</summary>
    public string HeadlineId => IdPrefix + "headline";

    /// <summary>The id of the element after the article's content (the target of the skip-past link).</summary>
    public string EndId => IdPrefix + "end";

    private readonly RenderFragment _renderSelf;
    private readonly RenderFragment _renderArticle;

    /// <summary>Creates the component (its render delegates are made once, not on every render).</summary>
    public ArticleView()
    {
        _renderSelf = RenderSelf;
        _renderArticle = RenderArticle;
    }

    private ArticleContext Context { get; set; } = default!;

    /// <inheritdoc />
    protected override void OnParametersSet()
    {
        if (Article is null)
        {
            throw new InvalidOperationException($"{nameof(ArticleView)} needs its {nameof(Article)} parameter.");
        }

        if (HeadingLevelOffset is < 0 or > 4)
        {
            throw new ArgumentOutOfRangeException(nameof(HeadingLevelOffset), HeadingLevelOffset, "The headline must stay between h1 and h5.");
        }

        Context = new ArticleContext(Article, IdPrefix)
        {
            Strings = Strings ?? ArticleStrings.For(Article.Language),
            HeadingLevelOffset = HeadingLevelOffset,
            BlockComponents = BlockComponents,
        };
    }

    // The header, the body (paragraphs and inline content), the JSON-LD and the skip-past link are
    // written here by the same static methods that their components call: no component for any of
    // them. Components are created only for parts that need one (notes, table of contents,
    // footnotes, tags, related links, blocks other than paragraphs, a host's block components), and
    // the article is cascaded only when there is such a component or host content that may hold one.
    private void RenderSelf(RenderTreeBuilder builder)
    {
        if (NeedsCascade())
        {
            builder.OpenComponent<CascadingValue<ArticleContext>>(0);
            builder.AddComponentParameter(1, nameof(CascadingValue<ArticleContext>.Value), Context);
            builder.AddComponentParameter(2, nameof(CascadingValue<ArticleContext>.IsFixed), true);
            builder.AddComponentParameter(3, nameof(CascadingValue<ArticleContext>.ChildContent), _renderArticle);
            builder.CloseComponent();
        }
        else
        {
            builder.AddContent(4, _renderArticle);
        }
    }

    private bool NeedsCascade() =>
        BeforeHeadline is not null || HeaderContent is not null || BeforeBody is not null || AfterBody is not null
        || !Article.Notes.IsDefaultOrEmpty
        || ShowsTableOfContents()
        || !Article.Footnotes.IsDefaultOrEmpty || !Article.Tags.IsDefaultOrEmpty || !Article.RelatedLinks.IsDefaultOrEmpty
        || ArticleBody.ArticleBody.CreatesComponents(Article.Blocks, null, Context);

    // Heading ids need a walk over the whole article; an article without any heading skips it.
    private bool ShowsTableOfContents() => ShowTableOfContents && HasHeading(Article.Blocks) && Context.Headings.Count >= 3;

    private static bool HasHeading(ImmutableArray<Block> blocks)
    {
        if (blocks.IsDefault)
        {
            return false;
        }

        foreach (var block in blocks)
        {
            if (block is HeadingBlock || (block is QuoteBlock or Model.ListBlock && HasHeading(ModelTraversal.ChildBlocksOf(block))))
            {
                return true;
            }
        }

        return false;
    }

    private void RenderArticle(RenderTreeBuilder builder)
    {
        var article = Article;
        var context = Context;
        builder.OpenElement(0, "article");
        builder.AddAttribute(1, "class", "a11y-article");
        builder.AddAttribute(2, "aria-labelledby", ArticleContext.HeadlineId(IdPrefix));
        builder.AddAttribute(3, "lang", article.Language);
        builder.AddAttribute(4, "dir", context.Dir);
        builder.AddMultipleAttributes(5, AdditionalAttributes);
        if (SkipPastLink)
        {
            SkipLink.SkipLink.Render(builder, EndId, PagePath, ArticleStrings.Format(context.Strings.SkipPastArticle, article.Headline), null, null);
        }

        ArticleHeader.ArticleHeader.Render(builder, article, context, BeforeHeadline, HeaderContent, null);
        if (!article.Notes.IsDefaultOrEmpty)
        {
            builder.OpenElement(6, "div");
            builder.AddAttribute(7, "class", "a11y-article__notes");
            foreach (var note in article.Notes)
            {
                if (note.Kind == NoteKind.Correction)
                {
                    builder.OpenComponent<Correction.Correction>(8);
                    builder.AddComponentParameter(9, nameof(Correction.Correction.Note), note);
                    builder.CloseComponent();
                }
                else
                {
                    builder.OpenComponent<UpdateNote.UpdateNote>(10);
                    builder.AddComponentParameter(11, nameof(UpdateNote.UpdateNote.Note), note);
                    builder.CloseComponent();
                }
            }

            builder.CloseElement();
        }

        // Parts that would render nothing are not created at all: fewer components, faster pages.
        if (ShowsTableOfContents())
        {
            builder.OpenComponent<TableOfContents.TableOfContents>(12);
            builder.CloseComponent();
        }

        builder.AddContent(13, BeforeBody);
        if (!article.Blocks.IsDefault)
        {
            builder.OpenElement(14, "div");
            builder.AddAttribute(15, "class", "a11y-article__body");
            ArticleBody.ArticleBody.RenderBlocks(builder, article.Blocks, null, context);
            builder.CloseElement();
        }

        builder.AddContent(16, AfterBody);
        if (!article.Footnotes.IsDefaultOrEmpty)
        {
            builder.OpenComponent<Footnotes.Footnotes>(17);
            builder.CloseComponent();
        }

        if (!article.Tags.IsDefaultOrEmpty)
        {
            builder.OpenComponent<Tags.Tags>(18);
            builder.AddComponentParameter(19, nameof(Tags.Tags.TagHref), TagHref);
            builder.CloseComponent();
        }

        if (!article.RelatedLinks.IsDefaultOrEmpty)
        {
            builder.OpenComponent<RelatedLinks.RelatedLinks>(20);
            builder.CloseComponent();
        }

        if (IncludeStructuredData)
        {
            ArticleJsonLd.ArticleJsonLd.Render(builder, ArticleJsonLd.ArticleJsonLd.JsonFor(article, IdPrefix, null), null);
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
