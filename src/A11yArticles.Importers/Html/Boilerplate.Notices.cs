using System.Collections.Frozen;
using AngleSharp.Dom;

namespace A11yArticles.Importers.Html;

/// <summary>
/// Lines about the page rather than the story, told by what they say: links to the site's tag and
/// category pages (by their addresses), a dated line of the story's metadata that holds them
/// ("05/10/2018 - Posted by: … - Category: … - Tags: …"), a notice that comments are moderated, and
/// a line of share or follow buttons whose words are the names of social networks. See
/// docs/importers.md, step 7.
/// </summary>
internal static partial class Boilerplate
{
    /// <summary>
    /// A segment of an address's path, followed by another one, that names a page listing the site's
    /// stories on a subject (<c>/tag/budget</c>, <c>/category/health</c>, <c>/categoria/saude</c>), in
    /// the languages of the pages we import. "Topic" is not one: an encyclopedia's article on a subject
    /// lives at <c>/topic/…</c>, and a reference list links to it.
    /// </summary>
    private static readonly FrozenSet<string> ListingPathSegments = new[]
    {
        "tag", "tags", "category", "categories", "categoria", "categorias", "categorie", "catégorie", "kategorie",
        "kategori", "schlagwort", "etiqueta", "etiquetas", "rubrique", "rubriek", "trefwoord", "рубрика", "тег", "теги",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Keys of a query string that choose a tag or category listing on the page's own site (<c>?tag=budget</c>, <c>?cat=19</c>).</summary>
    private static readonly FrozenSet<string> ListingQueryKeys = new[]
    {
        "tag", "tags", "cat", "category", "categoria",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Whether a link goes to a page listing the site's stories under a tag or a category: by its
    /// address (a path segment such as <c>tag</c> followed by the tag, or, in an address relative to
    /// the page, a query key such as <c>tag</c> with a value), as the links of a line of tags have
    /// without <c>rel="tag"</c>.
    /// </summary>
    private static bool IsListingAddress(string? href)
    {
        if (string.IsNullOrWhiteSpace(href) || href.StartsWith('#'))
        {
            return false;
        }

        var queryAt = href.IndexOf('?');
        var path = (queryAt < 0 ? href : href[..queryAt]).Split('#')[0];
        var schemeEnd = path.IndexOf("://", StringComparison.Ordinal);
        if (schemeEnd >= 0)
        {
            // The host is not a segment of the path (tag.example.org is a site, not a listing).
            var hostEnd = path.IndexOf('/', schemeEnd + 3);
            path = hostEnd < 0 ? string.Empty : path[hostEnd..];
        }

        var segments = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < segments.Length - 1; i++)
        {
            if (ListingPathSegments.Contains(Uri.UnescapeDataString(segments[i])))
            {
                return true;
            }
        }

        // A query key counts only on the page's own site (an address the page wrote relative, which the
        // extraction resolved against the placeholder): a shop's <c>?tag=</c> is an affiliate's code.
        if (queryAt < 0 || href.Contains("://", StringComparison.Ordinal) && PlaceholderBase.TakeOff(href) is null)
        {
            return false;
        }

        foreach (var pair in href[(queryAt + 1)..].Split('#')[0].Split('&', ';'))
        {
            var equals = pair.IndexOf('=');
            if (equals > 0 && equals < pair.Length - 1 && ListingQueryKeys.Contains(pair[..equals]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A line of tag links that also carries the story's date keeps at most this many words of its own
    /// (a date, "Posted by" and a name, "Category:", "Tags:").
    /// </summary>
    private const int DatedTagLineWords = 14;

    /// <summary>
    /// How many words of its own (beside tag links) a line of tags may keep: more when it is dated and
    /// labelled (a colon), as a line of the story's metadata is ("05/10/2018 - Posted by: … - Tags: …").
    /// </summary>
    private static int TagLineWordsAllowed(IElement holder)
    {
        if (TextLongerThan(holder, MaxCounterText))
        {
            return TagLineLabelWords;
        }

        var text = holder.TextContent;
        return text.Contains(':', StringComparison.Ordinal) && DateOrTime().IsMatch(text) ? DatedTagLineWords : TagLineLabelWords;
    }

    /// <summary>The comments of a comment widget, as a notice about them names them (plural), in the languages of the pages we import.</summary>
    private static readonly FrozenSet<string> CommentWords = new[]
    {
        "comments", "comentários", "comentarios", "commentaires", "commenti", "kommentare", "komentar", "reacties",
        "комментарии", "комментариев", "комментариях",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Words of moderation as a comment policy writes them (not "moderate", an adjective in politics).</summary>
    private static readonly FrozenSet<string> ModerationWords = new[]
    {
        "moderated", "moderation", "moderator", "moderators", "moderador", "moderadores", "moderados", "moderadas", "moderação",
        "moderación", "modérés", "modération", "modérateur", "modérateurs", "moderati", "moderazione", "moderatore",
        "moderiert", "moderatoren", "gemodereerd", "moderasi", "модерации", "модератор", "модератором", "модерируются",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>A notice about the comment widget is at most this many words.</summary>
    private const int MaxNoticeWords = 40;

    /// <summary>
    /// A short paragraph, not prose, after the story's last paragraph of prose (or that paragraph
    /// itself) that speaks of comments and their moderation ("Comments are moderated and may take a
    /// day to appear"): the comment widget's rules, which the article does not hold. A story's last
    /// line ("… a moderate Republican, did not respond to a request for comment") names neither the
    /// comments nor their moderation so.
    /// </summary>
    private static bool IsModerationNotice(IElement leaf, Func<IElement, bool> isProse)
    {
        if (leaf.LocalName is not ("p" or "div") || TextLongerThan(leaf, MaxCallText))
        {
            return false;
        }

        var words = Words(leaf.TextContent);
        return words.Count is > 0 and <= MaxNoticeWords && words.Any(CommentWords.Contains) && words.Any(ModerationWords.Contains) && !isProse(leaf);
    }

    /// <summary>Names of social networks as share and follow buttons write them (and their short forms).</summary>
    internal static readonly FrozenSet<string> SocialNetworks = new[]
    {
        "facebook", "twitter", "whatsapp", "pinterest", "pint", "linkedin", "reddit", "telegram", "tumblr",
        "instagram", "youtube", "messenger", "vk", "vkontakte", "weibo", "wechat", "flipboard",
        "mastodon", "bluesky", "tiktok", "snapchat", "xing", "viber", "email", "sms",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The other words of a share or follow line besides its verbs (<see cref="ShareVerbs"/>): the buttons' objects and the small words between them.</summary>
    private static readonly FrozenSet<string> ShareWords = new[]
    {
        "shares", "us", "on", "and", "or", "via", "print", "copy", "link", "save", "send", "baixar", "download",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>A line of share or follow buttons is at most this many words.</summary>
    private const int MaxShareLineWords = 12;

    /// <summary>The verbs of a share or follow line.</summary>
    private static readonly FrozenSet<string> ShareVerbs = new[]
    {
        "share", "tweet", "follow", "compartilhar", "compartir", "partager", "teilen", "condividi", "delen", "поделиться",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// A short paragraph (not a heading, an item or a cell) that names two social networks or more,
    /// whose words are mostly those names and the words of sharing and following, and that says
    /// "share" or "follow" or is made of links or buttons ("WhatsApp Facebook Pinterest" as links,
    /// "Follow us on Instagram, Facebook and YouTube"): buttons, not the story. "Facebook and Twitter
    /// banned the account for a week" has too many words of its own, and "Meta owns Facebook,
    /// Instagram and WhatsApp." is neither a call nor links.
    /// </summary>
    private static bool IsShareOrFollowLine(IElement leaf)
    {
        if (leaf.LocalName is not ("p" or "div") || TextLongerThan(leaf, MaxCounterText))
        {
            return false;
        }

        var words = Words(leaf.TextContent);
        if (words.Count is 0 or > MaxShareLineWords)
        {
            return false;
        }

        var networks = words.Count(SocialNetworks.Contains);
        var buttonWords = networks + words.Count(word => ShareWords.Contains(word) || ShareVerbs.Contains(word));
        return networks >= 2 && buttonWords * 3 >= words.Count * 2
            && (words.Any(ShareVerbs.Contains) || leaf.QuerySelectorAll("a, button").Length >= 2);
    }
}
