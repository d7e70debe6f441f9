using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using A11yArticles.Checks;
using A11yArticles.Rendering;
using A11yArticles.Importers;
using A11yArticles.Importers.Language;
using A11yArticles.Model;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace A11yArticles.Cli.Evaluation;

/// <summary>
/// Imports and renders every page of a folder laid out like Mozilla Readability's test pages
/// (<c>&lt;name&gt;/source.html</c>, <c>expected-metadata.json</c>, <c>expected.html</c>) and compares
/// the result with the expectation.
/// </summary>
internal static partial class CorpusEvaluation
{
    private static readonly HtmlParser Parser = new();

    public static async Task<IReadOnlyList<PageResult>> RunAsync(string folder, TextWriter stderr, CancellationToken cancellationToken)
    {
        var results = new List<PageResult>();
        foreach (var directory in Directory.EnumerateDirectories(folder).Order(StringComparer.Ordinal))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var source = Path.Combine(directory, "source.html");
            if (!File.Exists(source))
            {
                continue;
            }

            results.Add(await EvaluateAsync(directory, source, stderr));
        }

        return results;
    }

    private static async Task<PageResult> EvaluateAsync(string directory, string source, TextWriter stderr)
    {
        var name = Path.GetFileName(directory);
        var expected = ReadExpectedMetadata(Path.Combine(directory, "expected-metadata.json"));
        var expectedHtml = File.Exists(Path.Combine(directory, "expected.html"))
            ? Parser.ParseDocument(await File.ReadAllTextAsync(Path.Combine(directory, "expected.html")))
            : null;

        ImportResult imported;
        try
        {
            imported = ArticleImporter.Import(source);
        }
        catch (ArticleImportException error)
        {
            await stderr.WriteLineAsync($"error: {error.Message}");
            return new PageResult(name) { Error = error.Problem };
        }

        foreach (var warning in imported.Warnings)
        {
            await stderr.WriteLineAsync($"warning: {warning}");
        }

        var article = imported.Article;
        var page = Parser.ParseDocument(await ArticleRenderer.RenderPageAsync(article));
        var ours = page.QuerySelector("article")!;
        var expectedText = expectedHtml?.Body is { } expectedBody ? VisibleText(expectedBody) : "";

        var expectedLanguage = expected.Language ?? LanguageDetector.Detect(expectedText)?.Language ?? "en";
        var expectedDirection = expected.Direction
            ?? (expectedHtml?.Body is { } referenceBody ? ReferenceDirection(referenceBody) : null)
            ?? (LanguageDetector.DirectionOf(expectedLanguage) == TextDirection.RightToLeft ? "rtl" : "ltr");
        var ourDirection = article.Direction == TextDirection.RightToLeft ? "rtl" : "ltr";

        var expectedQuotations = expectedHtml?.QuerySelectorAll("blockquote, q").Length ?? 0;
        var ourQuotations = ours.QuerySelectorAll("blockquote, q").Length;

        var languageMatch = PrimarySubtag(article.Language) == PrimarySubtag(expectedLanguage);
        var directionMatch = ourDirection == expectedDirection;
        var sourceAlts = Parser.ParseDocument(await File.ReadAllTextAsync(source)).QuerySelectorAll("img[alt]")
            .Select(image => Preservation.Normalize(image.GetAttribute("alt")!)).ToHashSet(StringComparer.Ordinal);
        return new PageResult(name)
        {
            Preservation = expectedHtml?.Body is { } reference
                ? Preservation.Measure(reference, article, sourceAlts, (languageMatch ? 1 : 0) + (directionMatch ? 1 : 0), expectedLanguage)
                : null,
            TitleMatch = Same(article.Headline, expected.Title),
            BylineMatch = Same(string.Join(", ", article.Authors.Select(author => author.Name)), expected.Byline ?? ""),
            LanguageMatch = languageMatch,
            DirectionMatch = directionMatch,
            WordsKept = WordsKept(expectedText, VisibleText(ours), out var missing),
            MissingWords = missing,
            ExpectedQuotations = expectedQuotations,
            OurQuotations = ourQuotations,
            CheckProblems = CheckProblemsOf(page, name),
            Ours = $"{article.Headline} | {string.Join(", ", article.Authors.Select(a => a.Name))} | {article.Language} | {ourDirection}",
            Expected = $"{expected.Title} | {expected.Byline} | {expectedLanguage} | {expectedDirection}",
        };
    }

    /// <summary>The errors A11yArticles.Checks finds on the rendered page, one entry per rule: <c>RULE-ID (count): first message</c>.</summary>
    private static IReadOnlyList<string> CheckProblemsOf(IDocument page, string name) =>
        HtmlChecker.Default.Check(page, name).Findings
            .Where(finding => finding.Severity == Severity.Error)
            .GroupBy(finding => finding.Rule.Id)
            .Select(group => $"{group.Key} ({group.Count()}): {group.First().Message}")
            .ToList();

    /// <summary>The share of the expected text's words (as a multiset) that our article holds.</summary>
    internal static double WordsKept(string expectedText, string ourText, out List<string> missing)
    {
        missing = [];
        var expectedWords = Words(expectedText);
        if (expectedWords.Count == 0)
        {
            return 1;
        }

        var available = Words(ourText).GroupBy(word => word, StringComparer.Ordinal).ToDictionary(group => group.Key, group => group.Count(), StringComparer.Ordinal);
        var found = 0;
        foreach (var word in expectedWords)
        {
            if (available.TryGetValue(word, out var count) && count > 0)
            {
                available[word] = count - 1;
                found++;
            }
            else
            {
                missing.Add(word);
            }
        }

        return (double)found / expectedWords.Count;
    }

    /// <summary>
    /// The words of a text: runs of letters and digits, lower-cased. Chinese and Japanese do not
    /// separate words with spaces, so a run of ideographs and kana counts as its overlapping pairs of
    /// characters (the usual bigram measure): a lost sentence is missed, a different split is not.
    /// </summary>
    internal static List<string> Words(string text)
    {
        var words = new List<string>();
        foreach (var match in Word().Matches(text).Cast<System.Text.RegularExpressions.Match>())
        {
            var value = match.Value.ToLower(CultureInfo.InvariantCulture);
            if (!CjkRun().IsMatch(value) || value.Length < 2)
            {
                words.Add(value);
                continue;
            }

            for (var i = 0; i + 1 < value.Length; i++)
            {
                words.Add(value.Substring(i, 2));
            }
        }

        return words;
    }

    /// <summary>
    /// The text of an element as a reader sees it, with a space where each element begins, so that
    /// blocks never run into each other, and the marks the browser draws around an inline quotation
    /// (<c>&lt;q&gt;</c>: the stylesheet's <c>quotes</c>, never in the markup). Which marks does not
    /// matter to the measures, which read words; that there are marks does: in scripts written
    /// without spaces, 「脱獄」したiPhone is two words and 脱獄したiPhone one.
    /// </summary>
    internal static string VisibleText(IElement root)
    {
        var text = new System.Text.StringBuilder();
        var stack = new Stack<object>();
        stack.Push(root);
        while (stack.Count > 0)
        {
            var item = stack.Pop();
            if (item is string drawn)
            {
                text.Append(drawn);
                continue;
            }

            if (item is IText run)
            {
                text.Append(run.Data);
                continue;
            }

            if (item is IElement { LocalName: "script" or "style" or "template" })
            {
                continue;
            }

            text.Append(' ');
            if (item is IElement { LocalName: "q" })
            {
                text.Append(OpeningMark);
                stack.Push(ClosingMark);
            }

            var node = (INode)item;
            for (var i = node.ChildNodes.Length - 1; i >= 0; i--)
            {
                stack.Push(node.ChildNodes[i]);
            }
        }

        return text.ToString();
    }

    private const string OpeningMark = "\u201C";
    private const string ClosingMark = "\u201D";

    /// <summary>
    /// The direction the reference gives its paragraphs when its metadata gives none: each paragraph
    /// takes the <c>dir</c> of its nearest element that sets one, and the direction holding the most
    /// text wins (Readability keeps an article element's <c>dir</c> in expected.html without
    /// reporting it in the metadata). Null when no element of the reference sets a direction.
    /// </summary>
    internal static string? ReferenceDirection(IElement root)
    {
        long rtl = 0, ltr = 0;
        foreach (var paragraph in root.QuerySelectorAll("p"))
        {
            var direction = paragraph.Closest("[dir]")?.GetAttribute("dir")?.Trim().ToLowerInvariant();
            rtl += direction == "rtl" ? paragraph.TextContent.Length : 0;
            ltr += direction == "ltr" ? paragraph.TextContent.Length : 0;
        }

        return rtl + ltr == 0 ? null : rtl > ltr ? "rtl" : "ltr";
    }

    private static bool Same(string ours, string? expected) =>
        string.Equals(Normalize(ours), Normalize(expected ?? ""), StringComparison.OrdinalIgnoreCase);

    private static string Normalize(string text) => Whitespace().Replace(text, " ").Trim();

    private static string PrimarySubtag(string language) => language.Split('-', '_')[0].ToLowerInvariant();

    private static ExpectedMetadata ReadExpectedMetadata(string path)
    {
        if (!File.Exists(path))
        {
            return new ExpectedMetadata(null, null, null, null);
        }

        using var json = JsonDocument.Parse(File.ReadAllText(path));
        string? Text(string key) => json.RootElement.TryGetProperty(key, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
        return new ExpectedMetadata(Text("title"), Text("byline"), Text("lang"), Text("dir"));
    }

    [GeneratedRegex(@"[\p{IsCJKUnifiedIdeographs}\p{IsHiragana}\p{IsKatakana}]+|[\p{L}\p{N}-[\p{IsCJKUnifiedIdeographs}\p{IsHiragana}\p{IsKatakana}]]+")]
    private static partial Regex Word();

    [GeneratedRegex(@"^[\p{IsCJKUnifiedIdeographs}\p{IsHiragana}\p{IsKatakana}]+$")]
    private static partial Regex CjkRun();



    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    private sealed record ExpectedMetadata(string? Title, string? Byline, string? Language, string? Direction);
}

/// <summary>How one page fared.</summary>
internal sealed record PageResult(string Name)
{
    public string? Error { get; init; }

    public bool TitleMatch { get; init; }

    public bool BylineMatch { get; init; }

    public bool LanguageMatch { get; init; }

    public bool DirectionMatch { get; init; }

    public double WordsKept { get; init; }

    public int ExpectedQuotations { get; init; }

    public int OurQuotations { get; init; }

    public IReadOnlyList<string> CheckProblems { get; init; } = [];

    public string Ours { get; init; } = "";

    public IReadOnlyList<string> MissingWords { get; init; } = [];

    public string Expected { get; init; } = "";

    /// <summary>How much of the reference's structure survived into the model (none without an expected.html).</summary>
    public PagePreservation? Preservation { get; init; }

    public bool QuotationsKept => Error is null && OurQuotations >= ExpectedQuotations;

    public bool PassesChecks => Error is null && CheckProblems.Count == 0;
}
