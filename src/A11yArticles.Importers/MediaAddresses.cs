namespace A11yArticles.Importers;

/// <summary>
/// The addresses an embedded frame, a media file, a captions track or a poster may have: what
/// <see cref="UrlPolicy"/> accepts (relative, http, https), without the mailto and tel addresses that
/// are fine for links but are nothing a frame or a player can load.
/// </summary>
internal static class MediaAddresses
{
    /// <summary>True for relative, http and https addresses.</summary>
    public static bool IsLoadable(string? url)
    {
        if (!UrlPolicy.IsSafe(url))
        {
            return false;
        }

        var trimmed = url!.Trim();
        return !trimmed.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase) && !trimmed.StartsWith("tel:", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The host name of an absolute address without <c>www.</c>, or null for a relative one.</summary>
    public static string? HostName(string? url)
    {
        if (url is null)
        {
            return null;
        }

        var trimmed = url.Trim();
        if (trimmed.StartsWith("//", StringComparison.Ordinal))
        {
            trimmed = "https:" + trimmed;
        }

        if (!Uri.TryCreate(trimmed, UriKind.Absolute, out var uri) || uri.Host.Length == 0 || uri.Scheme is not ("http" or "https"))
        {
            return null;
        }

        return uri.Host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? uri.Host[4..] : uri.Host;
    }
}
