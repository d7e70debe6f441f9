namespace A11yArticles.Components;

/// <summary>
/// Which link and image addresses are rendered. Importers already keep only safe ones; the
/// components check again, so that a model built by hand can never produce a <c>javascript:</c> link.
/// </summary>
public static class UrlPolicy
{
    private static readonly string[] SafeSchemes = ["http", "https", "mailto", "tel"];

    /// <summary>True for relative addresses, fragments and http(s), mailto and tel addresses.</summary>
    /// <param name="url">The address.</param>
    /// <returns>Whether it may be rendered as a link or image source.</returns>
    public static bool IsSafe(string? url)
    {
        if (string.IsNullOrWhiteSpace(url))
        {
            return false;
        }

        var trimmed = url.Trim();
        var colon = trimmed.IndexOf(':');
        var firstDelimiter = trimmed.IndexOfAny(['/', '?', '#']);
        var hasScheme = colon > 0 && (firstDelimiter < 0 || colon < firstDelimiter);
        return !hasScheme || SafeSchemes.Contains(trimmed[..colon].Trim().ToLowerInvariant());
    }
}
