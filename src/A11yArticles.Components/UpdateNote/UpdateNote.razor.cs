using A11yArticles.Model;
using Microsoft.AspNetCore.Components;

namespace A11yArticles.Components;

/// <summary>
/// An update note: the same markup as <see cref="Correction"/>, labelled "Update" (in the
/// article's language) whatever the note's kind.
/// </summary>
public partial class UpdateNote
{
    /// <summary>The note.</summary>
    [Parameter, EditorRequired]
    public Note Note { get; set; } = default!;

    /// <summary>Replaces the label.</summary>
    [Parameter]
    public string? LabelText { get; set; }
}
