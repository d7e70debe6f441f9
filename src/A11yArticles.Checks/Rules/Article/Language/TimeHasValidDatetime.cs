using System.Text.RegularExpressions;
using A11yArticles.Checks.Engine;

namespace A11yArticles.Checks.Rules.Article.Language;

/// <summary>A time element has a machine-readable datetime value (or text that is one).</summary>
internal sealed partial class TimeHasValidDatetime : ElementRule
{
    private const string Date = @"(?<y>\d{4,})-(?<m>\d{2})-(?<d>\d{2})";
    private const string Time = @"(?<h>\d{2}):(?<min>\d{2})(?::(?<s>\d{2})(?:\.\d{1,3})?)?";
    private const string Zone = @"(?:Z|[+-](?<zh>\d{2}):?(?<zm>\d{2}))";

    public override RuleInfo Info { get; } = Describe(
        "A11Y-TIME-001",
        "A time element has a valid datetime value",
        RuleGroups.Article,
        "1.3.1",
        "",
        Severity.Error,
        "Give <time> a datetime attribute in a format HTML defines: 2021-06-08, 2021-06-08T14:30Z, 14:30, 2021-06, 2021-W23, PT2H30M.");

    [GeneratedRegex("^" + Date + "$")]
    private static partial Regex DateOnly();

    [GeneratedRegex(@"^(?<y>\d{4,})-(?<m>\d{2})$")]
    private static partial Regex MonthOnly();

    [GeneratedRegex(@"^\d{4,}$")]
    private static partial Regex YearOnly();

    [GeneratedRegex(@"^(?:--)?(?<m>\d{2})-(?<d>\d{2})$")]
    private static partial Regex YearlessDate();

    [GeneratedRegex("^" + Time + "$")]
    private static partial Regex TimeOnly();

    [GeneratedRegex("^" + Date + "[T ]" + Time + Zone + "?$")]
    private static partial Regex DateTimeValue();

    [GeneratedRegex("^" + Zone + "$")]
    private static partial Regex ZoneOnly();

    [GeneratedRegex(@"^\d{4,}-W(?<w>\d{2})$")]
    private static partial Regex Week();

    [GeneratedRegex(@"^P(?=\d|T\d)(?:\d+D)?(?:T(?=\d)(?:\d+H)?(?:\d+M)?(?:\d+(?:\.\d{1,3})?S)?)?$")]
    private static partial Regex IsoDuration();

    [GeneratedRegex(@"^\s*(?:\d+(?:\.\d{1,3})?\s*[WwDdHhMmSs]\s*)+$")]
    private static partial Regex ComponentDuration();

    public override IReadOnlyList<string> ElementNames => ["time"];

    public override void Check(CheckContext context, Dom.ElementFacts facts)
    {
        var element = facts.Element;
        if (element.LocalName != "time" || element.NamespaceUri != AngleSharp.Dom.NamespaceNames.HtmlUri)
        {
            return;
        }

        var datetime = element.GetAttribute("datetime");
        var value = datetime ?? element.TextContent;
        if (!IsValid(value.Trim()))
        {
            Report(context, element, datetime is null
                ? $"the time has no datetime attribute and its text \"{Short(value.Trim())}\" is not a machine-readable date or time"
                : $"datetime=\"{datetime}\" is not a valid date, time or duration");
        }
    }

    private static string Short(string text) => text.Length > 40 ? text[..40] + "…" : text;

    /// <summary>The date and time microsyntaxes of HTML (https://html.spec.whatwg.org/#the-time-element), with range checks.</summary>
    public static bool IsValid(string value)
    {
        if (value.Length == 0)
        {
            return false;
        }

        if (YearOnly().IsMatch(value) || Week().Match(value) is { Success: true } week && InRange(week, "w", 1, 53))
        {
            return int.Parse(value[..4], System.Globalization.CultureInfo.InvariantCulture) > 0;
        }

        if (MonthOnly().Match(value) is { Success: true } month)
        {
            return InRange(month, "m", 1, 12);
        }

        if (DateOnly().Match(value) is { Success: true } date)
        {
            return ValidDate(date);
        }

        if (YearlessDate().Match(value) is { Success: true } yearless)
        {
            return InRange(yearless, "m", 1, 12) && InRange(yearless, "d", 1, DateTime.DaysInMonth(2000, int.Parse(yearless.Groups["m"].Value, System.Globalization.CultureInfo.InvariantCulture)));
        }

        if (TimeOnly().Match(value) is { Success: true } time)
        {
            return ValidTime(time);
        }

        if (DateTimeValue().Match(value) is { Success: true } datetime)
        {
            return ValidDate(datetime) && ValidTime(datetime) && ValidZone(datetime);
        }

        if (ZoneOnly().Match(value) is { Success: true } zone)
        {
            return ValidZone(zone);
        }

        return IsoDuration().IsMatch(value) || ComponentDuration().IsMatch(value);
    }

    private static bool InRange(Match match, string group, int minimum, int maximum) =>
        int.TryParse(match.Groups[group].Value, out var number) && number >= minimum && number <= maximum;

    private static bool ValidDate(Match match) =>
        int.TryParse(match.Groups["y"].Value, out var year) && year is > 0 and <= 9999
        && InRange(match, "m", 1, 12)
        && InRange(match, "d", 1, DateTime.DaysInMonth(year, int.Parse(match.Groups["m"].Value, System.Globalization.CultureInfo.InvariantCulture)));

    private static bool ValidTime(Match match) =>
        InRange(match, "h", 0, 23) && InRange(match, "min", 0, 59) && (!match.Groups["s"].Success || InRange(match, "s", 0, 59));

    private static bool ValidZone(Match match) =>
        !match.Groups["zh"].Success || (InRange(match, "zh", 0, 23) && InRange(match, "zm", 0, 59));
}
