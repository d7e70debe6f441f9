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
    private readonly ArticleWriter _writer = new();

    /// <summary>Creates the component (its render delegate is made once, not on every render).</summary>
    public ArticleView() => _renderSelf = RenderSelf;

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

        _writer.Article = Article;
        _writer.Context = new ArticleContext(Article, IdPrefix)
        {
            Strings = Strings ?? ArticleStrings.For(Article.Language),
            HeadingLevelOffset = HeadingLevelOffset,
            BlockComponents = BlockComponents,
        };
        _writer.ShowTableOfContents = ShowTableOfContents;
        _writer.IncludeStructuredData = IncludeStructuredData;
        _writer.SkipPastLink = SkipPastLink;
        _writer.PagePath = PagePath;
        _writer.TagHref = TagHref;
        _writer.BeforeHeadline = BeforeHeadline;
        _writer.HeaderContent = HeaderContent;
        _writer.BeforeBody = BeforeBody;
        _writer.AfterBody = AfterBody;
        _writer.AdditionalAttributes = AdditionalAttributes;
    }

    private void RenderSelf(RenderTreeBuilder builder) => _writer.Render(builder);
}
