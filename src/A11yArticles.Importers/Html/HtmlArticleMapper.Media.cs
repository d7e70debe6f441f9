using System.Collections.Immutable;
using System.Globalization;
using A11yArticles.Model;
using AngleSharp.Dom;

namespace A11yArticles.Importers.Html;

/// <summary>
/// Frames and players (prepared by <see cref="MediaPreparation"/> before extraction): an
/// <c>iframe</c> becomes an <see cref="EmbedBlock"/> named by its title (or its figure's caption, or,
/// failing both, the host it comes from); a <c>video</c> or <c>audio</c> becomes a
/// <see cref="MediaBlock"/> with its captions and subtitles tracks and the transcript the page ties to
/// it. Autoplay, loop and muted are never kept: the model has no such thing, and the player never
/// starts on its own.
/// </summary>
internal sealed partial class HtmlArticleMapper
{
    private readonly List<string> _untitledFrames = [];
    private int _untitledPlayers;
    private int _tracksWithoutLanguage;

    private Block? Player(IElement element, string? caption) =>
        element.LocalName == "iframe" ? Embed(element, caption) : Media(element, caption);

    private EmbedBlock? Embed(IElement frame, string? caption)
    {
        var source = LoadableUrl(frame.GetAttribute("src"));
        if (source is null || IsTiny(frame.GetAttribute("width")) || IsTiny(frame.GetAttribute("height")))
        {
            return null;
        }

        var title = Normalize(frame.GetAttribute("title") ?? "");
        if (title.Length == 0)
        {
            title = caption ?? "";
        }

        if (title.Length == 0)
        {
            // Every frame needs a name; the page gave none, so it is named after where it comes from.
            title = MediaAddresses.HostName(source) ?? FileName(source);
            _untitledFrames.Add(title);
        }

        return new EmbedBlock(source, title);
    }

    private MediaBlock? Media(IElement player, string? caption)
    {
        var source = LoadableUrl(player.GetAttribute("src"));
        if (source is null)
        {
            return null;
        }

        var kind = player.LocalName == "video" ? MediaKind.Video : MediaKind.Audio;
        var title = Normalize(player.GetAttribute("title") ?? "");
        if (title.Length == 0)
        {
            title = caption ?? "";
        }

        if (title.Length == 0)
        {
            title = FileName(source);
            _untitledPlayers++;
        }

        var tracks = ImmutableArray.CreateBuilder<MediaTrack>();
        foreach (var track in player.Children.Where(child => child.LocalName == "track"))
        {
            // HTML's default kind is subtitles; chapters, descriptions and metadata are not text for readers.
            var trackKind = (track.GetAttribute("kind")?.Trim().ToLowerInvariant() ?? "") switch
            {
                "captions" => MediaTrackKind.Captions,
                "subtitles" or "" => MediaTrackKind.Subtitles,
                _ => (MediaTrackKind?)null,
            };
            var trackSource = LoadableUrl(track.GetAttribute("src"));
            if (trackKind is null || trackSource is null)
            {
                continue;
            }

            var language = track.GetAttribute("srclang")?.Trim();
            if (string.IsNullOrEmpty(language) || !LanguageTag.IsValid(language))
            {
                language = pageLanguage;
            }

            if (language is null)
            {
                _tracksWithoutLanguage++;
                continue;
            }

            var label = Normalize(track.GetAttribute("label") ?? "");
            tracks.Add(new MediaTrack(trackSource, language, label.Length > 0 ? label : language) { Kind = trackKind.Value });
        }

        return new MediaBlock(kind, source, title)
        {
            MediaType = Normalize(player.GetAttribute("type") ?? "") is { Length: > 0 } type ? type : null,
            Poster = kind == MediaKind.Video ? LoadableUrl(player.GetAttribute("poster")) : null,
            Tracks = tracks.ToImmutable(),
            TranscriptUrl = SafeUrl(player.GetAttribute(MediaPreparation.TranscriptUrlAttribute)),
        };
    }

    /// <summary>
    /// A transcript or long description that <see cref="MediaPreparation"/> moved next to its player
    /// or image: attached to the block right before it, without its label ("Transcript"); anywhere
    /// else (extraction moved it) it is read as ordinary content.
    /// </summary>
    private void AddDescribing(IElement element, int depth, ImmutableArray<Block>.Builder blocks)
    {
        var transcript = element.HasAttribute(MediaPreparation.TranscriptAttribute);
        var canAttach = blocks.Count > 0 && (transcript
            ? blocks[^1] is MediaBlock { Transcript.IsEmpty: true }
            : blocks[^1] is FigureBlock { LongDescription.IsEmpty: true } || (blocks[^1] is FigureBlock described && IsLinkOnly(described.LongDescription)));
        element.RemoveAttribute(MediaPreparation.TranscriptAttribute);
        element.RemoveAttribute(MediaPreparation.DescriptionAttribute);
        if (!canAttach)
        {
            Block(element, depth, blocks);
            return;
        }

        // Its label is the disclosure's own words, which the component writes in the reader's language.
        // (MediaPreparation wraps the description in a marked section: the label is the wrapper's or its only child's.)
        foreach (var labelled in element.Children.Length == 1 ? [element, element.Children[0]] : new[] { element })
        {
            if (labelled.LocalName == "details")
            {
                foreach (var summary in labelled.Children.Where(child => child.LocalName == "summary").ToList())
                {
                    summary.Remove();
                }
            }
            else if (labelled.FirstElementChild is { LocalName: "h2" or "h3" or "h4" or "h5" or "h6" } heading && Normalize(heading.TextContent).Length <= 80)
            {
                heading.Remove();
            }
        }

        var content = element.LocalName is "p" or "figcaption" or "summary" or "dd" or "dt" or "span"
            ? Describe(element, depth)
            : Blocks(element, depth);
        if (content.IsEmpty)
        {
            return;
        }

        blocks[^1] = blocks[^1] switch
        {
            MediaBlock media => media with { Transcript = content },
            FigureBlock figure => figure with { LongDescription = content },
            var other => other,
        };
    }

    /// <summary>The blocks of one element that is itself a paragraph (a described-by <c>p</c> or <c>span</c>).</summary>
    private ImmutableArray<Block> Describe(IElement element, int depth)
    {
        var blocks = ImmutableArray.CreateBuilder<Block>();
        var figures = new List<Block>();
        AddParagraph(blocks, Trim(Inlines(element, depth, figures, childrenOnly: true)), figures);
        return blocks.ToImmutable();
    }

    private static bool IsLinkOnly(ImmutableArray<Block> description) =>
        description is [ParagraphBlock { Inlines: [LinkInline] }];

    private void ReportPlayers()
    {
        if (_untitledFrames.Count > 0)
        {
            var shown = string.Join(", ", _untitledFrames.Distinct(StringComparer.Ordinal).Take(3));
            warnings.Add($"{_untitledFrames.Count} embedded frame(s) have no title; each is named after where it comes from ({shown}): give it a title that says what it shows");
        }

        if (_untitledPlayers > 0)
        {
            warnings.Add($"{_untitledPlayers} video or audio player(s) have no title or caption; each is named after its file");
        }

        if (_tracksWithoutLanguage > 0)
        {
            warnings.Add($"{_tracksWithoutLanguage} captions or subtitles track(s) have no valid srclang and the page declares no language; they were left out");
        }
    }

    /// <summary>An address a frame or player can load (relative, http or https); the placeholder base of extraction taken off.</summary>
    private static string? LoadableUrl(string? url) => SafeUrl(url) is { } safe && MediaAddresses.IsLoadable(safe) && !safe.StartsWith('#') ? safe : null;

    private static bool IsTiny(string? length) =>
        length is not null && double.TryParse(length.Trim().TrimEnd('x', 'p').Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value <= 1;

    /// <summary>The last part of an address's path ("media/bridge.mp4" → "bridge.mp4"), or the address.</summary>
    private static string FileName(string url)
    {
        var path = url.Split('?', '#')[0].TrimEnd('/');
        var name = path[(path.LastIndexOf('/') + 1)..];
        return name.Length > 0 ? Uri.UnescapeDataString(name) : url;
    }
}
