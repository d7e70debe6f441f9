namespace A11yArticles;

/// <summary>
/// Which link and image addresses are safe to keep: the one policy for the whole library. Importers
/// keep only addresses it accepts; the components check again, so that a model built by hand can
/// never produce a <c>javascript:</c> link.
/// </summary>
public static class UrlPolicy
{
    private static readonly string[] SafeSchemes = ["http", "https", "mailto", "tel"];

    /// <summary>True for relative addresses, fragments and http(s), mailto and tel addresses.</summary>
    /// <param name="url">The address.</param>
    /// <returns>Whether it may be kept and rendered as a link, citation or image source.</returns>
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
