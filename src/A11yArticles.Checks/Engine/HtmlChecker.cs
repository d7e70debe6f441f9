using AngleSharp;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using A11yArticles.Checks.Engine;

namespace A11yArticles.Checks;

/// <summary>
/// Checks HTML documents against a set of rules. <see cref="Default"/> runs every rule; <see cref="ForRules"/>
/// runs a chosen set. A checker holds no state between documents and may be shared between threads.
/// </summary>
public sealed class HtmlChecker
{
    private readonly IReadOnlyList<Rule> rules;
    private readonly Rule[] documentRules;
    private readonly ElementDispatch elementRules;

    private HtmlChecker(IReadOnlyList<Rule> rules)
    {
        this.rules = rules;
        documentRules = [.. rules.Where(rule => rule is not ElementRule)];
        elementRules = new ElementDispatch([.. rules.OfType<ElementRule>()]);
    }

    /// <summary>A checker with every rule: the article contract and the static ACT rules.</summary>
    public static HtmlChecker Default { get; } = new(RuleCatalog.All);

    /// <summary>The metadata of every rule this library has, in catalogue order.</summary>
    public static IReadOnlyList<RuleInfo> AllRules { get; } = RuleCatalog.All.Select(rule => rule.Info).ToList();

    /// <summary>The metadata of the rules this checker runs.</summary>
    public IReadOnlyList<RuleInfo> Rules => rules.Select(rule => rule.Info).ToList();

    /// <summary>
    /// A checker for the rules a selection names: rule ids (<c>A11Y-SKIP-001</c>), id prefixes
    /// (<c>A11Y-LANG-*</c>), groups (<c>article</c>, <c>act</c>) or ACT rule ids (<c>23a2a8</c>).
    /// </summary>
    /// <exception cref="ArgumentException">An item names no rule.</exception>
    public static HtmlChecker ForRules(params IEnumerable<string> selection)
    {
        var chosen = RuleCatalog.Select(selection, out var unknown);
        if (unknown.Count > 0)
        {
            throw new ArgumentException($"No rule matches {string.Join(", ", unknown.Select(item => $"'{item}'"))}; use a rule id, an id prefix ending in '*', a group (article, act) or an ACT rule id.", nameof(selection));
        }

        return new HtmlChecker(chosen);
    }

    /// <summary>
    /// Parses <paramref name="html"/> (keeping source positions) and checks it. A path ending in .svg or
    /// .xml marks an SVG or XML document, to which the page rules (title, html lang) do not apply.
    /// </summary>
    /// <param name="html">The page.</param>
    /// <param name="path">The name reported for the page (a file path, or a label).</param>
    public CheckReport Check(string html, string path = "(html)")
    {
        ArgumentNullException.ThrowIfNull(html);
        var extension = Path.GetExtension(path).ToLowerInvariant();
        return Check(Parse(html), path, isHtmlPage: extension is not (".svg" or ".xml"));
    }

    /// <summary>Checks an already parsed document (line numbers are known only when it was parsed keeping source references).</summary>
    /// <param name="document">The document.</param>
    /// <param name="path">The name reported for the page.</param>
    public CheckReport Check(IDocument document, string path = "(html)") => Check(document, path, isHtmlPage: true);

    private CheckReport Check(IDocument document, string path, bool isHtmlPage)
    {
        ArgumentNullException.ThrowIfNull(document);
        var context = new CheckContext(document) { IsHtmlPage = isHtmlPage };
        foreach (var rule in documentRules)
        {
            rule.Check(context);
        }

        // The element rules: one walk over the document, each element offered only to the rules that want it.
        elementRules.Run(context);

        var findings = SameFaultFindings.Merge(context.Findings)
            .OrderBy(finding => finding.Line)
            .ThenBy(finding => finding.Column)
            .ThenBy(finding => finding.Rule.Id, StringComparer.Ordinal)
            .ToList();
        return new CheckReport(path, findings);
    }

    /// <summary>Reads and checks a file (UTF-8 unless the page declares otherwise).</summary>
    /// <param name="path">The file.</param>
    /// <param name="cancellationToken">Cancels reading.</param>
    public async Task<CheckReport> CheckFileAsync(string path, CancellationToken cancellationToken = default)
    {
        var html = await File.ReadAllTextAsync(path, cancellationToken).ConfigureAwait(false);
        return Check(html, path);
    }

    /// <summary>Parses HTML the way the checker does: AngleSharp's HTML5 parser, keeping source references for line and column.</summary>
    /// <param name="html">The page.</param>
    public static IDocument Parse(string html)
    {
        var parser = new HtmlParser(new HtmlParserOptions { IsKeepingSourceReferences = true }, BrowsingContext.New(Configuration.Default));
        return parser.ParseDocument(html);
    }
}
