using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;

namespace A11yArticles.Components;

/// <summary>
/// A skip link: visually hidden until it has keyboard focus, then a clear bar; activating it moves
/// the reading position and (with the library's script, the GOV.UK pattern) keyboard focus to
/// <see cref="Target"/>.
/// <para>
/// In a host page with <c>&lt;base href="/"&gt;</c> (every Blazor Web App), <c>href="#main"</c>
/// resolves to the home page. Give <see cref="PagePath"/> (the current page's path and query, for
/// example <c>NavigationManager.ToBaseRelativePath</c> with a leading slash) and the link becomes
/// <c>/path#main</c>, which is the same page whatever the base; <c>data-enhance-nav="false"</c> keeps
/// Blazor's enhanced navigation from taking the click over (it would scroll, but leave focus on the link).
/// </para>
/// </summary>
public partial class SkipLink
{
    /// <summary>The id of the element to skip to.</summary>
    [Parameter, EditorRequired]
    public string Target { get; set; } = "";

    /// <summary>The link's text (when there is no <see cref="ChildContent"/>); defaults to "Skip to main content" in the article's language.</summary>
    [Parameter]
    public string? Text { get; set; }

    /// <summary>The link's content, instead of <see cref="Text"/>.</summary>
    [Parameter]
    public RenderFragment? ChildContent { get; set; }

    /// <summary>The current page's path (and query), for hosts with a <c>&lt;base href&gt;</c>; null for a plain fragment link.</summary>
    [Parameter]
    public string? PagePath { get; set; }

    /// <summary>The link's address.</summary>
    public string Href => HrefFor(PagePath, Target);

    /// <inheritdoc />
    protected override void OnParametersSet()
    {
        if (string.IsNullOrWhiteSpace(Target))
        {
            throw new InvalidOperationException($"{nameof(SkipLink)} needs the id of its {nameof(Target)}.");
        }

        Text ??= Strings.SkipToContent;
    }

    private void RenderSelf(RenderTreeBuilder builder) => Render(builder, Target, PagePath, Text, ChildContent, AdditionalAttributes);

    /// <summary>
    /// Writes the link (what this component renders), so that <see cref="ArticlePage"/> and
    /// <see cref="ArticleView"/> write their skip links without a component each. In a region.
    /// </summary>
    /// <param name="builder">The render tree builder.</param>
    /// <param name="target">The id to skip to.</param>
    /// <param name="pagePath">The current page's path, or null; anything from a <c>#</c> on is ignored.</param>
    /// <param name="text">The link's text, when there is no <paramref name="childContent"/>.</param>
    /// <param name="childContent">The link's content, or null.</param>
    /// <param name="attributes">Extra attributes, applied last.</param>
    internal static void Render(RenderTreeBuilder builder, string target, string? pagePath, string? text, RenderFragment? childContent, IReadOnlyDictionary<string, object>? attributes)
    {
        builder.OpenRegion(0);
        builder.OpenElement(0, "a");
        builder.AddAttribute(1, "href", HrefFor(pagePath, target));
        builder.AddAttribute(2, "class", "a11y-skip-link");
        builder.AddAttribute(3, "data-a11y-skip-link", true);
        builder.AddAttribute(4, "data-enhance-nav", "false");
        builder.AddMultipleAttributes(5, attributes);
        if (childContent is not null)
        {
            builder.AddContent(6, childContent);
        }
        else
        {
            builder.AddContent(7, text);
        }

        builder.CloseElement();
        builder.CloseRegion();
    }

    internal static string HrefFor(string? pagePath, string target)
    {
        var hash = pagePath?.IndexOf('#', StringComparison.Ordinal) ?? -1;
        return (hash >= 0 ? pagePath![..hash] : pagePath ?? "") + "#" + target;
    }
}
