using System.Collections.Immutable;
using System.Globalization;
using A11yArticles.Model;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace A11yArticles.Importers.FrontMatter;

/// <summary>
/// The optional YAML block at the top of an article file, between two <c>---</c> lines:
/// <c>lang</c>, <c>dir</c>, <c>published</c>, <c>updated</c>, <c>byline</c>, <c>source</c>,
/// <c>dateline</c>, <c>standfirst</c>, <c>site</c>, <c>tags</c>, and the page history:
/// <c>corrections</c> and <c>updates</c>, each a list of notes (<c>- date: 2026-11-03T09:00Z</c> with
/// <c>text: …</c>, or just the text). Unknown keys are an error, so a typo never goes unnoticed.
/// </summary>
public sealed record ArticleFrontMatter
{
    private static readonly ImmutableHashSet<string> KnownKeys =
        ["lang", "dir", "published", "updated", "byline", "source", "dateline", "standfirst", "site", "tags", "corrections", "updates"];

    private static readonly ImmutableHashSet<string> NoteKeys = ["date", "text"];

    /// <summary>The article's BCP 47 language tag.</summary>
    public string? Language { get; init; }

    /// <summary>The article's direction.</summary>
    public TextDirection? Direction { get; init; }

    /// <summary>First publication.</summary>
    public DateTimeOffset? Published { get; init; }

    /// <summary>Last update.</summary>
    public DateTimeOffset? Updated { get; init; }

    /// <summary>The authors' names (<c>byline: A, B</c> or a YAML list).</summary>
    public ImmutableArray<string> Byline { get; init; } = [];

    /// <summary>The original article's address.</summary>
    public string? Source { get; init; }

    /// <summary>Where the story was filed.</summary>
    public string? Dateline { get; init; }

    /// <summary>The summary under the headline.</summary>
    public string? Standfirst { get; init; }

    /// <summary>The publication's name.</summary>
    public string? SiteName { get; init; }

    /// <summary>Topics.</summary>
    public ImmutableArray<string> Tags { get; init; } = [];

    /// <summary>Corrections and updates, oldest first (notes without a date after the dated ones, as written).</summary>
    public ImmutableArray<Note> Notes { get; init; } = [];

    /// <summary>
    /// Splits <paramref name="text"/> into its front matter (if it starts with a <c>---</c> line) and
    /// the rest.
    /// </summary>
    /// <param name="text">The whole file, line endings normalised to <c>\n</c>.</param>
    /// <param name="sourceName">The file's name, for errors.</param>
    /// <param name="body">The text after the front matter, or all of it.</param>
    /// <returns>The front matter, or null when there is none.</returns>
    /// <exception cref="ArticleImportException">The block is not closed, not valid YAML, or has an unknown key or bad value.</exception>
    public static ArticleFrontMatter? Split(string text, string sourceName, out string body)
    {
        var frontMatter = SplitAt(text, sourceName, out var bodyStart);
        body = text[bodyStart..];
        return frontMatter;
    }

    /// <summary>
    /// As <see cref="Split"/>, giving where the rest starts instead of a
    /// copy of it (the plain-text importer reads the lines in place).
    /// </summary>
    /// <param name="text">The whole file, line endings normalised to <c>\n</c>.</param>
    /// <param name="sourceName">The file's name, for errors.</param>
    /// <param name="bodyStart">Where the text after the front matter starts (0 without front matter, the text's length when nothing follows it).</param>
    /// <returns>The front matter, or null when there is none.</returns>
    /// <exception cref="ArticleImportException">The block is not closed, not valid YAML, or has an unknown key or bad value.</exception>
    internal static ArticleFrontMatter? SplitAt(string text, string sourceName, out int bodyStart)
    {
        bodyStart = 0;
        if (!text.StartsWith("---\n", StringComparison.Ordinal))
        {
            return null;
        }

        var end = text.IndexOf("\n---\n", 3, StringComparison.Ordinal);
        var endAtEof = text.EndsWith("\n---", StringComparison.Ordinal) ? text.Length - 4 : -1;
        if (end < 0 && endAtEof < 0)
        {
            throw new ArticleImportException(sourceName, "the front matter that starts on line 1 with '---' is never closed by another '---' line");
        }

        var closing = end >= 0 ? end : endAtEof;
        // "---\n---\n" (an empty front matter) closes on the opening line's own newline (found by the fuzzer).
        var yaml = closing >= 4 ? text[4..closing] : "";
        bodyStart = end >= 0 ? end + 5 : text.Length;
        return Parse(yaml, sourceName);
    }

    private static ArticleFrontMatter Parse(string yaml, string sourceName)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException error)
        {
            throw new ArticleImportException(sourceName, $"the front matter is not valid YAML (line {error.Start.Line + 1}): {error.Message}", error);
        }
        catch (InvalidOperationException error)
        {
            // YamlDotNet's scanner throws this on some broken flow collections (": [" and a plain scalar
            // on the next line, found by the fuzzer) instead of a YamlException.
            throw new ArticleImportException(sourceName, "the front matter is not valid YAML: an unclosed '[' or '{' or a misplaced ':'", error);
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" })
        {
            return new ArticleFrontMatter();
        }

        if (stream.Documents[0].RootNode is not YamlMappingNode mapping)
        {
            throw new ArticleImportException(sourceName, "the front matter must be 'key: value' lines");
        }

        var values = new Dictionary<string, YamlNode>(StringComparer.Ordinal);
        foreach (var (keyNode, valueNode) in mapping.Children)
        {
            var key = ((keyNode as YamlScalarNode)?.Value ?? "").Trim().ToLowerInvariant();
            if (!KnownKeys.Contains(key))
            {
                throw new ArticleImportException(
                    sourceName,
                    $"unknown front matter key '{key}' (line {keyNode.Start.Line + 1}); known keys: {string.Join(", ", KnownKeys.Order(StringComparer.Ordinal))}");
            }

            values[key] = valueNode;
        }

        string? Scalar(string key) => values.TryGetValue(key, out var node)
            ? node is YamlScalarNode scalar
                ? string.IsNullOrWhiteSpace(scalar.Value) ? null : scalar.Value.Trim()
                : throw new ArticleImportException(sourceName, $"front matter '{key}' must be a single value (line {node.Start.Line + 1})")
            : null;

        ImmutableArray<string> List(string key) => values.TryGetValue(key, out var node)
            ? node switch
            {
                YamlSequenceNode sequence => [.. sequence.Children.OfType<YamlScalarNode>().Select(item => item.Value?.Trim()).OfType<string>().Where(item => item.Length > 0)],
                YamlScalarNode scalar => [.. (scalar.Value ?? "").Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)],
                _ => throw new ArticleImportException(sourceName, $"front matter '{key}' must be a list or a comma-separated value (line {node.Start.Line + 1})"),
            }
            : [];

        return new ArticleFrontMatter
        {
            Language = ParseLanguage(Scalar("lang"), sourceName),
            Direction = ParseDirection(Scalar("dir"), sourceName),
            Published = Date(Scalar("published"), "published", sourceName),
            Updated = Date(Scalar("updated"), "updated", sourceName),
            Byline = List("byline"),
            Source = Scalar("source"),
            Dateline = Scalar("dateline"),
            Standfirst = Scalar("standfirst"),
            SiteName = Scalar("site"),
            Tags = List("tags"),
            Notes = [.. NotesOf(values, NoteKind.Correction, "corrections", sourceName)
                .Concat(NotesOf(values, NoteKind.Update, "updates", sourceName))
                .OrderBy(note => note.Date is null)
                .ThenBy(note => note.Date)],
        };
    }

    /// <summary>
    /// The notes of <c>corrections:</c> or <c>updates:</c>: a list whose items are the note's text, or
    /// a mapping of <c>date</c> (ISO 8601) and <c>text</c> (required).
    /// </summary>
    private static IEnumerable<Note> NotesOf(Dictionary<string, YamlNode> values, NoteKind kind, string key, string sourceName)
    {
        if (!values.TryGetValue(key, out var node) || node is YamlScalarNode { Value: null or "" })
        {
            yield break;
        }

        if (node is not YamlSequenceNode sequence)
        {
            throw new ArticleImportException(sourceName, $"front matter '{key}' must be a list of notes, each '- text' or '- date: …' with 'text: …' (line {node.Start.Line + 1})");
        }

        foreach (var item in sequence.Children)
        {
            var line = item.Start.Line + 1;
            switch (item)
            {
                case YamlScalarNode { Value: { } text } when !string.IsNullOrWhiteSpace(text):
                    yield return new Note(kind, [new TextInline(text.Trim())]);
                    break;
                case YamlMappingNode mapping:
                    string? date = null, noteText = null;
                    foreach (var (keyNode, valueNode) in mapping.Children)
                    {
                        var name = ((keyNode as YamlScalarNode)?.Value ?? "").Trim().ToLowerInvariant();
                        if (!NoteKeys.Contains(name) || valueNode is not YamlScalarNode scalar)
                        {
                            throw new ArticleImportException(sourceName, $"front matter '{key}' (line {keyNode.Start.Line + 1}): a note has 'date' and 'text' values only, not '{name}'");
                        }

                        if (name == "date") { date = scalar.Value?.Trim(); } else { noteText = scalar.Value?.Trim(); }
                    }

                    if (string.IsNullOrWhiteSpace(noteText))
                    {
                        throw new ArticleImportException(sourceName, $"front matter '{key}' (line {line}): a note needs its 'text'");
                    }

                    yield return new Note(kind, [new TextInline(noteText)]) { Date = NoteDate(date, key, line, sourceName) };
                    break;
                default:
                    throw new ArticleImportException(sourceName, $"front matter '{key}' (line {line}): a note is its text, or 'date' and 'text'");
            }
        }
    }

    /// <summary>Applies the front matter's values to <paramref name="article"/>; values it does not give are left as they are.</summary>
    /// <param name="article">The article read from the body.</param>
    /// <returns>The article with the front matter's metadata.</returns>
    public Article ApplyTo(Article article) => article with
    {
        Language = Language ?? article.Language,
        Direction = Direction ?? article.Direction,
        Published = Published ?? article.Published,
        Updated = Updated ?? article.Updated,
        Authors = Byline.IsDefaultOrEmpty ? article.Authors : [.. Byline.Select(name => new Author(name))],
        SourceUrl = Source ?? article.SourceUrl,
        Dateline = Dateline ?? article.Dateline,
        Standfirst = Standfirst ?? article.Standfirst,
        SiteName = SiteName ?? article.SiteName,
        Tags = Tags.IsDefaultOrEmpty ? article.Tags : Tags,
        Notes = Notes.IsDefaultOrEmpty ? article.Notes : Notes,
    };

    /// <summary>A valid BCP 47 tag (<see cref="A11yArticles.LanguageTag.IsValid"/>: well formed, a registered language), else an error like every front matter mistake.</summary>
    private static string? ParseLanguage(string? value, string sourceName) =>
        value is null || A11yArticles.LanguageTag.IsValid(value)
            ? value
            : throw new ArticleImportException(sourceName, $"front matter 'lang: {value}' is not a BCP 47 language tag with a registered language (for example en, es-MX, ar, zh-Hant)");

    private static TextDirection? ParseDirection(string? value, string sourceName) => value?.ToLowerInvariant() switch
    {
        null => null,
        "ltr" => TextDirection.LeftToRight,
        "rtl" => TextDirection.RightToLeft,
        _ => throw new ArticleImportException(sourceName, $"front matter 'dir: {value}' must be ltr or rtl"),
    };

    private static DateTimeOffset? NoteDate(string? value, string key, long line, string sourceName) =>
        string.IsNullOrWhiteSpace(value)
            ? null
            : DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date)
                ? date
                : throw new ArticleImportException(sourceName, $"front matter '{key}' (line {line}): the note's date '{value}' is not a date (use ISO 8601, for example 2021-06-08T14:30:00-05:00)");

    private static DateTimeOffset? Date(string? value, string key, string sourceName) =>
        value is null
            ? null
            : DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date)
                ? date
                : throw new ArticleImportException(sourceName, $"front matter '{key}: {value}' is not a date (use ISO 8601, for example 2021-06-08 or 2021-06-08T14:30:00-05:00)");
}
