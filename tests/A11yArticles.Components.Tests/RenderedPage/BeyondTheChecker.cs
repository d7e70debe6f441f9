using AngleSharp.Dom;

namespace A11yArticles.Components.Tests.RenderedPage;

/// <summary>
/// The part of the article contract that the checker (<c>A11yArticles.Checks</c>) does not judge:
/// ids are unique, <c>aria-labelledby</c>/<c>aria-describedby</c> name ids that exist, every
/// <c>aside</c> is named, and the article carries <c>lang</c> and <c>dir</c>. The rest of the contract
/// is asserted with the checker. Each check says what is wrong with a page (nothing when it is
/// right), so the same list runs on the library's pages and on the demo site's.
/// </summary>
internal static class BeyondTheChecker
{
    public static IEnumerable<string> Findings(IDocument document)
    {
        var ids = document.QuerySelectorAll("[id]").Select(e => e.Id!).ToList();
        foreach (var duplicate in ids.GroupBy(id => id, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            yield return $"id '{duplicate.Key}' is used {duplicate.Count()} times";
        }

        foreach (var element in document.QuerySelectorAll("[aria-labelledby], [aria-describedby]"))
        {
            foreach (var id in ((element.GetAttribute("aria-labelledby") ?? "") + " " + (element.GetAttribute("aria-describedby") ?? "")).Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                if (document.GetElementById(id) is null)
                {
                    yield return $"<{element.LocalName}> refers to missing id '{id}'";
                }
            }
        }

        foreach (var aside in document.QuerySelectorAll("aside").Where(e => e.GetAttribute("aria-hidden") != "true"))
        {
            var name = aside.GetAttribute("aria-label")
                ?? string.Join(" ", (aside.GetAttribute("aria-labelledby") ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(id => document.GetElementById(id)?.TextContent.Trim() ?? ""));
            if (name.Trim().Length == 0)
            {
                yield return "an aside has no name";
            }
        }

        var article = document.QuerySelector("article");
        if (article is not null && (article.GetAttribute("lang") is null || article.GetAttribute("dir") is null))
        {
            yield return "the article has no lang or dir";
        }
    }
}
