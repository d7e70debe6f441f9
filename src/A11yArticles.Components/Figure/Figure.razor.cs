using A11yArticles.Model;
using Microsoft.AspNetCore.Components;

namespace A11yArticles.Components;

/// <summary>
/// An image with its text alternative, caption and credit: <c>&lt;figure&gt;</c>, <c>&lt;img alt&gt;</c>,
/// <c>&lt;figcaption&gt;</c>. A missing alt stays missing (checkers flag it); only the author makes an
/// image decorative (<c>alt=""</c>). An unsafe image address renders no image. A chart or diagram
/// with a long description (the ONS pattern) gets it after the caption, in a disclosure named
/// "Description of figure N" (N counts the article's figures), which the image points at with
/// <c>aria-details</c>: a screen reader announces that details exist and can jump to them.
/// </summary>
public partial class Figure
{
    /// <summary>The figure.</summary>
    [Parameter, EditorRequired]
    public FigureBlock Block { get; set; } = default!;

    private string? AltValue => Block.Image.IsDecorative ? "" : Block.Image.Alt;

    private bool HasCaption => !Block.Caption.IsDefaultOrEmpty || Block.Credit is not null;

    private int Number => Context?.FigureNumber(Block) ?? 1;

    private string? DescriptionId => Block.LongDescription.IsDefaultOrEmpty
        ? null
        : IdPrefix + "figure-" + Number.ToString(System.Globalization.CultureInfo.InvariantCulture) + "-description";
}
