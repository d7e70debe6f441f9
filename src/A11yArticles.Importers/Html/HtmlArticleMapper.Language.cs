using AngleSharp.Dom;

namespace A11yArticles.Importers.Html;

/// <content>The language of passages marked on the elements that hold blocks.</content>
internal sealed partial class HtmlArticleMapper
{
    /// <summary>
    /// Elements whose own <c>lang</c> the mapping reads (<see cref="WrapLanguage"/>): the blocks that
    /// become paragraphs, headings and cells, and every element inside a line of text.
    /// </summary>
    private static bool ReadsOwnLanguage(IElement element) =>
        element.LocalName is "p" or "address" or "summary" or "figcaption" or "dt" or "dd" or "caption" or "legend"
            or "h1" or "h2" or "h3" or "h4" or "h5" or "h6"
        || element.LocalName is "td" or "th" && !HtmlTables.CellHoldsBlocks(element)
        || !BlockNames.Contains(element.LocalName);

    /// <summary>Whether two language tags name the same language for speech: equal, or one a more precise form of the other (<c>en</c> and <c>en-GB</c>).</summary>
    private static bool SameLanguage(string tag, string? other) =>
        other is not null
        && (string.Equals(tag, other, StringComparison.OrdinalIgnoreCase)
            || tag.StartsWith(other + "-", StringComparison.OrdinalIgnoreCase)
            || other.StartsWith(tag + "-", StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// A passage in another language is often marked once on what holds it
    /// (<c>&lt;div lang="fr"&gt;</c>, <c>&lt;blockquote lang="fr"&gt;</c>, <c>&lt;li lang="fr"&gt;</c>),
    /// and the model keeps languages on words (<see cref="Model.ForeignInline"/>): the mark is handed
    /// down, with its <c>dir</c>, to what the element holds that has none of its own, until it reaches
    /// the blocks and words the mapping reads it on. Before, the passage lost its language and a screen
    /// reader spoke it with the voice of the article's. A mark of the page's own language (<c>en</c> on a
    /// page in <c>en-GB</c>) is left where it is: the article's language is set on the article, not on its words.
    /// </summary>
    private void HandDownLanguages(IElement root)
    {
        foreach (var holder in root.QuerySelectorAll("[lang]").ToList())
        {
            var lang = holder.GetAttribute("lang")!.Trim();
            if (!ReadsOwnLanguage(holder) && lang.Length > 0 && !SameLanguage(lang, pageLanguage))
            {
                HandDown(holder, lang, holder.GetAttribute("dir"));
            }
        }
    }

    /// <summary>Marks what <paramref name="holder"/> holds without a language of its own, and hands the mark on through the holders among them.</summary>
    private static void HandDown(IElement holder, string lang, string? dir)
    {
        foreach (var node in holder.ChildNodes.ToList())
        {
            if (node is IElement child && !child.HasAttribute("lang"))
            {
                child.SetAttribute("lang", lang);
                if (dir is not null && !child.HasAttribute("dir"))
                {
                    child.SetAttribute("dir", dir);
                }

                if (!ReadsOwnLanguage(child))
                {
                    HandDown(child, lang, child.GetAttribute("dir"));
                }
            }
            else if (node is IText text && !string.IsNullOrWhiteSpace(text.Data))
            {
                var words = holder.Owner!.CreateElement("span");
                words.SetAttribute("lang", lang);
                if (dir is not null)
                {
                    words.SetAttribute("dir", dir);
                }

                text.Replace(words);
                words.AppendChild(text);
            }
        }
    }
}
