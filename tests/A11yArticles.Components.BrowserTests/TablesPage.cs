using A11yArticles.Model;

namespace A11yArticles.Components.BrowserTests;

/// <summary>
/// A page with a data table wider than a 320 px viewport (eight columns of a timetable) and a small
/// table without a caption, for the reflow, keyboard and screen-reader tests of <c>DataTable</c>.
/// </summary>
internal static class TablesPage
{
    public const string FileName = "tables.html";

    private static TableCell Cell(string text, bool header = false) => new([new TextInline(text)]) { IsHeader = header };

    private static readonly string[] Stops = ["Harbour", "Old town", "Riverside", "University", "Hospital", "Stadium", "Airport"];

    public static Article Create() => new("Ferry and bus times after the bridge opens", [
        new ParagraphBlock([new TextInline("The new timetable starts on Monday. Every departure, stop by stop:")]),
        new TableBlock(
            [new TableRow([Cell("Departure", true), .. Stops.Select(stop => Cell(stop + " interchange", true))])],
            [.. Enumerable.Range(0, 4).Select(i => new TableRow([
                Cell($"Service {i + 1}", true),
                .. Stops.Select((_, stop) => Cell($"{6 + i}:{(stop * 7 % 60):00}")),
            ]))])
        {
            Caption = [new TextInline("Weekday departures from the harbour")],
        },
        new ParagraphBlock([new TextInline("Fares stay the same:")]),
        new TableBlock(
            [new TableRow([Cell("Ticket", true), Cell("Price", true)])],
            [new TableRow([Cell("Single", true), Cell("€2.10")]), new TableRow([Cell("Day", true), Cell("€5.50")])]),
        new ParagraphBlock([new TextInline("After the tables, "), new LinkInline("#top", [new TextInline("a link")]), new TextInline(".")]),
    ]) { Language = "en" };
}
