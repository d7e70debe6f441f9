using A11yArticles.Model;
using Microsoft.AspNetCore.Components;

namespace A11yArticles.Components.ForeignText;

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

    private bool ChangesDirection => Direction is { } direction && direction != (Context?.Article.Direction ?? TextDirection.LeftToRight);

    private string? DirValue => Direction switch
    {
        TextDirection.RightToLeft => "rtl",
        TextDirection.LeftToRight => "ltr",
        _ => null,
    };
}
