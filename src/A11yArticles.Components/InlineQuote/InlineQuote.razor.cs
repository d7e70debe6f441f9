using A11yArticles.Model;
using Microsoft.AspNetCore.Components;

namespace A11yArticles.Components.InlineQuote;

/// <summary>
/// A quotation within a sentence: <c>&lt;q&gt;</c>. The quotation marks are not in the text; the
/// browser adds those of the language (the stylesheet sets CSS <c>quotes</c> per <c>lang</c>), so
/// they are never doubled and a screen reader reads the words once.
/// </summary>
public partial class InlineQuote
{
    /// <summary>The quotation.</summary>
    [Parameter, EditorRequired]
    public QuotationInline Quotation { get; set; } = default!;

    private string? CiteValue => UrlPolicy.IsSafe(Quotation.CiteUrl) ? Quotation.CiteUrl : null;
}
