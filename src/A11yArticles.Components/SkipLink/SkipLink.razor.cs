using Microsoft.AspNetCore.Components;

namespace A11yArticles.Components.SkipLink;

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
    public string Href => (PagePath ?? "") + "#" + Target;

    /// <inheritdoc />
    protected override void OnParametersSet()
    {
        if (string.IsNullOrWhiteSpace(Target))
        {
            throw new InvalidOperationException($"{nameof(SkipLink)} needs the id of its {nameof(Target)}.");
        }

        if (PagePath is not null && PagePath.Contains('#', StringComparison.Ordinal))
        {
            PagePath = PagePath[..PagePath.IndexOf('#', StringComparison.Ordinal)];
        }

        Text ??= Strings.SkipToContent;
    }
}
