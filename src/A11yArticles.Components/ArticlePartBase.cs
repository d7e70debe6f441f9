using Microsoft.AspNetCore.Components;

namespace A11yArticles.Components;

/// <summary>
/// The standard parameters of every A11yArticles component: the cascaded <see cref="ArticleContext"/>
/// and <see cref="AdditionalAttributes"/>, which are splatted last onto the component's outer element,
/// so a host's attributes win over the component's own.
/// </summary>
public abstract class ArticlePartBase : ComponentBase
{
    /// <summary>The article being rendered; cascaded by <c>ArticleView</c>. Null when the component is used on its own.</summary>
    [CascadingParameter]
    public ArticleContext? Context { get; set; }

    /// <summary>Extra attributes for the component's outer element; applied last, so the host's values win.</summary>
    [Parameter(CaptureUnmatchedValues = true)]
    public IReadOnlyDictionary<string, object>? AdditionalAttributes { get; set; }

    /// <summary>The UI strings: the context's, or English when there is no article around the component.</summary>
    protected ArticleStrings Strings => Context?.Strings ?? ArticleStrings.English;

    /// <summary>The id prefix of the article around the component, or <c>article-</c>.</summary>
    protected string IdPrefix => Context?.IdPrefix ?? "article-";
}
