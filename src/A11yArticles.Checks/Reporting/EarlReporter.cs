using System.Text.Json;

namespace A11yArticles.Checks.Reporting;

/// <summary>
/// The W3C ACT rules' results as EARL (the W3C's Evaluation and Report Language) in JSON-LD, the shape
/// of the implementation reports the W3C's ACT pages are built from: one <c>TestSubject</c> per page
/// (its <c>source</c>), and per ACT rule that ran an <c>Assertion</c> whose <c>test</c> is the ACT rule
/// (its address, name and WCAG success criteria) and whose <c>result</c> has an <c>outcome</c>:
/// <c>earl:failed</c> once per element found (with a CSS selector pointer), otherwise
/// <c>earl:passed</c>. The static checker does not report applicability, so a rule with nothing to
/// judge on a page is <c>earl:passed</c> too (the info says so); the W3C's consistency measure counts
/// passed and inapplicable alike. The testing kit's browser rules know every outcome
/// (<c>earl:inapplicable</c> and <c>earl:cantTell</c> too): <c>BrowserCheckReport.ToEarlSubject</c>
/// gives a page checked in Chromium as an <see cref="EarlSubject"/> for <see cref="Write(IEnumerable{EarlSubject}, Stream, string?)"/>. Article rules are not ACT rules and are left out. The context is
/// written inline, so a JSON-LD processor needs no network to read the report.
/// </summary>
public static class EarlReporter
{
    /// <summary>The namespace of EARL's terms.</summary>
    public const string EarlNamespace = "http://www.w3.org/ns/earl#";

    /// <summary>The anchors of WCAG 2.2 success criteria (Understanding documents and the Recommendation use the same).</summary>
    internal static readonly IReadOnlyDictionary<string, string> SuccessCriterionSlugs = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["1.1.1"] = "non-text-content",
        ["1.2.1"] = "audio-only-and-video-only-prerecorded",
        ["1.2.2"] = "captions-prerecorded",
        ["1.3.1"] = "info-and-relationships",
        ["1.3.2"] = "meaningful-sequence",
        ["1.3.4"] = "orientation",
        ["1.3.5"] = "identify-input-purpose",
        ["1.4.2"] = "audio-control",
        ["1.4.3"] = "contrast-minimum",
        ["1.4.4"] = "resize-text",
        ["1.4.6"] = "contrast-enhanced",
        ["1.4.10"] = "reflow",
        ["1.4.12"] = "text-spacing",
        ["2.1.1"] = "keyboard",
        ["2.1.3"] = "keyboard-no-exception",
        ["2.2.1"] = "timing-adjustable",
        ["2.2.4"] = "interruptions",
        ["2.4.1"] = "bypass-blocks",
        ["2.4.2"] = "page-titled",
        ["2.4.3"] = "focus-order",
        ["2.4.4"] = "link-purpose-in-context",
        ["2.4.6"] = "headings-and-labels",
        ["2.4.7"] = "focus-visible",
        ["2.4.9"] = "link-purpose-link-only",
        ["2.5.3"] = "label-in-name",
        ["3.1.1"] = "language-of-page",
        ["3.1.2"] = "language-of-parts",
        ["3.2.5"] = "change-on-request",
        ["4.1.2"] = "name-role-value",
    };

    private const string AssertorId = "_:a11y-articles";

    /// <summary>Writes one EARL report for the pages the static checker checked.</summary>
    /// <param name="reports">The pages' reports.</param>
    /// <param name="rules">The rules that ran (the ACT rules among them get an assertion per page).</param>
    /// <param name="stream">Where to write (UTF-8).</param>
    /// <param name="baseDirectory">Paths under it are written relative to it, with forward slashes.</param>
    public static void Write(IEnumerable<CheckReport> reports, IReadOnlyList<RuleInfo> rules, Stream stream, string? baseDirectory = null)
    {
        ArgumentNullException.ThrowIfNull(reports);
        ArgumentNullException.ThrowIfNull(rules);
        Write(reports.Select(report => StaticSubject(report, rules)), stream, baseDirectory);
    }

    /// <summary>
    /// Writes one EARL report for pages whose results came from anywhere: the static checker
    /// (<see cref="StaticSubject"/>), the testing kit's browser rules (which know every outcome,
    /// inapplicable and cantTell included), or both.
    /// </summary>
    /// <param name="subjects">The pages and their assertions.</param>
    /// <param name="stream">Where to write (UTF-8).</param>
    /// <param name="baseDirectory">Paths under it are written relative to it, with forward slashes.</param>
    public static void Write(IEnumerable<EarlSubject> subjects, Stream stream, string? baseDirectory = null)
    {
        ArgumentNullException.ThrowIfNull(subjects);
        using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true });
        json.WriteStartObject();
        WriteContext(json);
        json.WriteStartArray("@graph");

        json.WriteStartObject();
        json.WriteString("@id", AssertorId);
        json.WriteStartArray("@type");
        json.WriteStringValue("Assertor");
        json.WriteStringValue("Software");
        json.WriteEndArray();
        json.WriteString("title", "a11y-articles (A11yArticles.Checks)");
        json.WriteStartObject("release");
        json.WriteString("revision", typeof(EarlReporter).Assembly.GetName().Version?.ToString(3) ?? "1.0.0");
        json.WriteEndObject();
        json.WriteEndObject();

        foreach (var subject in subjects)
        {
            json.WriteStartObject();
            json.WriteStartArray("@type");
            json.WriteStringValue("TestSubject");
            json.WriteStringValue("sch:WebPage");
            json.WriteEndArray();
            json.WriteString("source", SarifReporter.RelativeUri(subject.Path, baseDirectory));
            json.WriteStartArray("assertions");
            foreach (var assertion in subject.Assertions)
            {
                WriteAssertion(json, assertion);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    /// <summary>
    /// A page's assertions from the static checker: per ACT rule among <paramref name="rules"/>, one
    /// <see cref="EarlOutcome.Failed"/> per element found, else one <see cref="EarlOutcome.Passed"/>
    /// (the static rules do not report applicability; the info says so).
    /// </summary>
    /// <param name="report">The page's report.</param>
    /// <param name="rules">The rules that ran.</param>
    /// <returns>The page as an EARL test subject.</returns>
    public static EarlSubject StaticSubject(CheckReport report, IEnumerable<RuleInfo> rules)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(rules);
        var assertions = new List<EarlAssertion>();
        foreach (var rule in rules.Where(rule => rule.ActRules.Count > 0))
        {
            var failures = report.Findings.Where(finding => finding.Rule.Id == rule.Id).ToList();
            if (failures.Count == 0)
            {
                assertions.Add(new EarlAssertion(rule, EarlOutcome.Passed, null, "no failure found (passed, or inapplicable: the static checker does not report applicability)"));
            }

            assertions.AddRange(failures.Select(failure => new EarlAssertion(rule, EarlOutcome.Failed, failure.Selector, failure.Message)));
        }

        return new EarlSubject(report.Path, assertions);
    }

    private static void WriteAssertion(Utf8JsonWriter json, EarlAssertion assertion)
    {
        var (rule, selector, info) = (assertion.Rule, assertion.Selector, assertion.Info);
        var outcome = assertion.Outcome switch
        {
            EarlOutcome.Failed => "earl:failed",
            EarlOutcome.CantTell => "earl:cantTell",
            EarlOutcome.Inapplicable => "earl:inapplicable",
            _ => "earl:passed",
        };
        json.WriteStartObject();
        json.WriteString("@type", "Assertion");
        json.WriteString("assertedBy", AssertorId);
        json.WriteString("mode", "earl:automatic");
        json.WriteStartObject("test");
        json.WriteString("@id", rule.HelpUri);
        json.WriteString("@type", "TestCase");
        json.WriteString("title", rule.Title);
        json.WriteString("identifier", rule.ActRules[0]);
        json.WriteStartArray("isPartOf");
        foreach (var criterion in rule.Wcag)
        {
            json.WriteStartObject();
            json.WriteString("@id", "WCAG22:" + Slug(criterion, rule));
            json.WriteString("@type", "TestRequirement");
            json.WriteString("title", "WCAG 2.2 success criterion " + criterion);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteStartObject("result");
        json.WriteString("@type", "TestResult");
        json.WriteString("outcome", outcome);
        if (selector is not null)
        {
            json.WriteStartObject("pointer");
            json.WriteString("@type", "ptr:CSSSelectorPointer");
            json.WriteString("expression", selector);
            json.WriteEndObject();
        }

        json.WriteString("info", info);
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static string Slug(string criterion, RuleInfo rule) =>
        SuccessCriterionSlugs.TryGetValue(criterion, out var slug)
            ? slug
            : throw new InvalidOperationException($"{rule.Id} names WCAG {criterion}, which has no anchor in {nameof(SuccessCriterionSlugs)}; add it.");

    /// <summary>The JSON-LD context: EARL as the vocabulary, and the other terms the report uses.</summary>
    private static void WriteContext(Utf8JsonWriter json)
    {
        json.WriteStartObject("@context");
        json.WriteString("@vocab", EarlNamespace);
        json.WriteString("earl", EarlNamespace);
        json.WriteString("WCAG22", "https://www.w3.org/TR/WCAG22/#");
        json.WriteString("dct", "http://purl.org/dc/terms/");
        json.WriteString("doap", "http://usefulinc.com/ns/doap#");
        json.WriteString("ptr", "http://www.w3.org/2009/pointers#");
        json.WriteString("sch", "https://schema.org/");
        WriteTerm(json, "source", "dct:source", isId: true);
        WriteTerm(json, "title", "dct:title", isId: false);
        WriteTerm(json, "identifier", "dct:identifier", isId: false);
        WriteTerm(json, "isPartOf", "dct:isPartOf", isId: true);
        WriteTerm(json, "release", "doap:release", isId: false);
        WriteTerm(json, "revision", "doap:revision", isId: false);
        WriteTerm(json, "expression", "ptr:expression", isId: false);
        WriteTerm(json, "assertedBy", "earl:assertedBy", isId: true);
        WriteTerm(json, "outcome", "earl:outcome", isId: true);
        WriteTerm(json, "mode", "earl:mode", isId: true);
        json.WriteStartObject("assertions");
        json.WriteString("@reverse", "earl:subject");
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteTerm(Utf8JsonWriter json, string term, string iri, bool isId)
    {
        json.WriteStartObject(term);
        json.WriteString("@id", iri);
        if (isId)
        {
            json.WriteString("@type", "@id");
        }

        json.WriteEndObject();
    }
}
