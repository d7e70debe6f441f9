using System.Text.Json;

namespace A11yArticles.Checks.Reporting;

/// <summary>
/// Findings as JSON (schema in docs/checks.md): <c>{"version":1,"files":[{"path","errors","warnings",
/// "findings":[{"ruleId","severity","message","selector","line","column","snippet","wcag","actRules","help"}],
/// "omitted":[{"ruleId","count","message"}]}]}</c>; <c>omitted</c> only on a page where a rule had more than
/// <see cref="HtmlChecker.MaxFindingsPerRule"/> findings.
/// </summary>
public static class JsonReporter
{
    /// <summary>The version of the JSON schema this reporter writes.</summary>
    public const int SchemaVersion = 1;

    /// <summary>Writes the reports as one indented JSON document.</summary>
    /// <param name="reports">The reports.</param>
    /// <param name="stream">Where to write (UTF-8).</param>
    public static void Write(IEnumerable<CheckReport> reports, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(reports);
        using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true });
        json.WriteStartObject();
        json.WriteNumber("version", SchemaVersion);
        json.WriteStartArray("files");
        foreach (var report in reports)
        {
            json.WriteStartObject();
            json.WriteString("path", report.Path);
            json.WriteNumber("errors", report.ErrorCount);
            json.WriteNumber("warnings", report.WarningCount);
            json.WriteStartArray("findings");
            foreach (var finding in report.Findings)
            {
                json.WriteStartObject();
                json.WriteString("ruleId", finding.Rule.Id);
                json.WriteString("severity", finding.Severity == Severity.Error ? "error" : "warning");
                json.WriteString("message", finding.Message);
                json.WriteString("selector", finding.Selector);
                json.WriteNumber("line", finding.Line);
                json.WriteNumber("column", finding.Column);
                json.WriteString("snippet", finding.Snippet);
                WriteStrings(json, "wcag", finding.Rule.Wcag);
                WriteStrings(json, "actRules", finding.Rule.ActRules);
                json.WriteString("help", finding.Rule.Help);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            if (report.Omitted.Count > 0)
            {
                // Only on pages over the cap, so that reports of real pages keep their shape.
                json.WriteStartArray("omitted");
                foreach (var omitted in report.Omitted)
                {
                    json.WriteStartObject();
                    json.WriteString("ruleId", omitted.Rule.Id);
                    json.WriteNumber("count", omitted.Count);
                    json.WriteString("message", omitted.Message);
                    json.WriteEndObject();
                }

                json.WriteEndArray();
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    /// <summary>The failed ACT rule ids of one report as a JSON array (the interface of the ACT scorer).</summary>
    /// <param name="report">The report.</param>
    public static string ActFailures(CheckReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return JsonSerializer.Serialize(report.FailedActRules);
    }

    internal static void WriteStrings(Utf8JsonWriter json, string name, IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }
}
