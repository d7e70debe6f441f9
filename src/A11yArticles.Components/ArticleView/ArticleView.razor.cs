using A11yArticles.Model;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;

namespace A11yArticles.Components;

/// <summary>
/// Renders one article as an <c>&lt;article&gt;</c> named by its headline, with the article's
/// <c>lang</c> and <c>dir</c>: <see cref="ArticleHeader"/>, corrections and updates,
/// a <see cref="TableOfContents"/> (3+ headings), the body through
/// <see cref="ArticleBody"/>, <see cref="Footnotes"/>, <see cref="Tags"/>,
/// <see cref="RelatedLinks"/> and <see cref="ArticleJsonLd"/>. It renders
/// no page chrome, so a host places it inside its own layout's <c>main</c>. Every id starts with
/// <see cref="ArticleOptions.IdPrefix"/>, so several articles fit on one page.
/// </summary>
public partial class ArticleView
{
    /// <summary>The article to render.</summary>
    [Parameter, EditorRequired]
    public Article Article { get; set; } = default!;

    /// <summary>
    /// How the article is rendered (id prefix, heading offset, UI strings, replacement components,
    /// table of contents, structured data, page path, tag links); the same settings as
    /// <see cref="ArticlePage.Options"/>. Null for <see cref="ArticleOptions.Default"/>.
    /// </summary>
    [Parameter]
    public ArticleOptions? Options { get; set; }

    /// <summary>Start the article with a "Skip past the article" link (for pages listing several long articles).</summary>
    [Parameter]
    public bool SkipPastLink { get; set; }

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
    public string HeadlineId => (Options ?? ArticleOptions.Default).IdPrefix + "headline";

    /// <summary>The id of the element after the article's content (the target of the skip-past link).</summary>
    public string EndId => (Options ?? ArticleOptions.Default).IdPrefix + "end";

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

        var options = Options ?? ArticleOptions.Default;
        options.Validate();

        // A new context (and so a new document index) only when the article or the settings change.
        if (_writer.Context is not { } context || !ReferenceEquals(context.Article, Article) || !Equals(context.Options, options))
        {
            _writer.Context = new ArticleContext(Article, options);
        }

        _writer.SkipPastLink = SkipPastLink;
        _writer.BeforeHeadline = BeforeHeadline;
        _writer.HeaderContent = HeaderContent;
        _writer.BeforeBody = BeforeBody;
        _writer.AfterBody = AfterBody;
        _writer.AdditionalAttributes = AdditionalAttributes;
    }

    private void RenderSelf(RenderTreeBuilder builder) => _writer.Render(builder);
}
