using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using A11yArticles.Checks.Engine;
using A11yArticles.HtmlInput;

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

    /// <summary>The largest file <see cref="CheckFileAsync"/> reads, in bytes (32 MiB): far above any real page, low enough that a runaway file fails fast.</summary>
    public const int MaxPageBytes = 32 * 1024 * 1024;

    /// <summary>
    /// The most findings one rule lists on one page; the rest are counted in
    /// <see cref="CheckReport.Omitted"/> (and in the error and warning counts). Real pages stay far
    /// below it (the most of one rule on a page of both evaluation corpora is 39); a hostile page
    /// can have one on every element.
    /// </summary>
    public const int MaxFindingsPerRule = 1_000;

    /// <summary>The deepest nesting of elements a page may have (256); deeper pages are refused before parsing (<see cref="PageRefusedException"/>).</summary>
    public const int MaxNesting = HtmlInputLimits.MaxNesting;

    /// <summary>The most attributes one element may have (256); pages with more are refused before parsing (<see cref="PageRefusedException"/>).</summary>
    public const int MaxAttributes = HtmlInputLimits.MaxAttributes;

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
    /// <exception cref="PageRefusedException">The page is nested deeper than <see cref="MaxNesting"/> or has an element with more than <see cref="MaxAttributes"/> attributes.</exception>
    public CheckReport Check(string html, string path = "(html)")
    {
        ArgumentNullException.ThrowIfNull(html);
        if (HtmlInputLimits.Problem(html) is { } problem)
        {
            throw new PageRefusedException(path, problem);
        }

        var extension = Path.GetExtension(path).ToLowerInvariant();
        return Check(Parse(html), path, isHtmlPage: extension is not (".svg" or ".xml"));
    }

    /// <summary>
    /// Decodes a page's bytes as browsers do (a byte order mark, else the <c>&lt;meta charset&gt;</c>
    /// the HTML standard's prescan finds, else UTF-8, or windows-1252 for a page with no UTF-8 in it),
    /// then checks it. Invalid bytes become U+FFFD and are reported in <see cref="CheckReport.InputWarnings"/>.
    /// </summary>
    /// <param name="bytes">The page's bytes.</param>
    /// <param name="path">The name reported for the page (a file path, or a label).</param>
    /// <exception cref="PageRefusedException">The page is over a limit (see <see cref="Check(string, string)"/>).</exception>
    public CheckReport Check(ReadOnlySpan<byte> bytes, string path = "(html)")
    {
        var decoded = HtmlDecoding.Decode(bytes);
        return Check(decoded.Text, path) with { InputWarnings = decoded.Warnings };
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
        return new CheckReport(path, findings) { Omitted = context.Omitted };
    }

    /// <summary>
    /// Reads and checks a file, decoded as browsers decode it (see <see cref="Check(ReadOnlySpan{byte}, string)"/>).
    /// </summary>
    /// <param name="path">The file.</param>
    /// <param name="cancellationToken">Cancels reading.</param>
    /// <exception cref="PageRefusedException">The file is larger than <see cref="MaxPageBytes"/>, or the page is over a limit.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public async Task<CheckReport> CheckFileAsync(string path, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, useAsync: true);
        var length = stream.Length;
        if (length > MaxPageBytes)
        {
            throw new PageRefusedException(path, $"is too large ({length / (1024.0 * 1024.0):0.#} MiB); pages larger than {MaxPageBytes / (1024 * 1024)} MiB are refused");
        }

        // Read what is there (a file that grows while it is read is cut at its length when opened,
        // never read without end). The buffer is pooled: a page of a megabyte or more would otherwise
        // be one more large-object allocation per file, and those trigger full collections.
        var buffer = System.Buffers.ArrayPool<byte>.Shared.Rent((int)Math.Max(length, 1));
        try
        {
            var filled = 0;
            while (filled < length)
            {
                var read = await stream.ReadAsync(buffer.AsMemory(filled, (int)length - filled), cancellationToken).ConfigureAwait(false);
                if (read == 0)
                {
                    break;
                }

                filled += read;
            }

            return Check(buffer.AsSpan(0, filled), path);
        }
        finally
        {
            System.Buffers.ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>Parses HTML the way the checker does: AngleSharp's HTML5 parser, keeping source references for line and column.</summary>
    /// <param name="html">The page.</param>
    public static IDocument Parse(string html)
    {
        var parser = new DecodedHtmlParser(new HtmlParserOptions { IsKeepingSourceReferences = true });
        return parser.ParseDocument(html);
    }
}
