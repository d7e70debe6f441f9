using System.Collections.Immutable;
using A11yArticles.Model;
using Microsoft.AspNetCore.Components;

namespace A11yArticles.Components;

/// <summary>
/// Every change to the article, newest first, in a disclosure (GOV.UK's "full page history"): a
/// <c>details</c> element whose summary is "Page history" (in the article's language) and whose list
/// gives each correction and update with its date, then the first publication. Notes without a
/// date follow the dated ones in the order the article lists them. Renders nothing for an article
/// without notes: its dates in the header already say all there is.
/// </summary>
public partial class ChangeHistory
{
    /// <summary>The notes to list; the article's notes (<see cref="Article.Notes"/>) when not set.</summary>
    [Parameter]
    public ImmutableArray<Note>? Notes { get; set; }

    /// <summary>The first publication; the article's <see cref="Article.Published"/> when not set.</summary>
    [Parameter]
    public DateTimeOffset? Published { get; set; }

    /// <summary>Replaces the summary ("Page history" in the article's language).</summary>
    [Parameter]
    public string? Title { get; set; }

    /// <summary>The entries in the order they are shown: a note, or (null note) the first publication.</summary>
    internal IReadOnlyList<(DateTimeOffset? Date, Note? Note)> Entries { get; private set; } = [];

    /// <inheritdoc />
    protected override void OnParametersSet() =>
        Entries = Order(Notes ?? Context?.Article.Notes ?? [], Published ?? Context?.Article.Published);

    /// <summary>Dated notes newest first (a stable sort: notes of one date keep their order), then undated ones, then the first publication.</summary>
    internal static IReadOnlyList<(DateTimeOffset? Date, Note? Note)> Order(ImmutableArray<Note> notes, DateTimeOffset? published)
    {
        if (notes.IsDefaultOrEmpty)
        {
            return [];
        }

        var entries = new List<(DateTimeOffset? Date, Note? Note)>(notes.Length + 1);
        entries.AddRange(notes.Where(note => note.Date is not null).OrderByDescending(note => note.Date).Select(note => (note.Date, (Note?)note)));
        entries.AddRange(notes.Where(note => note.Date is null).Select(note => ((DateTimeOffset?)null, (Note?)note)));
        if (published is not null)
        {
            entries.Add((published, null));
        }

        return entries;
    }

    private static string IsoDate(DateTimeOffset date) => ArticleHeader.IsoDate(date);
}
