using Microsoft.AspNetCore.Components;

namespace A11yArticles.Components.Abbreviation;

/// <summary>
/// An abbreviation: <c>&lt;abbr title&gt;</c>. On its first use in an article the expansion is
/// written out in the text, <c>Expansion (ABBR)</c>, because screen readers and touch users do not
/// get the <c>title</c>; later uses are the abbreviation alone.
/// </summary>
public partial class Abbreviation
{
    /// <summary>The abbreviation as written.</summary>
    [Parameter, EditorRequired]
    public string Text { get; set; } = "";

    /// <summary>What it stands for.</summary>
    [Parameter, EditorRequired]
    public string Expansion { get; set; } = "";

    /// <summary>Write the expansion out in the text (the first use in the article).</summary>
    [Parameter]
    public bool Expand { get; set; }
}
