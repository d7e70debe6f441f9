using System.Collections.Immutable;
using A11yArticles.Model;

namespace A11yArticles.Importers;

/// <summary>What an import produced: the article, and what the importer had to guess or repair on the way.</summary>
/// <param name="Article">The imported article.</param>
/// <param name="Warnings">Problems in the source that did not stop the import (an unclosed quotation, an image without alt text), in source order.</param>
public sealed record ImportResult(Article Article, ImmutableArray<ImportWarning> Warnings);

/// <summary>A problem in a source that the importer worked around. Shown to a person as <c>source: message</c>.</summary>
/// <param name="SourceName">The file (or other source) the warning is about.</param>
/// <param name="Message">What is wrong and what the importer did about it.</param>
public sealed record ImportWarning(string SourceName, string Message)
{
    /// <inheritdoc />
    public override string ToString() => $"{SourceName}: {Message}";
}

/// <summary>The source formats that <see cref="ArticleImporter"/> reads.</summary>
public enum ArticleFormat
{
    /// <summary>The plain-text article format (<c>.txt</c>): headline line, blank line, paragraphs.</summary>
    PlainText,

    /// <summary>Markdown with optional YAML front matter (<c>.md</c>, <c>.markdown</c>).</summary>
    Markdown,

    /// <summary>An HTML page from which the article is extracted (<c>.html</c>, <c>.htm</c>).</summary>
    Html,
}

/// <summary>Collects the warnings of one import.</summary>
internal sealed class ImportWarnings(string sourceName)
{
    private readonly ImmutableArray<ImportWarning>.Builder _warnings = ImmutableArray.CreateBuilder<ImportWarning>();

    public string SourceName { get; } = sourceName;

    public void Add(string message) => _warnings.Add(new ImportWarning(SourceName, message));

    public ImmutableArray<ImportWarning> ToImmutable() => _warnings.ToImmutable();
}
