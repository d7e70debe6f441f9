using A11yArticles.Model;
using Microsoft.AspNetCore.Components;

namespace A11yArticles.Components.Paragraph;

/// <summary>A paragraph of the article: <c>&lt;p&gt;</c> with its inline content.</summary>
public partial class Paragraph
{
    /// <summary>The paragraph.</summary>
    [Parameter, EditorRequired]
    public ParagraphBlock Block { get; set; } = default!;
}
