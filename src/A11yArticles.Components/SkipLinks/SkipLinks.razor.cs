using Microsoft.AspNetCore.Components;

namespace A11yArticles.Components.SkipLinks;

/// <summary>
/// The group of <see cref="SkipLink.SkipLink"/>s at the very start of a page (to the content, to the
/// navigation, past a long embed). Place it first in <c>body</c>, so its links are the first Tab stops.
/// </summary>
public partial class SkipLinks
{
    /// <summary>The skip links.</summary>
    [Parameter]
    public RenderFragment? ChildContent { get; set; }
}
