using A11yArticles.Model;
using Microsoft.AspNetCore.Components;

namespace A11yArticles.Components;

/// <summary>
/// A bulleted (<c>ul</c>) or numbered (<c>ol</c>) list. A tight item (one paragraph) holds its words
/// directly; a loose one holds its blocks (paragraphs, nested lists, ...).
/// </summary>
public partial class ItemList
{
    /// <summary>The list.</summary>
    [Parameter, EditorRequired]
    public ListBlock Block { get; set; } = default!;

    private RenderFragment Item(ListItem item) =>
        item.Blocks is [ParagraphBlock only]
            ? InlineContent.Fragment(only.Inlines, Context)
            : ArticleBody.Fragment(item.Blocks);
}
