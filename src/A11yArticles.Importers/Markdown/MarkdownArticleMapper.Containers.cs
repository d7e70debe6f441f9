using System.Collections.Immutable;
using A11yArticles.Model;
using Markdig.Extensions.CustomContainers;
using Markdig.Renderers.Html;
using Md = Markdig.Syntax;
using MdInlines = Markdig.Syntax.Inlines;

namespace A11yArticles.Importers.Markdown;

/// <summary>
/// The article's containers (<see cref="ArticleContainerExtension"/>): <c>::: embed</c>,
/// <c>::: video</c>, <c>::: audio</c> and <c>::: description</c>, each with Markdig's generic
/// attributes on its opening line. A mistake that would lose what a reader needs (an embed without a
/// title, a track without a language, an address that is not http(s) or relative) is an error naming
/// the line, never a silent gap.
/// </summary>
internal sealed partial class MarkdownArticleMapper
{
    private const string AttributeHint = "write the attributes in braces on the opening line, quoting values that hold spaces or '=': ::: embed {src=\"https://…\" title=\"…\"}";

    private void AddContainer(CustomContainer container, int depth, ImmutableArray<Block>.Builder result)
    {
        var name = (container.Info ?? "").Trim().ToLowerInvariant();
        switch (name)
        {
            case ArticleContainerExtension.Embed:
                result.Add(Embed(container));
                break;
            case ArticleContainerExtension.Video or ArticleContainerExtension.Audio:
                result.Add(Media(container, name == ArticleContainerExtension.Video ? MediaKind.Video : MediaKind.Audio, depth));
                break;
            case ArticleContainerExtension.Description:
                AddDescription(container, depth, result);
                break;
            default:
                Warn($"'::: {container.Info}' (line {LineOf(container)}) is not a block the importer knows (embed, video, audio, description); its content is kept as it is");
                result.AddRange(Blocks(container, depth));
                break;
        }
    }

    /// <summary><c>::: embed {src="…" title="…" provider="…" original="…"}</c> and a closing <c>:::</c>, with nothing between.</summary>
    private EmbedBlock Embed(CustomContainer container)
    {
        if (container.Any(child => child is not Md.BlankLineBlock))
        {
            throw SyntaxError(container, "an embed holds nothing between its '::: embed' and ':::' lines (is the closing ':::' missing?); write text before or after it");
        }

        var source = RequiredAddress(container, "src", "the embed");
        var title = Attribute(container, "title");
        if (string.IsNullOrWhiteSpace(title))
        {
            throw SyntaxError(container, "the embed has no title; add title=\"…\" saying what the frame shows (it is the frame's name for screen-reader users), for example title=\"Map: the new route\"");
        }

        return new EmbedBlock(source, title)
        {
            Provider = NullIfEmpty(Attribute(container, "provider")),
            OriginalUrl = OptionalAddress(container, "original", "the embed", links: true),
        };
    }

    /// <summary>
    /// <c>::: video {src="…" title="…" poster="…" type="…" transcript="…"}</c> (or <c>audio</c>):
    /// paragraphs of track links (<c>[English](captions.en.vtt){kind=captions srclang=en}</c>) are its
    /// tracks, everything else inside it is its transcript.
    /// </summary>
    private MediaBlock Media(CustomContainer container, MediaKind kind, int depth)
    {
        var what = kind == MediaKind.Video ? "the video" : "the recording";
        var source = RequiredAddress(container, "src", what);
        var title = Attribute(container, "title");
        if (string.IsNullOrWhiteSpace(title))
        {
            throw SyntaxError(container, $"{what} has no title; add title=\"…\" saying what it is (it is shown as the player's caption and names it for screen-reader users)");
        }

        var tracks = ImmutableArray.CreateBuilder<MediaTrack>();
        var transcript = ImmutableArray.CreateBuilder<Block>();
        foreach (var child in container)
        {
            if (child is Md.ParagraphBlock paragraph && TrackLinks(paragraph) is { } links)
            {
                tracks.AddRange(links.Select(Track));
            }
            else
            {
                Block(child, depth + 1, transcript);
            }
        }

        var poster = OptionalAddress(container, "poster", what, links: false);
        if (poster is not null && kind == MediaKind.Audio)
        {
            Warn($"line {LineOf(container)}: a recording has no picture; its poster is left out");
            poster = null;
        }

        return new MediaBlock(kind, source, title)
        {
            MediaType = NullIfEmpty(Attribute(container, "type")),
            Poster = poster,
            Tracks = tracks.ToImmutable(),
            Transcript = transcript.ToImmutable(),
            TranscriptUrl = OptionalAddress(container, "transcript", what, links: true),
        };
    }

    /// <summary>The links of a paragraph made only of track links (and the spaces and line breaks between them); null for any other paragraph.</summary>
    private List<MdInlines.LinkInline>? TrackLinks(Md.ParagraphBlock paragraph)
    {
        if (paragraph.Inline is null)
        {
            return null;
        }

        var links = new List<MdInlines.LinkInline>();
        foreach (var inline in paragraph.Inline)
        {
            switch (inline)
            {
                case MdInlines.LinkInline { IsImage: false } link when Attribute(link, "kind") is not null:
                    links.Add(link);
                    break;
                case MdInlines.LineBreakInline:
                case MdInlines.LiteralInline literal when literal.Content.IsEmptyOrWhitespace():
                    break;
                default:
                    if (links.Count > 0 || Md.MarkdownObjectExtensions.Descendants<MdInlines.LinkInline>(paragraph.Inline).Any(link => Attribute(link, "kind") is not null))
                    {
                        throw SyntaxError(paragraph, "a track link ([English](captions.vtt){kind=captions srclang=en}) stands in a paragraph of its own, one or more per paragraph, with nothing else");
                    }

                    return null;
            }
        }

        return links.Count > 0 ? links : null;
    }

    private MediaTrack Track(MdInlines.LinkInline link)
    {
        var kind = Attribute(link, "kind")!.ToLowerInvariant() switch
        {
            "captions" => MediaTrackKind.Captions,
            "subtitles" => MediaTrackKind.Subtitles,
            var other => throw SyntaxError(link, $"kind={other} is not a track this importer keeps; use kind=captions (speech and sounds) or kind=subtitles (a translation)"),
        };
        var url = link.GetDynamicUrl?.Invoke() ?? link.Url;
        if (!MediaAddresses.IsLoadable(url))
        {
            throw SyntaxError(link, $"the track '{url}' has no usable address (relative, http or https)");
        }

        var language = Attribute(link, "srclang");
        if (string.IsNullOrWhiteSpace(language))
        {
            throw SyntaxError(link, $"the track '{url}' has no language; add srclang=… (a BCP 47 tag such as en or es-MX), so players offer it in the right language");
        }

        if (!LanguageTag.IsValid(language))
        {
            throw SyntaxError(link, $"the track '{url}' has srclang={language}, which is not a BCP 47 language tag with a registered language");
        }

        var label = NullIfEmpty(Attribute(link, "label")) ?? Model.Inline.PlainTextOf(Inlines(link, 0, [])).Trim();
        if (label.Length == 0)
        {
            throw SyntaxError(link, $"the track '{url}' has no label; write it as the link's text ([English](…)), as the player's menu shows it");
        }

        return new MediaTrack(url!, language, label) { Kind = kind };
    }

    /// <summary><c>::: description</c> right after a figure: its blocks are the figure's long description.</summary>
    private void AddDescription(CustomContainer container, int depth, ImmutableArray<Block>.Builder result)
    {
        if (result.Count == 0 || result[^1] is not FigureBlock figure)
        {
            throw SyntaxError(container, "a '::: description' describes the figure right before it, but the block before it is not a figure (an image alone in its paragraph, or a ^^^ figure)");
        }

        if (!figure.LongDescription.IsEmpty)
        {
            throw SyntaxError(container, "the figure before this '::: description' already has one; write one description per figure");
        }

        var blocks = Blocks(container, depth);
        if (blocks.IsEmpty)
        {
            throw SyntaxError(container, "the '::: description' is empty; write what the figure shows in words (or leave the container out)");
        }

        result[^1] = figure with { LongDescription = blocks };
    }

    private string RequiredAddress(CustomContainer container, string attribute, string what)
    {
        var url = Attribute(container, attribute);
        if (string.IsNullOrWhiteSpace(url))
        {
            throw SyntaxError(container, $"{what} has no {attribute}; {AttributeHint}");
        }

        if (!MediaAddresses.IsLoadable(url))
        {
            throw SyntaxError(container, $"{what}'s {attribute} '{url}' is not a relative, http or https address");
        }

        return url;
    }

    private string? OptionalAddress(CustomContainer container, string attribute, string what, bool links)
    {
        var url = NullIfEmpty(Attribute(container, attribute));
        if (url is not null && !(links ? UrlPolicy.IsSafe(url) : MediaAddresses.IsLoadable(url)))
        {
            throw SyntaxError(container, $"{what}'s {attribute} '{url}' is not a relative, http or https address");
        }

        return url;
    }

    private static string? Attribute(Md.IMarkdownObject source, string name) =>
        LanguageSpanParser.Property(source.TryGetAttributes()?.Properties, name);

    private static string? NullIfEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
