using AngleSharp.Dom;

namespace A11yArticles.Cli.Evaluation;

/// <summary>
/// A small set of static checks on a rendered page, the project's accessibility contract as far as
/// HTML alone can tell: <c>html lang</c>, one <c>main</c>, one <c>h1</c>, no skipped heading level,
/// every image with an <c>alt</c>, every link with text, no duplicate ids, no script or event
/// handler from the article. A stand-in until the A11yArticles.Checks library is available to the CLI.
/// </summary>
internal static class PageChecks
{
    public static IReadOnlyList<string> Problems(IDocument page)
    {
        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(page.DocumentElement.GetAttribute("lang")))
        {
            problems.Add("html has no lang");
        }

        var mains = page.QuerySelectorAll("main").Length;
        if (mains != 1)
        {
            problems.Add($"{mains} main elements");
        }

        var h1s = page.QuerySelectorAll("h1").Length;
        if (h1s != 1)
        {
            problems.Add($"{h1s} h1 elements");
        }

        var previous = 0;
        foreach (var heading in page.QuerySelectorAll("h1, h2, h3, h4, h5, h6"))
        {
            var level = heading.LocalName[1] - '0';
            if (previous > 0 && level > previous + 1)
            {
                problems.Add($"heading level skipped (h{previous} to h{level})");
                break;
            }

            previous = level;
        }

        var imagesWithoutAlt = page.QuerySelectorAll("img:not([alt])").Length;
        if (imagesWithoutAlt > 0)
        {
            problems.Add($"{imagesWithoutAlt} img without alt");
        }

        var emptyLinks = page.QuerySelectorAll("a[href]").Count(link => string.IsNullOrWhiteSpace(link.TextContent) && link.QuerySelector("img[alt]:not([alt=''])") is null);
        if (emptyLinks > 0)
        {
            problems.Add($"{emptyLinks} link(s) without text");
        }

        var duplicateIds = page.QuerySelectorAll("[id]").GroupBy(element => element.Id).Count(group => group.Count() > 1);
        if (duplicateIds > 0)
        {
            problems.Add($"{duplicateIds} duplicate id(s)");
        }

        var article = page.QuerySelector("article");
        if (article is not null && (article.QuerySelector("script:not([type=\"application/ld+json\"]), style, iframe, form") is not null
            || article.QuerySelectorAll("*").Any(element => element.Attributes.Any(attribute => attribute.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase)))))
        {
            problems.Add("script, style, iframe, form or event handler inside the article");
        }

        return problems;
    }
}
