using System.Text.Json;

namespace A11yArticles.Checks.Reporting;

/// <summary>
/// Findings as SARIF 2.1.0 (https://docs.oasis-open.org/sarif/sarif/v2.1.0/), the format code-scanning
/// tools (e.g. GitHub code scanning) upload: one run, the rules as <c>tool.driver.rules</c>, one result per finding
/// with a physical location (file, line, column, snippet) and a logical one (the CSS selector).
/// </summary>
public static class SarifReporter
{
    /// <summary>The SARIF schema the output conforms to.</summary>
    public const string SchemaUri = "https://json.schemastore.org/sarif-2.1.0.json";

    /// <summary>Writes one SARIF log for the reports.</summary>
    /// <param name="reports">The reports.</param>
    /// <param name="rules">The rules that ran (all of them are listed, so results can point at them by index).</param>
    /// <param name="stream">Where to write (UTF-8).</param>
    /// <param name="baseDirectory">Paths under it are written relative to it (with forward slashes), as code-scanning tools expect.</param>
    public static void Write(IEnumerable<CheckReport> reports, IReadOnlyList<RuleInfo> rules, Stream stream, string? baseDirectory = null)
    {
        ArgumentNullException.ThrowIfNull(reports);
        ArgumentNullException.ThrowIfNull(rules);
        var ruleIndex = rules.Select((rule, index) => (rule.Id, index)).ToDictionary(pair => pair.Id, pair => pair.index, StringComparer.Ordinal);
        using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true });
        json.WriteStartObject();
        json.WriteString("$schema", SchemaUri);
        json.WriteString("version", "2.1.0");
        json.WriteStartArray("runs");
        json.WriteStartObject();

        json.WriteStartObject("tool");
        json.WriteStartObject("driver");
        json.WriteString("name", "a11y-articles");
        json.WriteString("informationUri", "https://www.w3.org/WAI/standards-guidelines/act/rules/");
        json.WriteString("version", typeof(SarifReporter).Assembly.GetName().Version?.ToString() ?? "1.0.0");
        json.WriteStartArray("rules");
        foreach (var rule in rules)
        {
            json.WriteStartObject();
            json.WriteString("id", rule.Id);
            json.WriteString("name", PascalName(rule.Title));
            json.WriteStartObject("shortDescription");
            json.WriteString("text", rule.Title);
            json.WriteEndObject();
            json.WriteStartObject("fullDescription");
            json.WriteString("text", rule.Help);
            json.WriteEndObject();
            json.WriteStartObject("help");
            json.WriteString("text", rule.Help);
            json.WriteEndObject();
            json.WriteString("helpUri", rule.HelpUri);
            json.WriteStartObject("defaultConfiguration");
            json.WriteString("level", Level(rule.Severity));
            json.WriteEndObject();
            json.WriteStartObject("properties");
            var tags = new List<string> { "accessibility" };
            tags.AddRange(rule.Wcag.Select(criterion => "WCAG " + criterion));
            tags.AddRange(rule.ActRules.Select(act => "ACT " + act));
            JsonReporter.WriteStrings(json, "tags", tags);
            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();

        json.WriteStartArray("results");
        foreach (var report in reports)
        {
            var uri = RelativeUri(report.Path, baseDirectory);
            foreach (var finding in report.Findings)
            {
                json.WriteStartObject();
                json.WriteString("ruleId", finding.Rule.Id);
                if (ruleIndex.TryGetValue(finding.Rule.Id, out var index))
                {
                    json.WriteNumber("ruleIndex", index);
                }

                json.WriteString("level", Level(finding.Severity));
                json.WriteStartObject("message");
                json.WriteString("text", $"{finding.Message}. {finding.Rule.Help}");
                json.WriteEndObject();
                json.WriteStartArray("locations");
                json.WriteStartObject();
                json.WriteStartObject("physicalLocation");
                json.WriteStartObject("artifactLocation");
                json.WriteString("uri", uri);
                json.WriteEndObject();
                json.WriteStartObject("region");
                json.WriteNumber("startLine", Math.Max(1, finding.Line));
                json.WriteNumber("startColumn", Math.Max(1, finding.Column));
                json.WriteStartObject("snippet");
                json.WriteString("text", finding.Snippet);
                json.WriteEndObject();
                json.WriteEndObject();
                json.WriteEndObject();
                json.WriteStartArray("logicalLocations");
                json.WriteStartObject();
                json.WriteString("fullyQualifiedName", finding.Selector);
                json.WriteString("kind", "element");
                json.WriteEndObject();
                json.WriteEndArray();
                json.WriteEndObject();
                json.WriteEndArray();
                json.WriteEndObject();
            }
        }

        json.WriteEndArray();
        WriteOmitted(json, reports, baseDirectory);
        json.WriteStartArray("artifacts");
        foreach (var report in reports)
        {
            json.WriteStartObject();
            json.WriteStartObject("location");
            json.WriteString("uri", RelativeUri(report.Path, baseDirectory));
            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteEndObject();
    }

    /// <summary>
    /// Findings counted but not listed (a rule lists at most <see cref="HtmlChecker.MaxFindingsPerRule"/>
    /// per page) as notifications of the run's invocation, one per rule and page; nothing when none were.
    /// </summary>
    private static void WriteOmitted(Utf8JsonWriter json, IEnumerable<CheckReport> reports, string? baseDirectory)
    {
        if (!reports.Any(report => report.Omitted.Count > 0))
        {
            return;
        }

        json.WriteStartArray("invocations");
        json.WriteStartObject();
        json.WriteBoolean("executionSuccessful", true);
        json.WriteStartArray("toolExecutionNotifications");
        foreach (var report in reports)
        {
            foreach (var omitted in report.Omitted)
            {
                json.WriteStartObject();
                json.WriteString("level", "note");
                json.WriteStartObject("message");
                json.WriteString("text", omitted.Message);
                json.WriteEndObject();
                json.WriteStartArray("locations");
                json.WriteStartObject();
                json.WriteStartObject("physicalLocation");
                json.WriteStartObject("artifactLocation");
                json.WriteString("uri", RelativeUri(report.Path, baseDirectory));
                json.WriteEndObject();
                json.WriteEndObject();
                json.WriteEndObject();
                json.WriteEndArray();
                json.WriteStartObject("associatedRule");
                json.WriteString("id", omitted.Rule.Id);
                json.WriteEndObject();
                json.WriteEndObject();
            }
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndArray();
    }

    private static string Level(Severity severity) => severity == Severity.Error ? "error" : "warning";

    private static string PascalName(string title) =>
        string.Concat(title.Split([' ', '-', '(', ')', ','], StringSplitOptions.RemoveEmptyEntries).Select(word => char.ToUpperInvariant(word[0]) + word[1..]));

    internal static string RelativeUri(string path, string? baseDirectory)
    {
        var relative = baseDirectory is not null && Path.IsPathRooted(path) ? Path.GetRelativePath(baseDirectory, path) : path;
        return relative.Replace('\\', '/');
    }
}
