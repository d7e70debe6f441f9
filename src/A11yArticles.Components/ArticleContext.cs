using A11yArticles.Model;

namespace A11yArticles.Components;

/// <summary>
/// What every component inside an <see cref="ArticleView.ArticleView"/> needs to know about the
/// article it belongs to. Cascaded once (fixed) by <c>ArticleView</c>.
/// </summary>
/// <param name="Article">The article being rendered.</param>
/// <param name="IdPrefix">The prefix of every id in the article, so two articles on one page never share one.</param>
public sealed record ArticleContext(Article Article, string IdPrefix)
{
    /// <summary>The id of footnote <paramref name="label"/>.</summary>
    /// <param name="label">The footnote's label.</param>
    /// <returns>The element id.</returns>
    public string FootnoteId(string label) => $"{IdPrefix}fn-{IdSafe(label)}";

    /// <summary>The id of the (first) reference to footnote <paramref name="label"/>.</summary>
    /// <param name="label">The footnote's label.</param>
    /// <returns>The element id.</returns>
    public string FootnoteReferenceId(string label) => $"{IdPrefix}fnref-{IdSafe(label)}";

    /// <summary>The footnote's number as readers see it (1-based, in the order of <see cref="Article.Footnotes"/>), or null if there is no such footnote.</summary>
    /// <param name="label">The footnote's label.</param>
    /// <returns>The number, or null.</returns>
    public int? FootnoteNumber(string label)
    {
        var index = Article.Footnotes.Select(note => note.Label).ToList().IndexOf(label);
        return index < 0 ? null : index + 1;
    }

    private static string IdSafe(string label) =>
        string.Concat(label.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' ? c : '-'));
}
