using A11yArticles.Model;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;

namespace A11yArticles.Components;

/// <summary>
/// Words in another language than the text around them: <c>lang</c>, so a screen reader switches
/// pronunciation. Where the direction changes (English inside Arabic), or when <see cref="Isolate"/>
/// is set, the words are a <c>&lt;bdi&gt;</c> with <c>dir</c>, so they never reorder the
/// punctuation around them.
/// </summary>
public partial class ForeignText
{
    /// <summary>The BCP 47 language tag of the words.</summary>
    [Parameter, EditorRequired]
    public string Lang { get; set; } = "";

    /// <summary>The words' direction, when known. When it differs from the article's, the words are isolated.</summary>
    [Parameter]
    public TextDirection? Direction { get; set; }

    /// <summary>Isolate the words with <c>&lt;bdi&gt;</c> even when their direction is not known (names, user input).</summary>
    [Parameter]
    public bool Isolate { get; set; }

    /// <summary>The words.</summary>
    [Parameter]
    public RenderFragment? ChildContent { get; set; }

    /// <summary>Writes the words' element (what this component renders; <see cref="InlineContent"/> calls it directly).</summary>
    /// <param name="builder">The render tree builder.</param>
    /// <param name="lang">The words' language.</param>
    /// <param name="direction">Their direction, when known.</param>
    /// <param name="isolate">Isolate them even when the direction does not change.</param>
    /// <param name="context">The article around them.</param>
    /// <param name="attributes">Extra attributes, applied last.</param>
    /// <param name="content">The words.</param>
    internal static void Render(RenderTreeBuilder builder, string lang, TextDirection? direction, bool isolate, ArticleContext? context, IReadOnlyDictionary<string, object>? attributes, RenderFragment? content)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var changesDirection = direction is { } d && d != (context?.Article.Direction ?? TextDirection.LeftToRight);
        var bdi = isolate || changesDirection;
        builder.OpenRegion(0);
        builder.OpenElement(0, bdi ? "bdi" : "span");
        builder.AddAttribute(1, "lang", lang);
        if (bdi && direction is { } dir)
        {
            builder.AddAttribute(2, "dir", dir == TextDirection.RightToLeft ? "rtl" : "ltr");
        }

        builder.AddMultipleAttributes(3, attributes);
        builder.AddContent(4, content);
        builder.CloseElement();
        builder.CloseRegion();
    }

    private void RenderSelf(RenderTreeBuilder builder) => Render(builder, Lang, Direction, Isolate, Context, AdditionalAttributes, ChildContent);
}
