using A11yArticles.Model;

namespace A11yArticles.Components.BrowserTests;

/// <summary>
/// A page of the blocks newsrooms publish beyond text: three embeds (two from one provider) whose
/// frames show a local "player" page with controls of its own, served on 127.0.0.1 with the article.
/// </summary>
internal static class NewsroomPage
{
    public const string FileName = "newsroom.html";

    public const string PlayerFileName = "embed-player.html";

    /// <summary>A player with three Tab stops: what a keyboard user would otherwise have to Tab through.</summary>
    public const string Player = """
        <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Player</title></head>
        <body><div role="application" aria-label="Video player"><button>Play</button><button>Mute</button><button>Captions</button></div></body></html>
        """;

    public static Article Create() => new("Three embeds, two from one provider", [
        new ParagraphBlock([new TextInline("Before the embeds.")]),
        new EmbedBlock(PlayerFileName + "?v=1", "Video: the bridge opens") { Provider = "Example Video", OriginalUrl = PlayerFileName + "?v=1" },
        new EmbedBlock(PlayerFileName + "?v=map", "Map of the route") { Provider = "Example Maps" },
        new EmbedBlock(PlayerFileName + "?v=2", "Video: the first crossing") { Provider = "Example Video" },
        new ParagraphBlock([new TextInline("After the embeds, "), new LinkInline("#top", [new TextInline("a link")]), new TextInline(".")]),
        new MediaBlock(MediaKind.Video, VideoFileName, "Video: the bridge opens")
        {
            Tracks = [new MediaTrack(CaptionsFileName, "en", "English")],
            Transcript = [new ParagraphBlock([new TextInline("The mayor cuts a ribbon. Mayor: We open the bridge today.")])],
        },
        new FigureBlock(new Image("bridge-model.svg", "Bar chart of crossings per day"))
        {
            Caption = [new TextInline("Crossings per day, first week")],
            LongDescription = [new ParagraphBlock([new TextInline("Crossings rose every day, from 1,200 on Monday to 3,400 on Sunday.")])],
        },
    ]) { Language = "en" };

    /// <summary>No video file is served (the player shows its controls without one); the captions file is.</summary>
    public const string VideoFileName = "media-bridge.webm";

    public const string CaptionsFileName = "media-bridge.en.vtt";

    public const string Captions = """
        WEBVTT

        00:00.000 --> 00:03.000
        [Applause] Mayor: We open the bridge today.
        """;
}
