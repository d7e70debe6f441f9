namespace A11yArticles.Importers.Html;

/// <summary>
/// The address the extraction resolves the page's relative addresses against (SmartReader and
/// HtmlSanitizer make every address absolute), and the way back to what the page wrote.
/// </summary>
/// <remarks>
/// The page's own address is unknown, so the base is a made-up folder several levels deep on a host
/// that cannot exist (<c>.invalid</c>, never fetched). Taking it off again tells the three kinds of
/// relative address apart, as a browser at the page's place would read them:
/// <c>media/a.mp4</c> stays in the base folder; <c>../a.mp4</c> climbs out of it by as many folders;
/// <c>/media/a.mp4</c> starts again at the host's root. A base of one folder would turn all three
/// into <c>media/a.mp4</c> or <c>a.mp4</c>, and a page served from a sub-folder would lose its media.
/// </remarks>
internal static class PlaceholderBase
{
    private const string Origin = "https://article.invalid";

    /// <summary>Deep enough that no real page climbs above it with <c>../</c>.</summary>
    private const int Depth = 8;

    private static readonly string[] Folders = Enumerable.Range(0, Depth).Select(level => $"a11y-articles-base-{level}").ToArray();

    /// <summary>The base: a folder <see cref="Depth"/> levels below the placeholder host's root.</summary>
    public static string Address { get; } = Origin + "/" + string.Join('/', Folders) + "/";

    /// <summary>
    /// The address as the page wrote it, relative to the page, when <paramref name="url"/> was
    /// resolved against <see cref="Address"/>; <c>null</c> when it was not (an absolute address on
    /// another host, or not an address at all).
    /// </summary>
    /// <param name="url">An address from the extracted article.</param>
    /// <returns>The relative address (<c>media/a.mp4</c>, <c>../a.mp4</c>, <c>/media/a.mp4</c>, <c>#notes</c>), or <c>null</c>.</returns>
    public static string? TakeOff(string url)
    {
        if (!url.StartsWith(Origin, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var rest = url[Origin.Length..];
        if (rest.Length == 0)
        {
            return "/";
        }

        if (rest[0] != '/')
        {
            return null; // "https://article.invalid.example.com/": another host.
        }

        // How many of the base's folders the address still sits in, from the top.
        var path = rest[1..];
        var inside = 0;
        while (inside < Depth && path.StartsWith(Folders[inside] + "/", StringComparison.Ordinal))
        {
            path = path[(Folders[inside].Length + 1)..];
            inside++;
        }

        if (inside == 0)
        {
            return rest; // Resolved from the root: "/media/a.mp4".
        }

        return string.Concat(Enumerable.Repeat("../", Depth - inside)) + path;
    }
}
