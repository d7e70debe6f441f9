using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;

namespace A11yArticles.Components;

/// <summary>
/// The group of <see cref="SkipLink"/>s at the very start of a page (to the content, to the
/// navigation, past a long embed). Place it first in <c>body</c>, so its links are the first Tab stops.
/// </summary>
public partial class SkipLinks
{
    /// <summary>The skip links.</summary>
    [Parameter]
    public RenderFragment? ChildContent { get; set; }

    private void RenderSelf(RenderTreeBuilder builder) => Render(builder, AdditionalAttributes, ChildContent, static (builder, content) => builder.AddContent(0, content));

    /// <summary>
    /// Writes the group (what this component renders) with <paramref name="writeLinks"/> writing the
    /// links inside it, so that <see cref="ArticlePage"/> writes its skip links without a
    /// component. In a region; <paramref name="writeLinks"/> gets a region of its own.
    /// </summary>
    internal static void Render<TState>(RenderTreeBuilder builder, IReadOnlyDictionary<string, object>? attributes, TState state, Action<RenderTreeBuilder, TState> writeLinks)
    {
        builder.OpenRegion(0);
        builder.OpenElement(0, "div");
        builder.AddAttribute(1, "class", "a11y-skip-links");
        builder.AddMultipleAttributes(2, attributes);
        builder.OpenRegion(3);
        writeLinks(builder, state);
        builder.CloseRegion();
        builder.CloseElement();
        builder.CloseRegion();
    }
}
