using A11yArticles.Model;
using Microsoft.AspNetCore.Components;

namespace A11yArticles.Components.ArticleView;

/// <summary>
/// Renders one article as an <c>&lt;article&gt;</c> named by its headline: the headline as the only
/// <c>h1</c>, the dateline, and the body, with the article's <c>lang</c> and <c>dir</c>. It renders
/// no page chrome, so a host can place it inside its own layout's <c>main</c>.
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

    /// <summary>Extra attributes for the <c>article</c> element; they are applied last, so the host's values win.</summary>
    [Parameter(CaptureUnmatchedValues = true)]
    public IReadOnlyDictionary<string, object>? AdditionalAttributes { get; set; }

    /// <summary>The id of the headline, which names the article.</summary>
    public string HeadlineId => IdPrefix + "headline";

    private ArticleContext Context { get; set; } = default!;

    private string DirValue => Article.Direction == TextDirection.RightToLeft ? "rtl" : "ltr";

    /// <inheritdoc />
    protected override void OnParametersSet()
    {
        if (Article is null)
        {
            throw new InvalidOperationException($"{nameof(ArticleView)} needs its {nameof(Article)} parameter.");
        }

        Context = new ArticleContext(Article, IdPrefix);
    }
}
