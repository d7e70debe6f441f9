using A11yArticles.Components;
using A11yArticles.Model;
using Microsoft.AspNetCore.Components;

namespace A11yArticles.Docs.Samples;

/// <summary>
/// The base class of every Razor sample (see _Imports.razor): the names that component samples use
/// without declaring them, each of the type the text around the sample gives it. Compiled, never run.
/// </summary>
public abstract class RazorSample : ComponentBase
{
    /// <summary>An article.</summary>
    protected Article article = null!;

    /// <summary>Several articles, for a page that lists them.</summary>
    protected IReadOnlyList<Article> stories = [];

    /// <summary>Blocks and inlines of an article, as a host's own component receives them.</summary>
    protected ParagraphBlock paragraph = null!;

    /// <inheritdoc cref="paragraph"/>
    protected HeadingBlock heading = null!;

    /// <inheritdoc cref="paragraph"/>
    protected QuoteBlock quote = null!;

    /// <inheritdoc cref="paragraph"/>
    protected PullQuoteBlock pullQuote = null!;

    /// <inheritdoc cref="paragraph"/>
    protected FigureBlock figure = null!;

    /// <inheritdoc cref="paragraph"/>
    protected ListBlock list = null!;

    /// <inheritdoc cref="paragraph"/>
    protected QuotationInline quotation = null!;

    /// <summary>A correction or update note.</summary>
    protected Note note = null!;

    /// <summary>Related links.</summary>
    protected IReadOnlyList<RelatedLink> links = [];

    /// <summary>A site's navigation links.</summary>
    protected IReadOnlyList<NavigationLink> navigationLinks = [];

    /// <summary>The current page's path, such as <c>/articles/story</c>.</summary>
    protected string path = "/";

    /// <summary>Text a user typed.</summary>
    protected string userName = "";
}
