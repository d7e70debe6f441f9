using A11yArticles.Model;
using Microsoft.AspNetCore.Components;

namespace A11yArticles.Components;

/// <summary>
/// An editor's note on the article: a correction (or, with <see cref="UpdateNote"/>, an
/// update). A <c>role="note"</c> block whose visible label ("Correction", in the article's language)
/// and date come before the note's text, so it is heard as one sentence.
/// </summary>
public partial class Correction
{
    /// <summary>The note.</summary>
    [Parameter, EditorRequired]
    public Note Note { get; set; } = default!;

    /// <summary>Replaces the label.</summary>
    [Parameter]
    public string? LabelText { get; set; }

    private string Label => LabelText ?? (Note.Kind == NoteKind.Correction ? Strings.Correction : Strings.Update);

    private string KindClass => Note.Kind == NoteKind.Correction ? "correction" : "update";
}
