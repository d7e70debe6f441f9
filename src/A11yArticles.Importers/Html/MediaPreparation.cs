using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace A11yArticles.Importers.Html;

/// <summary>
/// Prepares a page's embedded frames, players and described images before extraction, while the
/// whole page is still there (SmartReader drops what it does not recognise, and takes out the
/// elements an <c>aria-describedby</c> points to when they sit outside the article):
/// <list type="bullet">
/// <item>a frame that no reader sees (no loadable address, <c>hidden</c>, <c>aria-hidden</c>,
/// <c>display: none</c>, <c>visibility: hidden</c>, 0 or 1 pixel wide or high: tracking pixels and
/// ad slots) is removed; every other frame is marked so that extraction keeps it;</item>
/// <item>a frame's or player's name (<c>title</c>, <c>aria-label</c>, <c>aria-labelledby</c>) is
/// written into its <c>title</c>, which sanitizing keeps; a player without <c>src</c> gets its first
/// loadable <c>source</c>;</item>
/// <item>the transcript of a player and the long description of an image (the elements named by
/// <c>aria-describedby</c> or <c>aria-details</c>, a <c>longdesc="#id"</c>, or the <c>details</c> or
/// section right after it whose summary or heading says "transcript" or "description" in one of the
/// five languages of the UI) is moved next to it and marked, so the mapper attaches it instead of
/// reading it twice;</item>
/// <item>an embedded post of a social network (a quotation whose class names the network) is taken
/// out of the boxes around it that hold nothing else, whose class says social media and would
/// have it removed as page furniture.</item>
/// </list>
/// Only general signs are read: no rule names a site, a provider or a page.
/// </summary>
internal static partial class MediaPreparation
{
    /// <summary>Marks a frame that extraction must keep; the value is what SmartReader's video pattern is set to match.</summary>
    public const string KeepFrameAttribute = "data-a11y-frame";

    /// <summary>The value of <see cref="KeepFrameAttribute"/>.</summary>
    public const string KeepFrameValue = "a11y-keep-frame";

    /// <summary>SmartReader keeps an embed whose attribute matches its video pattern: this one matches the mark only.</summary>
    public const string KeepFramePattern = "^a11y-keep-frame$";

    /// <summary>Marks an element moved next to a player: its transcript.</summary>
    public const string TranscriptAttribute = "data-a11y-transcript";

    /// <summary>On a player: the address of its transcript on another page, from a "Transcript" link right after it.</summary>
    public const string TranscriptUrlAttribute = "data-a11y-transcript-url";

    /// <summary>Marks an element moved next to an image: its long description.</summary>
    public const string DescriptionAttribute = "data-a11y-description";

    /// <summary>Longer than this, an element is a part of the page, not the description of one image or player.</summary>
    private const int MaxDescriptionLength = 20_000;

    public static void Prepare(IDocument document)
    {
        foreach (var frame in document.QuerySelectorAll("iframe").ToList())
        {
            PrepareFrame(frame);
        }

        foreach (var player in document.QuerySelectorAll("video, audio").ToList())
        {
            PreparePlayer(player);
        }

        foreach (var image in document.QuerySelectorAll("img").ToList())
        {
            if (image.Parent is not null && FindDescription(image, DescriptionWords()) is { } description)
            {
                Attach(image.Closest("figure") ?? image, description, DescriptionAttribute, inside: image.Closest("figure") is not null);
            }
        }

        foreach (var post in document.QuerySelectorAll("blockquote").Where(IsEmbeddedPost).ToList())
        {
            UnwrapEmbeddedPost(post);
            SplitAtBlankLines(post);
        }
    }

    /// <summary>
    /// A quotation marked as a post of a social network: its class or id names the network
    /// (<c>blockquote class="twitter-tweet"</c>, <c>"instagram-media"</c>, <c>"tiktok-embed"</c>), as
    /// the networks' embedding code writes it. Without its script it is the post's text, its author and
    /// its date: a quotation the article makes.
    /// </summary>
    private static bool IsEmbeddedPost(IElement quote) =>
        Boilerplate.NameParts(quote).Any(part => Boilerplate.SocialNetworks.Contains(part.ToLowerInvariant()));

    /// <summary>
    /// Replaces the boxes around an embedded post that hold nothing else (white space, its script) by
    /// the post: such a box's class says social media (<c>div class="social-embed"</c>), which
    /// extraction reads as page furniture and removes with the quotation inside it.
    /// </summary>
    private static void UnwrapEmbeddedPost(IElement post)
    {
        for (var wrapper = post.ParentElement; wrapper is { LocalName: "div" or "section" or "span" or "p" } && HoldsOnly(wrapper, post); wrapper = post.ParentElement)
        {
            wrapper.ReplaceWith(post);
        }
    }

    /// <summary>
    /// Splits each paragraph of an embedded post at its blank lines (two <c>br</c> or more in a row)
    /// into paragraphs of their own. Extraction does the same for any paragraph, but turns the
    /// paragraph that held them into a <c>div</c>, and then judges that <c>div</c> by its share of
    /// link text: a post is mostly hashtags, mentions and short links, so its text went and its
    /// author's line stayed, quoting nobody's words.
    /// </summary>
    private static void SplitAtBlankLines(IElement post)
    {
        foreach (var paragraph in post.Children.Where(child => child.LocalName == "p").ToList())
        {
            var pieces = new List<List<INode>> { new() };
            var nodes = paragraph.ChildNodes.ToList();
            for (var i = 0; i < nodes.Count; i++)
            {
                var end = EndOfBlankLine(nodes, i);
                if (end > i)
                {
                    pieces.Add([]);
                    i = end;
                    continue;
                }

                pieces[^1].Add(nodes[i]);
            }

            var kept = pieces.Where(piece => piece.Any(node => !string.IsNullOrWhiteSpace(node.TextContent) || node is IElement element && HoldsMedia(element))).ToList();
            if (kept.Count < 2)
            {
                continue;
            }

            foreach (var piece in kept)
            {
                // Each part keeps the paragraph's language and direction; only the first keeps its id.
                var part = (IElement)paragraph.Clone(deep: false);
                if (piece != kept[0])
                {
                    part.RemoveAttribute("id");
                }

                foreach (var node in piece)
                {
                    part.AppendChild(node);
                }

                paragraph.Before(part);
            }

            paragraph.Remove();
        }
    }

    /// <summary>Pictures, players and frames: what a reader sees in an article besides its words.</summary>
    internal const string MediaSelector = "img, picture, video, audio, iframe";

    /// <summary>Whether the element is or holds a picture, a player or a frame (a post's picture is often a link around an image).</summary>
    private static bool HoldsMedia(IElement element) =>
        element.Matches(MediaSelector) || element.QuerySelector(MediaSelector) is not null;

    /// <summary>The index of the last node of a blank line that starts at <paramref name="start"/> (a <c>br</c>, white space, and at least one more <c>br</c>), or -1.</summary>
    private static int EndOfBlankLine(List<INode> nodes, int start)
    {
        if (nodes[start] is not IElement { LocalName: "br" })
        {
            return -1;
        }

        var end = -1;
        for (var i = start + 1; i < nodes.Count; i++)
        {
            if (nodes[i] is IElement { LocalName: "br" })
            {
                end = i;
            }
            else if (nodes[i] is not IText text || !string.IsNullOrWhiteSpace(text.Data))
            {
                break;
            }
        }

        return end;
    }

    /// <summary>Whether the element's children are <paramref name="only"/>, scripts, styles, comments and white space.</summary>
    private static bool HoldsOnly(IElement element, IElement only) =>
        element.ChildNodes.All(node => node == only
            || node is IText text && string.IsNullOrWhiteSpace(text.Data)
            || node is IComment
            || node is IElement { LocalName: "script" or "style" or "noscript" });

    private static void PrepareFrame(IElement frame)
    {
        var source = Loadable(frame.GetAttribute("src")) ?? Loadable(frame.GetAttribute("data-src"));
        if (source is null || IsHidden(frame))
        {
            frame.Remove();
            return;
        }

        frame.SetAttribute("src", source);
        frame.SetAttribute(KeepFrameAttribute, KeepFrameValue);
        if (Name(frame) is { } name)
        {
            frame.SetAttribute("title", name);
        }
    }

    private static void PreparePlayer(IElement player)
    {
        if (Loadable(player.GetAttribute("src")) is null
            && player.Children.Where(child => child.LocalName == "source").Select(child => Loadable(child.GetAttribute("src"))).FirstOrDefault(src => src is not null) is { } source)
        {
            player.SetAttribute("src", source);
            if (player.Children.FirstOrDefault(child => child.LocalName == "source" && Loadable(child.GetAttribute("src")) == source)?.GetAttribute("type") is { Length: > 0 } type)
            {
                player.SetAttribute("type", type);
            }
        }

        if (Name(player) is { } name)
        {
            player.SetAttribute("title", name);
        }

        // The player's own fallback text ("Your browser does not support video") is not the article's.
        foreach (var node in player.ChildNodes.Where(node => node is not IElement { LocalName: "source" or "track" }).ToList())
        {
            node.RemoveFromParent();
        }

        var anchor = player.Closest("figure") ?? player;
        if (FindDescription(player, TranscriptWords()) is { } transcript)
        {
            Attach(anchor, transcript, TranscriptAttribute, inside: anchor != player);
        }
        else if (anchor.NextElementSibling is { } next && TranscriptLink(next) is { } address)
        {
            // "Read the transcript" on a line of its own after the player: the transcript is on another page.
            player.SetAttribute(TranscriptUrlAttribute, address);
            next.Remove();
        }
    }

    /// <summary>The address of a paragraph that is one link whose words say "transcript" (<c>&lt;p&gt;&lt;a href="…"&gt;Transcript&lt;/a&gt;&lt;/p&gt;</c>).</summary>
    private static string? TranscriptLink(IElement element)
    {
        var link = element.LocalName == "a" ? element : element.LocalName is "p" or "div" && element.Children.Length == 1 && element.Children[0].LocalName == "a" ? element.Children[0] : null;
        var text = Collapse(element.TextContent);
        return link is not null && text == Collapse(link.TextContent) && text.Length is > 0 and <= 80 && TranscriptWords().IsMatch(text)
            ? Loadable(link.GetAttribute("href"))
            : null;
    }

    /// <summary>The element's accessible name from its own attributes: <c>aria-labelledby</c>, <c>aria-label</c>, <c>title</c>.</summary>
    private static string? Name(IElement element)
    {
        var labelledBy = Referenced(element, "aria-labelledby").Select(label => Collapse(label.TextContent)).Where(text => text.Length > 0).ToList();
        if (labelledBy.Count > 0)
        {
            return string.Join(' ', labelledBy);
        }

        return new[] { element.GetAttribute("aria-label"), element.GetAttribute("title") }
            .Select(value => Collapse(value ?? ""))
            .FirstOrDefault(value => value.Length > 0);
    }

    /// <summary>
    /// The element that describes <paramref name="element"/>: one that <c>aria-details</c>,
    /// <c>aria-describedby</c> or a <c>longdesc="#id"</c> names, else a <c>details</c> or section right
    /// after it (or after its figure) whose summary or first heading holds one of <paramref name="words"/>.
    /// </summary>
    private static IElement? FindDescription(IElement element, Regex words)
    {
        var figure = element.Closest("figure");
        var longdesc = element.LocalName == "img" && element.GetAttribute("longdesc")?.Trim() is { Length: > 1 } url && url.StartsWith('#')
            ? element.Owner?.GetElementById(url[1..])
            : null;
        // aria-details and longdesc name an extended description; aria-describedby often names the
        // image's caption instead (a paragraph beside it in the same wrapper): that stays a caption.
        var named = Referenced(element, "aria-details").Prepend(longdesc)
            .Concat(Referenced(element, "aria-describedby").Where(candidate => !IsCaptionLike(candidate, element)))
            .OfType<IElement>()
            .FirstOrDefault(candidate => IsDescription(candidate, element, figure));
        if (named is not null)
        {
            return named;
        }

        var next = (figure ?? element).NextElementSibling;
        return next is not null && IsDescription(next, element, figure) && IsHeadedBy(next, words) ? next : null;
    }

    /// <summary>A description of its own: not the figure's caption, not a container of the element, not the page, not marked already.</summary>
    private static bool IsDescription(IElement candidate, IElement element, IElement? figure) =>
        candidate.LocalName is not ("figcaption" or "body" or "html" or "main" or "article" or "head")
        && candidate.Closest("figcaption") is null
        && !candidate.Contains(element)
        && (figure is null || !figure.Contains(candidate) || candidate.LocalName != "figcaption")
        && !candidate.HasAttribute(TranscriptAttribute) && !candidate.HasAttribute(DescriptionAttribute)
        && candidate.TextContent.Trim().Length is > 0 and <= MaxDescriptionLength;

    /// <summary>
    /// A caption rather than a long description: its class or id says "caption", or it is a run of
    /// text (no paragraphs, lists or tables inside) in the same wrapper as the image or player.
    /// </summary>
    private static bool IsCaptionLike(IElement candidate, IElement element)
    {
        var names = $"{candidate.GetAttribute("class")} {candidate.GetAttribute("id")}";
        if (CaptionWord().IsMatch(names))
        {
            return true;
        }

        var wrapper = element.Parent is IElement { LocalName: "a" or "picture" or "span" } inline ? inline.ParentElement : element.ParentElement;
        return wrapper is not null && candidate.ParentElement == wrapper && candidate.QuerySelector("p, ul, ol, table, dl, div, section") is null;
    }

    /// <summary>A <c>details</c> whose <c>summary</c>, or a section whose first child is a heading, that says what it is.</summary>
    private static bool IsHeadedBy(IElement candidate, Regex words)
    {
        var label = candidate.LocalName switch
        {
            "details" => candidate.Children.FirstOrDefault(child => child.LocalName == "summary"),
            "section" or "div" or "aside" => candidate.FirstElementChild is { LocalName: "h2" or "h3" or "h4" or "h5" or "h6" } first ? first : null,
            _ => null,
        };
        var text = label is null ? "" : Collapse(label.TextContent);
        return text.Length is > 0 and <= 80 && words.IsMatch(text);
    }

    /// <summary>Moves the description next to what it describes (inside its figure, or right after it) and marks it.</summary>
    private static void Attach(IElement anchor, IElement description, string attribute, bool inside)
    {
        // In a marked section of its own: extraction replaces a div that holds a single paragraph by
        // that paragraph (and its attributes with it), but leaves sections as they are.
        var wrapper = anchor.Owner!.CreateElement("section");
        wrapper.SetAttribute(attribute, "");
        description.SetAttribute(attribute, "");
        description.RemoveAttribute("hidden");
        description.RemoveAttribute("id"); // a second element with the id would confuse the next lookups
        if (inside)
        {
            anchor.AppendChild(wrapper);
        }
        else
        {
            anchor.After(wrapper);
        }

        wrapper.AppendChild(description);
    }

    private static IEnumerable<IElement> Referenced(IElement element, string attribute)
    {
        var ids = element.GetAttribute(attribute)?.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries) ?? [];
        foreach (var id in ids)
        {
            if (element.Owner?.GetElementById(id) is { } target)
            {
                yield return target;
            }
        }
    }

    /// <summary>Hidden from every reader, or too small to show anything: 0 or 1 pixel wide or high.</summary>
    private static bool IsHidden(IElement frame)
    {
        if (frame.HasAttribute("hidden") || string.Equals(frame.GetAttribute("aria-hidden")?.Trim(), "true", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        if (IsTiny(frame.GetAttribute("width")) || IsTiny(frame.GetAttribute("height")))
        {
            return true;
        }

        var style = frame.GetAttribute("style") ?? "";
        return HiddenStyle().IsMatch(style);
    }

    private static bool IsTiny(string? length) =>
        length is not null && TinyLength().Match(length.Trim()) is { Success: true } match && double.TryParse(match.Groups[1].Value, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var value) && value <= 1;

    private static string? Loadable(string? url)
    {
        if (string.IsNullOrWhiteSpace(url))
        {
            return null;
        }

        var trimmed = url.Trim();
        if (trimmed.StartsWith("//", StringComparison.Ordinal))
        {
            trimmed = "https:" + trimmed;
        }

        return MediaAddresses.IsLoadable(trimmed) && !trimmed.StartsWith('#') ? trimmed : null;
    }

    private static string Collapse(string text) => SpaceRuns.Collapse(text).Trim();

    /// <summary>"Transcript" in English, French, Spanish, German and Arabic (the UI's languages), as a word's start.</summary>
    [GeneratedRegex(@"\b(transcri|transkri|abschrift)|تفريغ|النص", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TranscriptWords();

    /// <summary>"Description" in English, French, Spanish, German and Arabic, as a word's start.</summary>
    [GeneratedRegex(@"\b(descri|beschreib)|وصف", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DescriptionWords();

    [GeneratedRegex(@"display\s*:\s*none|visibility\s*:\s*hidden|(^|[;\s])(width|height)\s*:\s*[01](\.0+)?(px)?\s*(;|$|!)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HiddenStyle();

    // Trimmed first: one run of digits, no whitespace loops to backtrack through on hostile attributes.
    [GeneratedRegex(@"^(\d+(?:\.\d+)?)(?:px)?$", RegexOptions.CultureInvariant)]
    private static partial Regex TinyLength();

    [GeneratedRegex(@"(^|[^a-z])caption", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CaptionWord();
}
