using System.Collections.Immutable;
using A11yArticles.Importers;
using A11yArticles.Importers.Html;
using A11yArticles.Model;

namespace A11yArticles.Importers.Tests.Html;

/// <summary>Frames, players, transcripts and long descriptions of real-looking pages (written for these tests).</summary>
public sealed class HtmlMediaTests
{
    private const string Filler =
        "The council met on Tuesday evening in the old town hall to discuss the budget for the coming year. " +
        "Residents filled the room, and many of them stood at the back for the whole of the three-hour meeting. ";

    private static string Page(string article, string lang = "en", string outside = "") => $$"""
        <!DOCTYPE html>
        <html lang="{{lang}}">
        <head><meta charset="utf-8"><title>The footbridge opens - Example News</title></head>
        <body>
          <header><nav><a href="/">Home</a> <a href="/news">News</a></nav></header>
          <main>
            <article>
              <h1>The footbridge opens</h1>
              <p>{{Filler}}</p>
              {{article}}
              <p>{{Filler}}</p>
              <p>{{Filler}}</p>
            </article>
          </main>
          {{outside}}
          <footer><p>© Example News</p></footer>
        </body>
        </html>
        """;

    private static ImportResult Import(string html) => HtmlImporter.Parse(html, "page.html");

    private static List<T> All<T>(Article article) where T : Block => article.AllBlocks.OfType<T>().ToList();

    private static string TextOf(IEnumerable<Block> blocks) =>
        string.Join("\n", ModelTraversal.Descendants(blocks.ToImmutableArray()).Select(block => Inline.PlainTextOf(ModelTraversal.InlinesOf(block))));

    [Fact]
    public void An_iframe_with_a_title_is_an_embed_in_its_place()
    {
        var article = Import(Page("""
            <p>Before the map, the route was explained in full to the residents of the old town.</p>
            <iframe src="https://maps.example.org/embed?route=7" title="Map: the new route" width="600" height="400"></iframe>
            <p>After the map, the route was explained again for those who came late to the meeting.</p>
            """)).Article;

        var embed = Assert.Single(All<EmbedBlock>(article));
        Assert.Equal("https://maps.example.org/embed?route=7", embed.Source);
        Assert.Equal("Map: the new route", embed.Title);
        var index = article.Blocks.IndexOf(embed);
        Assert.StartsWith("Before the map", Assert.IsType<ParagraphBlock>(article.Blocks[index - 1]).PlainText, StringComparison.Ordinal);
        Assert.StartsWith("After the map", Assert.IsType<ParagraphBlock>(article.Blocks[index + 1]).PlainText, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<iframe src=\"https://player.example.net/v/1\" aria-label=\"Video: the ribbon is cut\"></iframe>", "Video: the ribbon is cut")]
    [InlineData("<span id=\"l1\">Video: the ribbon</span><iframe src=\"https://player.example.net/v/1\" aria-labelledby=\"l1\" title=\"Player\"></iframe>", "Video: the ribbon")]
    [InlineData("<figure><iframe src=\"https://player.example.net/v/1\"></iframe><figcaption>The ribbon is cut</figcaption></figure>", "The ribbon is cut")]
    public void An_embed_takes_its_name_from_aria_or_its_caption(string markup, string expected)
    {
        var result = Import(Page(markup));

        var embed = Assert.Single(All<EmbedBlock>(result.Article));
        Assert.Equal(expected, embed.Title);
        Assert.DoesNotContain(result.Warnings, warning => warning.Message.Contains("no title", StringComparison.Ordinal));
    }

    [Fact]
    public void A_figure_caption_that_names_the_embed_is_not_repeated_as_a_paragraph()
    {
        var article = Import(Page("<figure><iframe src=\"https://player.example.net/v/1\"></iframe><figcaption>The ribbon is cut</figcaption></figure>")).Article;

        Assert.DoesNotContain("The ribbon is cut", TextOf(article.Blocks), StringComparison.Ordinal);
    }

    [Fact]
    public void An_iframe_without_any_name_is_named_after_its_host_with_a_warning()
    {
        var result = Import(Page("<iframe src=\"//www.player.example.net/embed/42\" width=\"560\" height=\"315\"></iframe>"));

        var embed = Assert.Single(All<EmbedBlock>(result.Article));
        Assert.Equal("https://www.player.example.net/embed/42", embed.Source);
        Assert.Equal("player.example.net", embed.Title);
        Assert.Contains(result.Warnings, warning => warning.Message.Contains("1 embedded frame(s) have no title", StringComparison.Ordinal)
            && warning.Message.Contains("player.example.net", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("<iframe src=\"https://pixel.example.com/t\" width=\"1\" height=\"1\" title=\"x\"></iframe>")]
    [InlineData("<iframe src=\"https://pixel.example.com/t\" width=\"0\" height=\"0\"></iframe>")]
    [InlineData("<iframe src=\"https://pixel.example.com/t\" height=\"1px\" width=\"300\"></iframe>")]
    [InlineData("<iframe src=\"https://pixel.example.com/t\" style=\"display:none\" title=\"x\"></iframe>")]
    [InlineData("<iframe src=\"https://pixel.example.com/t\" style=\"visibility: hidden\"></iframe>")]
    [InlineData("<iframe src=\"https://pixel.example.com/t\" style=\"width:1px;height:1px;position:absolute\"></iframe>")]
    [InlineData("<iframe src=\"https://pixel.example.com/t\" hidden></iframe>")]
    [InlineData("<iframe src=\"https://pixel.example.com/t\" aria-hidden=\"true\"></iframe>")]
    [InlineData("<iframe src=\"javascript:alert(1)\" title=\"x\"></iframe>")]
    [InlineData("<iframe src=\"about:blank\" title=\"x\"></iframe>")]
    [InlineData("<iframe srcdoc=\"&lt;p&gt;hi&lt;/p&gt;\" title=\"x\"></iframe>")]
    [InlineData("<iframe src=\"data:text/html,hi\" title=\"x\"></iframe>")]
    public void Hidden_tiny_and_unsafe_frames_are_dropped(string frame)
    {
        var article = Import(Page(frame)).Article;

        Assert.Empty(All<EmbedBlock>(article));
    }

    [Fact]
    public void A_frame_of_normal_size_is_kept_next_to_a_dropped_pixel()
    {
        var article = Import(Page("""
            <iframe src="https://pixel.example.com/t" width="1" height="1"></iframe>
            <iframe src="https://player.example.net/v/1" width="640" height="360" title="Video: the ribbon is cut"></iframe>
            """)).Article;

        Assert.Equal("https://player.example.net/v/1", Assert.Single(All<EmbedBlock>(article)).Source);
    }

    [Fact]
    public void A_video_with_sources_and_tracks_and_autoplay_is_a_media_block_without_autoplay()
    {
        var result = Import(Page("""
            <video autoplay muted loop controls poster="/media/poster.jpg" title="Video: the ribbon is cut">
              <source src="/media/opening.webm" type="video/webm">
              <source src="/media/opening.mp4" type="video/mp4">
              <track kind="captions" src="/media/opening.en.vtt" srclang="en" label="English">
              <track kind="subtitles" src="/media/opening.es.vtt" srclang="es" label="Español">
              <track kind="chapters" src="/media/chapters.vtt" srclang="en">
              <track kind="captions" src="javascript:alert(1)" srclang="en">
              Your browser does not play video. <a href="/media/opening.mp4">Download it</a>.
            </video>
            """));

        var media = Assert.Single(All<MediaBlock>(result.Article));
        Assert.Equal(MediaKind.Video, media.Kind);
        Assert.Equal("/media/opening.webm", media.Source); // root-relative addresses stay root-relative
        Assert.Equal("video/webm", media.MediaType);
        Assert.Equal("/media/poster.jpg", media.Poster);
        Assert.Equal("Video: the ribbon is cut", media.Title);
        Assert.Equal(
            [("/media/opening.en.vtt", "en", "English", MediaTrackKind.Captions), ("/media/opening.es.vtt", "es", "Español", MediaTrackKind.Subtitles)],
            media.Tracks.Select(track => (track.Source, track.Language, track.Label, track.Kind)));
        Assert.DoesNotContain("does not play", TextOf(result.Article.Blocks), StringComparison.Ordinal);
        // The model has no autoplay, loop or muted: the JSON an article travels as never carries them.
        var json = ArticleJson.Serialize(result.Article);
        Assert.DoesNotContain("autoplay", json, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("loop", json, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void A_track_without_a_language_takes_the_pages_and_the_default_kind_is_subtitles()
    {
        var media = Assert.Single(All<MediaBlock>(Import(Page("<video src=\"v.mp4\" title=\"T\"><track src=\"v.vtt\"></video>", lang: "fr")).Article));

        var track = Assert.Single(media.Tracks);
        Assert.Equal(("fr", MediaTrackKind.Subtitles, "fr"), (track.Language, track.Kind, track.Label));
    }

    [Fact]
    public void An_audio_in_a_figure_is_named_by_its_caption_and_a_player_without_a_name_by_its_file()
    {
        var result = Import(Page("""
            <figure><audio controls src="https://cdn.example.org/audio/interview.mp3"></audio><figcaption>Interview with the engineer</figcaption></figure>
            <p>And the sound of the opening, recorded on the bridge itself by our reporter that morning.</p>
            <audio controls src="media/opening%20sounds.ogg"></audio>
            """));

        var players = All<MediaBlock>(result.Article);
        Assert.Equal([("Interview with the engineer", MediaKind.Audio), ("opening sounds.ogg", MediaKind.Audio)], players.Select(p => (p.Title, p.Kind)));
        Assert.Contains(result.Warnings, warning => warning.Message.StartsWith("1 video or audio player(s) have no title", StringComparison.Ordinal));
    }

    [Fact]
    public void A_transcript_named_by_aria_describedby_is_taken_from_anywhere_on_the_page_and_read_once()
    {
        var result = Import(Page(
            "<video src=\"v.mp4\" title=\"Video: the ribbon is cut\" aria-describedby=\"t1\"></video>",
            outside: "<section id=\"t1\"><h2>Transcript</h2><p>The mayor cuts the ribbon. [Applause]</p><p>Priya Raman thanks the panel.</p></section>"));

        var media = Assert.Single(All<MediaBlock>(result.Article));
        Assert.Equal(["The mayor cuts the ribbon. [Applause]", "Priya Raman thanks the panel."], media.Transcript.OfType<ParagraphBlock>().Select(p => p.PlainText));
        var outsideTranscript = result.Article.Blocks.Where(block => block is not MediaBlock);
        Assert.DoesNotContain("Applause", TextOf(outsideTranscript), StringComparison.Ordinal);
        Assert.DoesNotContain(result.Article.Blocks, block => block is HeadingBlock heading && heading.PlainText == "Transcript");
    }

    [Theory]
    [InlineData("en", "<details><summary>Read the transcript</summary><p>The mayor cuts the ribbon.</p></details>")]
    [InlineData("es", "<details><summary>Transcripción del vídeo</summary><p>The mayor cuts the ribbon.</p></details>")]
    [InlineData("de", "<section><h3>Transkript</h3><p>The mayor cuts the ribbon.</p></section>")]
    [InlineData("fr", "<details><summary>Transcription</summary><p>The mayor cuts the ribbon.</p></details>")]
    public void A_details_or_section_after_the_player_that_says_transcript_is_its_transcript(string lang, string transcript)
    {
        var article = Import(Page($"<figure><video src=\"v.mp4\" title=\"T\"></video></figure>{transcript}", lang)).Article;

        var media = Assert.Single(All<MediaBlock>(article));
        Assert.Equal("The mayor cuts the ribbon.", Assert.IsType<ParagraphBlock>(Assert.Single(media.Transcript)).PlainText);
    }

    [Theory]
    [InlineData("<p><a href=\"https://example.org/transcripts/opening\">Read the transcript</a></p>", "https://example.org/transcripts/opening")]
    [InlineData("<p><a href=\"javascript:alert(1)\">Transcript</a></p>", null)]
    public void A_transcript_link_right_after_the_player_is_its_transcript_address(string link, string? expected)
    {
        var article = Import(Page($"<video src=\"v.mp4\" title=\"T\"></video>{link}")).Article;

        Assert.Equal(expected, Assert.Single(All<MediaBlock>(article)).TranscriptUrl);
    }

    [Fact]
    public void A_link_after_the_player_about_something_else_stays_in_the_article()
    {
        var article = Import(Page("<video src=\"v.mp4\" title=\"T\"></video><p><a href=\"https://example.org/more\">More videos from the council</a></p>")).Article;

        Assert.Null(Assert.Single(All<MediaBlock>(article)).TranscriptUrl);
        Assert.Contains("More videos from the council", TextOf(article.Blocks), StringComparison.Ordinal);
    }

    [Fact]
    public void A_details_after_a_player_about_something_else_stays_in_the_article()
    {
        var article = Import(Page("<video src=\"v.mp4\" title=\"T\"></video><details><summary>More about the council</summary><p>The council has 40 members.</p></details>")).Article;

        Assert.True(Assert.Single(All<MediaBlock>(article)).Transcript.IsEmpty);
        Assert.Contains("The council has 40 members.", TextOf(article.Blocks), StringComparison.Ordinal);
    }

    [Fact]
    public void A_figures_long_description_from_aria_describedby_outside_the_article()
    {
        var result = Import(Page(
            "<figure><img src=\"chart.png\" alt=\"Bar chart of crossings per day\" aria-describedby=\"d1\"><figcaption>Crossings in the first week</figcaption></figure>",
            outside: "<div id=\"d1\"><p>Crossings rose from 1,200 on Monday to 3,400 on Sunday.</p></div>"));

        var figure = Assert.Single(All<FigureBlock>(result.Article));
        Assert.Equal("Crossings in the first week", Inline.PlainTextOf(figure.Caption));
        Assert.Equal("Crossings rose from 1,200 on Monday to 3,400 on Sunday.", Assert.IsType<ParagraphBlock>(Assert.Single(figure.LongDescription)).PlainText);
        Assert.DoesNotContain("3,400", TextOf(result.Article.Blocks.Where(block => block is not FigureBlock)), StringComparison.Ordinal);
    }

    [Fact]
    public void Aria_describedby_pointing_at_the_figures_own_caption_is_not_a_long_description()
    {
        var figure = Assert.Single(All<FigureBlock>(Import(Page(
            "<figure><img src=\"p.jpg\" alt=\"The bridge\" aria-describedby=\"c1\"><figcaption id=\"c1\">The bridge at dusk</figcaption></figure>")).Article));

        Assert.Equal("The bridge at dusk", Inline.PlainTextOf(figure.Caption));
        Assert.True(figure.LongDescription.IsEmpty);
    }

    [Theory]
    [InlineData("<div><img src=\"p.jpg\" alt=\"The bridge\" aria-describedby=\"c2\"><p id=\"c2\">The bridge at dusk, from the east bank</p></div>")]
    [InlineData("<div><a href=\"p.jpg\"><img src=\"p.jpg\" alt=\"The bridge\" aria-describedby=\"c3\"></a><p id=\"c3\">The bridge at dusk, from the east bank</p></div>")]
    [InlineData("<img src=\"p.jpg\" alt=\"The bridge\" aria-describedby=\"c4\"><p>Text between.</p><p id=\"c4\" class=\"image-caption\">The bridge at dusk, from the east bank</p>")]
    public void A_caption_beside_the_image_that_aria_describedby_names_stays_where_it_is(string markup)
    {
        var article = Import(Page(markup)).Article;

        Assert.True(Assert.Single(All<FigureBlock>(article)).LongDescription.IsEmpty);
        Assert.Contains("The bridge at dusk, from the east bank", TextOf(article.Blocks.Where(block => block is not FigureBlock)), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<figure><img src=\"chart.png\" alt=\"Chart\" aria-details=\"d2\"><figcaption>Crossings</figcaption></figure><details id=\"d2\"><summary>Data</summary><ul><li>Monday: 1,200</li><li>Sunday: 3,400</li></ul></details>")]
    [InlineData("<figure><img src=\"chart.png\" alt=\"Chart\"><figcaption>Crossings</figcaption></figure><details><summary>Description of the chart</summary><ul><li>Monday: 1,200</li><li>Sunday: 3,400</li></ul></details>")]
    [InlineData("<figure><img src=\"chart.png\" alt=\"Chart\" longdesc=\"#d3\"><figcaption>Crossings</figcaption></figure><div id=\"d3\"><ul><li>Monday: 1,200</li><li>Sunday: 3,400</li></ul></div>")]
    [InlineData("<figure><img src=\"chart.png\" alt=\"Chart\"><figcaption>Crossings</figcaption></figure><details><summary>Beschreibung der Grafik</summary><ul><li>Monday: 1,200</li><li>Sunday: 3,400</li></ul></details>")]
    public void A_long_description_from_aria_details_an_adjacent_description_or_longdesc(string markup)
    {
        var article = Import(Page(markup)).Article;

        var figure = Assert.Single(All<FigureBlock>(article));
        var list = Assert.IsType<ListBlock>(Assert.Single(figure.LongDescription));
        Assert.Equal(2, list.Items.Length);
        Assert.Single(All<ListBlock>(article)); // not also in the body
    }

    [Fact]
    public void A_longdesc_page_is_a_link_and_an_unsafe_one_is_dropped()
    {
        var article = Import(Page("""
            <figure><img src="chart.png" alt="Chart" longdesc="descriptions/chart.html"><figcaption>Crossings</figcaption></figure>
            <p>A paragraph between the two charts, long enough to be read as part of the article's text.</p>
            <figure><img src="other.png" alt="Other chart" longdesc="javascript:alert(1)"><figcaption>Other</figcaption></figure>
            """)).Article;

        var figures = All<FigureBlock>(article);
        var link = Assert.IsType<LinkInline>(Assert.Single(Assert.IsType<ParagraphBlock>(Assert.Single(figures[0].LongDescription)).Inlines));
        Assert.Equal("descriptions/chart.html", link.Url);
        Assert.True(figures[1].LongDescription.IsEmpty);
    }

    [Fact]
    public void A_details_after_a_figure_about_something_else_stays_in_the_article()
    {
        var article = Import(Page("<figure><img src=\"p.jpg\" alt=\"The bridge\"><figcaption>The bridge</figcaption></figure><details><summary>Opening hours</summary><p>Open all night.</p></details>")).Article;

        Assert.True(Assert.Single(All<FigureBlock>(article)).LongDescription.IsEmpty);
        Assert.Contains("Open all night.", TextOf(article.Blocks), StringComparison.Ordinal);
    }

    [Fact]
    public void Player_addresses_that_are_not_http_or_relative_are_dropped()
    {
        var article = Import(Page("""
            <video src="javascript:alert(1)" title="A"></video>
            <video title="B" poster="javascript:alert(2)"><source src="data:video/mp4;base64,AAAA"><source src="/ok.mp4"></video>
            """)).Article;

        var media = Assert.Single(All<MediaBlock>(article));
        Assert.Equal(("/ok.mp4", (string?)null), (media.Source, media.Poster));
    }
}
