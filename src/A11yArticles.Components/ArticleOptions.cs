namespace A11yArticles.Components;

/// <summary>
/// How an article is rendered: the settings that <see cref="ArticleView"/> and <see cref="ArticlePage"/>
/// share (their <c>Options</c> parameter), so that a new setting reaches both. Immutable; make
/// variants with <c>with</c>. The defaults suit a page whose <c>h1</c> is the headline.
/// </summary>
public sealed record ArticleOptions
{
    /// <summary>The id prefix when no other is given.</summary>
    public const string DefaultIdPrefix = "article-";

    /// <summary>The default settings.</summary>
    public static ArticleOptions Default { get; } = new();

    /// <summary>
    /// Prefix for every id the article renders, so that two articles on one page never share an id.
    /// Defaults to <c>article-</c>.
    /// </summary>
    public string IdPrefix { get; init; } = DefaultIdPrefix;

    /// <summary>
    /// How many levels every heading moves down, 0 to 4. 0 (the default): the headline is the page's
    /// <c>h1</c>. 1: for an article under the host's own <c>h1</c> (the headline becomes <c>h2</c>).
    /// </summary>
    public int HeadingLevelOffset { get; init; }

    /// <summary>The UI strings; null for the built-in table of the article's language (<see cref="ArticleStrings.For"/>).</summary>
    public ArticleStrings? Strings { get; init; }

    /// <summary>
    /// Host components that replace the built-in one for a block type (key: the block's type, value:
    /// a component type with a <c>Block</c> parameter of that type). See <see cref="ArticleBody"/>.
    /// </summary>
    public IReadOnlyDictionary<Type, Type>? BlockComponents { get; init; }

    /// <summary>
    /// Host components that replace the built-in markup for an inline type (key: the inline's type,
    /// value: a component type with an <c>Inline</c> parameter of that type). See <see cref="InlineContent"/>.
    /// </summary>
    public IReadOnlyDictionary<Type, Type>? InlineComponents { get; init; }

    /// <summary>Whether to render a table of contents when the article has 3 or more headings. Defaults to true.</summary>
    public bool ShowTableOfContents { get; init; } = true;

    /// <summary>
    /// Whether the header says how long the article takes to read ("4 min read", in the article's
    /// language), estimated per language by <see cref="Model.ReadingTime"/>. Defaults to false.
    /// </summary>
    public bool ShowReadingTime { get; init; }

    /// <summary>Whether to render the JSON-LD <c>NewsArticle</c> script. Defaults to true.</summary>
    public bool IncludeStructuredData { get; init; } = true;

    /// <summary>
    /// The current page's path (and query), for skip links and in-page links in hosts with a
    /// <c>&lt;base href&gt;</c> (see <see cref="SkipLink.PagePath"/>); null for plain fragment links.
    /// </summary>
    public string? PagePath { get; init; }

    /// <summary>The address of a topic's page, or null for no link (see <see cref="Tags"/>).</summary>
    public Func<string, string?>? TagHref { get; init; }

    /// <summary>Throws when a setting is out of range; the components call it before rendering.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><see cref="HeadingLevelOffset"/> is not 0 to 4.</exception>
    /// <exception cref="ArgumentNullException"><see cref="IdPrefix"/> is null.</exception>
    public void Validate()
    {
        if (HeadingLevelOffset is < 0 or > 4)
        {
            throw new ArgumentOutOfRangeException(nameof(HeadingLevelOffset), HeadingLevelOffset, "The headline must stay between h1 and h5: HeadingLevelOffset is 0 to 4.");
        }

        ArgumentNullException.ThrowIfNull(IdPrefix, nameof(IdPrefix));
        ValidateComponents(BlockComponents, "Block", nameof(BlockComponents));
        ValidateComponents(InlineComponents, "Inline", nameof(InlineComponents));
    }

    private static void ValidateComponents(IReadOnlyDictionary<Type, Type>? components, string parameter, string option)
    {
        if (components is null)
        {
            return;
        }

        foreach (var (modelType, componentType) in components)
        {
            if (!typeof(Microsoft.AspNetCore.Components.IComponent).IsAssignableFrom(componentType))
            {
                throw new ArgumentException($"{option}: {componentType.FullName} (for {modelType.Name}) is not a component.", option);
            }

            if (componentType.GetProperty(parameter) is null)
            {
                throw new ArgumentException($"{option}: {componentType.FullName} (for {modelType.Name}) has no '{parameter}' parameter to receive the {parameter.ToLowerInvariant()}.", option);
            }
        }
    }
}
