using A11yArticles.Checks;
using A11yArticles.Model;
using Bunit;

namespace A11yArticles.Components.Tests.Newsroom;

/// <summary>Video and audio: the browser's player with controls (never autoplaying), captions tracks, a title, a transcript tied to the player.</summary>
public sealed class MediaTests : BunitContext
{
    private static readonly MediaBlock Video = new(MediaKind.Video, "media/bridge.webm", "Video: the bridge opens")
    {
        MediaType = "video/webm",
        Poster = "media/bridge.jpg",
        Tracks = [
            new MediaTrack("media/bridge.es.vtt", "es", "Español") { Kind = MediaTrackKind.Subtitles },
            new MediaTrack("media/bridge.en.vtt", "en", "English"),
        ],
        Transcript = [new ParagraphBlock([new TextInline("Mayor: We open the bridge today.")])],
    };

    private static Article ArticleWith(params Block[] blocks) => new("Media", [new ParagraphBlock([new TextInline("Before.")]), .. blocks]);

    [Fact]
    public void A_video_has_controls_tracks_a_title_and_its_transcript_and_never_autoplays()
    {
        var cut = Render<ArticleView>(p => p.Add(x => x.Article, ArticleWith(Video)));

        var figure = cut.Find("figure.a11y-media--video");
        var video = figure.QuerySelector("video")!;
        Assert.True(video.HasAttribute("controls"));
        Assert.False(video.HasAttribute("autoplay"));
        Assert.Equal("metadata", video.GetAttribute("preload"));
        Assert.Equal("media/bridge.jpg", video.GetAttribute("poster"));
        var tracks = video.QuerySelectorAll("track");
        Assert.Equal(["subtitles", "captions"], tracks.Select(t => t.GetAttribute("kind")));
        Assert.Equal(["es", "en"], tracks.Select(t => t.GetAttribute("srclang")));

        // The default track: captions in the article's language.
        Assert.Equal([false, true], tracks.Select(t => t.HasAttribute("default")));
        Assert.Equal("Video: the bridge opens", figure.QuerySelector("figcaption")!.TextContent);
        var transcript = figure.QuerySelector("details")!;
        Assert.Equal(transcript.Id, video.GetAttribute("aria-describedby"));
        Assert.Equal("Transcript", transcript.QuerySelector("summary")!.TextContent);
        Assert.Equal("Mayor: We open the bridge today.", transcript.QuerySelector("p")!.TextContent);
        Assert.Equal("Download: Video: the bridge opens", video.QuerySelector("a")!.TextContent);
    }

    [Fact]
    public void A_recording_links_to_a_transcript_elsewhere()
    {
        var audio = new MediaBlock(MediaKind.Audio, "media/interview.mp3", "Interview with the engineer") { TranscriptUrl = "/transcripts/interview" };

        var cut = Render<ArticleView>(p => p.Add(x => x.Article, ArticleWith(audio) with { Language = "de" }));

        var player = cut.Find("figure.a11y-media--audio audio");
        var link = cut.Find("#" + player.GetAttribute("aria-describedby") + " a");
        Assert.Equal("/transcripts/interview", link.GetAttribute("href"));
        Assert.Equal("Transkript", link.TextContent);
    }

    [Fact]
    public void Two_players_have_distinct_ids()
    {
        var cut = Render<ArticleView>(p => p.Add(x => x.Article, ArticleWith(Video, Video with { Source = "media/second.webm" })));

        var ids = cut.FindAll("video").Select(v => v.GetAttribute("aria-describedby")).ToList();
        Assert.Equal(2, ids.Distinct().Count());
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("data:video/webm;base64,AAAA")]
    public void An_address_that_is_not_http_or_relative_is_not_rendered(string source)
    {
        var cut = Render<ArticleView>(p => p.Add(x => x.Article, ArticleWith(Video with { Source = source, Poster = source })));

        var video = cut.Find("video");
        Assert.False(video.HasAttribute("src"));
        Assert.False(video.HasAttribute("poster"));
        Assert.Empty(video.QuerySelectorAll("a"));
    }

    [Fact]
    public void A_page_with_media_passes_the_checker_and_a_player_without_alternatives_does_not()
    {
        A11yAssert.NoViolations(Render<ArticlePage>(p => p.Add(x => x.Article, ArticleWith(Video))).Markup);

        var bare = Render<ArticlePage>(p => p.Add(x => x.Article, ArticleWith(new MediaBlock(MediaKind.Video, "v.webm", "Untitled")))).Markup;
        var findings = HtmlChecker.Default.Check(bare).Findings;
        Assert.Contains(findings, f => f.Rule.Id == "A11Y-MEDIA-001");
    }

    [Fact]
    public void Media_round_trips_through_JSON()
    {
        var back = ArticleJson.Deserialize(ArticleJson.Serialize(ArticleWith(Video)));

        var media = Assert.IsType<MediaBlock>(back.Blocks[1]);
        Assert.Equal(Video.Tracks.ToArray(), media.Tracks.ToArray());
        Assert.Equal(Video.Transcript.Length, media.Transcript.Length);
        Assert.Equal(Video.Title, media.Title);
    }
}
