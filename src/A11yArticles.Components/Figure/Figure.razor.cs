using A11yArticles.Model;
using Microsoft.AspNetCore.Components;

namespace A11yArticles.Components;

/// <summary>
/// An image with its text alternative, caption and credit: <c>&lt;figure&gt;</c>, <c>&lt;img alt&gt;</c>,
/// <c>&lt;figcaption&gt;</c>. A missing alt stays missing (checkers flag it); only the author makes an
/// image decorative (<c>alt=""</c>). An unsafe image address renders no image.
/// </summary>
public partial class Figure
{
    /// <summary>The figure.</summary>
    [Parameter, EditorRequired]
    public FigureBlock Block { get; set; } = default!;

    private string? AltValue => Block.Image.IsDecorative ? "" : Block.Image.Alt;

    private bool HasCaption => !Block.Caption.IsDefaultOrEmpty || Block.Credit is not null;
}
