namespace A11yArticles.Testing;

/// <summary>A landmark a screen-reader user can jump to (banner, navigation, main, complementary, region, search, form, contentinfo).</summary>
/// <param name="Role">The landmark's role as Chromium exposes it.</param>
/// <param name="Name">Its accessible name; empty when it has none.</param>
public sealed record Landmark(string Role, string Name)
{
    /// <inheritdoc />
    public override string ToString() => Name.Length == 0 ? Role : $"{Role} \"{Name}\"";
}

/// <summary>A heading in the page's outline.</summary>
/// <param name="Level">1 to 6.</param>
/// <param name="Name">What is read for it.</param>
public sealed record HeadingEntry(int Level, string Name)
{
    /// <inheritdoc />
    public override string ToString() => $"h{Level} {Name}";
}

/// <summary>Whether a quotation stands within a sentence or on its own.</summary>
public enum QuotationKind
{
    /// <summary>An inline quotation, <c>&lt;q&gt;</c>.</summary>
    Inline,

    /// <summary>A block quotation, <c>&lt;blockquote&gt;</c>.</summary>
    Block,
}

/// <summary>A quotation as a screen-reader user meets it.</summary>
/// <param name="Kind">Inline or block.</param>
/// <param name="Text">The text read, with the quotation marks that CSS adds to <c>&lt;q&gt;</c> as Chromium exposes them.</param>
/// <param name="Speaker">Who said it, where the markup says so (<c>data-speaker</c>, the <c>figcaption</c> of a figure holding the blockquote, or a <c>cite</c> element in it); otherwise <see langword="null"/>.</param>
public sealed record Quotation(QuotationKind Kind, string Text, string? Speaker)
{
    /// <inheritdoc />
    public override string ToString() => $"{(Kind == QuotationKind.Inline ? "inline" : "block")}: {Text}" + (Speaker is null ? "" : $" (speaker: {Speaker})");
}

/// <summary>A link as a screen-reader user meets it in the links list.</summary>
/// <param name="Name">Its accessible name.</param>
/// <param name="Href">Its <c>href</c> as written.</param>
public sealed record PageLink(string Name, string Href)
{
    /// <inheritdoc />
    public override string ToString() => $"{Name} -> {Href}";
}

/// <summary>One item of a say-all reading.</summary>
/// <param name="Role">The role announced ("link", "heading", "paragraph", "banner", ...), or "end of ROLE" where a container ends; "text" for plain text.</param>
/// <param name="Name">The accessible name announced with the role; empty when none.</param>
/// <param name="Text">The rest of the phrase (text content, or details such as "level 1"); empty when none.</param>
public sealed record TranscriptLine(string Role, string Name, string Text)
{
    /// <inheritdoc />
    public override string ToString() =>
        Role + (Name.Length > 0 ? $" \"{Name}\"" : "") + (Text.Length > 0 ? $": {Text}" : "");
}
