using A11yArticles.Importers;
using A11yArticles.Importers.Markdown;
using A11yArticles.Model;

namespace A11yArticles.Importers.Tests.Markdown;

/// <summary>The article containers of the Markdown syntax: <c>::: embed</c>, <c>::: video</c>, <c>::: audio</c>, <c>::: description</c>.</summary>
public sealed class MarkdownMediaTests
{
    private static ImportResult Parse(string markdown) => MarkdownImporter.Parse(markdown, "story.md");

    private static ArticleImportException Fails(string markdown) =>
        Assert.Throws<ArticleImportException>(() => Parse(markdown));

    [Fact]
    public void An_embed_keeps_its_address_title_provider_and_original()
    {
        var article = Parse("""
            # Headline

            Before the map.

            ::: embed {src="https://maps.example.org/embed?bbox=-2.6,51.4&layer=m" title="Map: the new route" provider="Example Maps" original="https://maps.example.org/#route"}
            :::

            After the map.
            """).Article;

        Assert.Equal(3, article.Blocks.Length);
        var embed = Assert.IsType<EmbedBlock>(article.Blocks[1]);
        Assert.Equal("https://maps.example.org/embed?bbox=-2.6,51.4&layer=m", embed.Source);
        Assert.Equal("Map: the new route", embed.Title);
        Assert.Equal("Example Maps", embed.Provider);
        Assert.Equal("https://maps.example.org/#route", embed.OriginalUrl);
        Assert.Equal("After the map.", Assert.IsType<ParagraphBlock>(article.Blocks[2]).PlainText);
    }

    [Fact]
    public void An_embed_without_a_title_is_an_error_naming_the_file_and_the_line_after_the_front_matter()
    {
        var error = Fails("""
            ---
            lang: en
            ---
            # Headline

            Text.

            ::: embed {src="https://player.example.org/v/1"}
            :::
            """);

        Assert.StartsWith("story.md: line 8: the embed has no title", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("::: embed {title=\"Map\"}\n:::", "line 3: the embed has no src")]
    [InlineData("::: embed {src=\"javascript:alert(1)\" title=\"Map\"}\n:::", "line 3: the embed's src 'javascript:alert(1)' is not")]
    [InlineData("::: embed {src=\"mailto:a@example.org\" title=\"Map\"}\n:::", "is not a relative, http or https address")]
    [InlineData("::: embed {src=\"https://x.example/\" title=\"Map\" original=\"javascript:alert(1)\"}\n:::", "the embed's original 'javascript:alert(1)'")]
    [InlineData("::: embed {src=\"https://x.example/\" title=\"Map\"}\nThe rest of the story.", "an embed holds nothing")]
    public void Embed_mistakes_are_errors(string container, string expected)
    {
        var error = Fails("# Headline\n\n" + container + "\n");

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_video_has_its_tracks_poster_type_and_transcript_and_relative_paths_stay_as_written()
    {
        var article = Parse("""
            # Headline

            ::: video {src="media/opening.webm" title="Video: the bridge opens" poster="images/opening.jpg" type="video/webm"}
            [English](media/opening.en.vtt){kind=captions srclang=en}
            [Español](media/opening.es.vtt){kind=subtitles srclang=es label="Español (España)"}

            The mayor cuts a ribbon held at wheelchair height. [Applause]

            - Priya Raman speaks.
            :::

            After the video.
            """).Article;

        var media = Assert.IsType<MediaBlock>(article.Blocks[0]);
        Assert.Equal(MediaKind.Video, media.Kind);
        Assert.Equal("media/opening.webm", media.Source);
        Assert.Equal("Video: the bridge opens", media.Title);
        Assert.Equal("images/opening.jpg", media.Poster);
        Assert.Equal("video/webm", media.MediaType);
        Assert.Equal(
            [("media/opening.en.vtt", "en", "English", MediaTrackKind.Captions), ("media/opening.es.vtt", "es", "Español (España)", MediaTrackKind.Subtitles)],
            media.Tracks.Select(t => (t.Source, t.Language, t.Label, t.Kind)));
        Assert.Equal(2, media.Transcript.Length);
        Assert.Equal("The mayor cuts a ribbon held at wheelchair height. [Applause]", Assert.IsType<ParagraphBlock>(media.Transcript[0]).PlainText);
        Assert.IsType<ListBlock>(media.Transcript[1]);
        Assert.Equal("After the video.", Assert.IsType<ParagraphBlock>(article.Blocks[1]).PlainText);
    }

    [Fact]
    public void An_audio_with_a_transcript_elsewhere_and_captions()
    {
        var article = Parse("""
            # Headline

            ::: audio {src="https://media.example.org/interview.mp3" title="Interview with the engineer" transcript="transcripts/interview.html"}
            [English](media/interview.en.vtt){kind=captions srclang=en-GB}
            :::
            """).Article;

        var media = Assert.IsType<MediaBlock>(Assert.Single(article.Blocks));
        Assert.Equal(MediaKind.Audio, media.Kind);
        Assert.Equal("transcripts/interview.html", media.TranscriptUrl);
        Assert.Equal("en-GB", Assert.Single(media.Tracks).Language);
        Assert.True(media.Transcript.IsEmpty);
    }

    [Theory]
    [InlineData("::: video {src=\"v.webm\"}\n:::", "line 3: the video has no title")]
    [InlineData("::: audio {src=\"a.mp3\"}\n:::", "line 3: the recording has no title")]
    [InlineData("::: video {title=\"T\"}\n:::", "the video has no src")]
    [InlineData("::: video {src=\"v.webm\" title=\"T\"}\n[English](v.vtt){kind=captions}\n:::", "line 4: the track 'v.vtt' has no language")]
    [InlineData("::: video {src=\"v.webm\" title=\"T\"}\n[English](v.vtt){kind=captions srclang=xx}\n:::", "srclang=xx, which is not a BCP 47")]
    [InlineData("::: video {src=\"v.webm\" title=\"T\"}\n[English](javascript:alert(1)){kind=captions srclang=en}\n:::", "has no usable address")]
    [InlineData("::: video {src=\"v.webm\" title=\"T\"}\n[Chapters](v.vtt){kind=chapters srclang=en}\n:::", "kind=chapters is not a track")]
    [InlineData("::: video {src=\"v.webm\" title=\"T\"}\nCaptions: [English](v.vtt){kind=captions srclang=en}\n:::", "stands in a paragraph of its own")]
    [InlineData("::: video {src=\"v.webm\" title=\"T\" poster=\"javascript:x\"}\n:::", "poster 'javascript:x'")]
    public void Media_mistakes_are_errors(string container, string expected)
    {
        var error = Fails("# Headline\n\n" + container + "\n");

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_description_after_a_figure_is_its_long_description()
    {
        var article = Parse("""
            # Headline

            ![Bar chart of crossings per day](images/crossings.svg "Crossings per day, first week")

            ::: description
            Crossings rose every day, from 1,200 on Monday to 3,400 on Sunday.

            - Monday: 1,200
            - Sunday: 3,400
            :::

            After the chart.
            """).Article;

        Assert.Equal(2, article.Blocks.Length);
        var figure = Assert.IsType<FigureBlock>(article.Blocks[0]);
        Assert.Equal("images/crossings.svg", figure.Image.Source);
        Assert.Equal("Crossings per day, first week", Inline.PlainTextOf(figure.Caption));
        Assert.Equal(2, figure.LongDescription.Length);
        Assert.StartsWith("Crossings rose every day", Assert.IsType<ParagraphBlock>(figure.LongDescription[0]).PlainText, StringComparison.Ordinal);
        Assert.Equal("After the chart.", Assert.IsType<ParagraphBlock>(article.Blocks[1]).PlainText);
    }

    [Fact]
    public void A_description_inside_a_markdig_figure_describes_its_image()
    {
        var article = Parse("""
            # Headline

            ^^^
            ![Map of the route](images/route.png)

            ::: description
            The route runs along the river.
            :::
            ^^^ The route

            Text after.
            """).Article;

        var figure = Assert.IsType<FigureBlock>(article.Blocks[0]);
        Assert.Equal("The route", Inline.PlainTextOf(figure.Caption));
        Assert.Equal("The route runs along the river.", Assert.IsType<ParagraphBlock>(Assert.Single(figure.LongDescription)).PlainText);
    }

    [Theory]
    [InlineData("Just text.\n\n::: description\nWords.\n:::", "line 5: a '::: description' describes the figure right before it")]
    [InlineData("::: description\nWords.\n:::", "line 3: a '::: description'")]
    [InlineData("![A](a.png)\n\n::: description\n:::", "the '::: description' is empty")]
    [InlineData("![A](a.png)\n\n::: description\nOne.\n:::\n::: description\nTwo.\n:::", "already has one")]
    public void Description_mistakes_are_errors(string body, string expected)
    {
        var error = Fails("# Headline\n\n" + body + "\n");

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_container_keeps_its_content_with_a_warning()
    {
        var result = Parse("# Headline\n\n::: sidebar\nKept words.\n:::\n");

        Assert.Equal("Kept words.", Assert.IsType<ParagraphBlock>(Assert.Single(result.Article.Blocks)).PlainText);
        Assert.Contains("'::: sidebar' (line 3) is not a block the importer knows", Assert.Single(result.Warnings).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Double_colons_in_text_stay_text()
    {
        // Only the block containers are added: Markdig's inline '::…::' containers would turn these into emphasis.
        var article = Parse("# Headline\n\nThe ratio was 2::3 and ::not emphasis:: either.\n").Article;

        var paragraph = Assert.IsType<ParagraphBlock>(Assert.Single(article.Blocks));
        Assert.Equal("The ratio was 2::3 and ::not emphasis:: either.", paragraph.PlainText);
        Assert.All(paragraph.Inlines, inline => Assert.IsType<TextInline>(inline));
    }

    [Fact]
    public void Track_links_outside_a_player_and_links_with_other_attributes_stay_links()
    {
        var article = Parse("# Headline\n\nSee [the captions](c.vtt){kind=captions srclang=en} and [this](https://example.org){.x}.\n").Article;

        var paragraph = Assert.IsType<ParagraphBlock>(Assert.Single(article.Blocks));
        Assert.Equal(2, paragraph.Inlines.OfType<LinkInline>().Count());
    }

    [Fact]
    public void The_seed_shapes_together_local_figure_video_with_vtt_and_embed()
    {
        var result = Parse("""
            ---
            lang: en-GB
            ---
            # A footbridge built for everyone

            The bridge opened on Tuesday.

            ![Bar chart of daily crossings, rising through the week](images/crossings.svg "Crossings in the first week")

            ::: description
            Crossings rose from 1,200 on Monday to 3,400 on Sunday.
            :::

            ::: video {src="media/opening.webm" title="Video: the ribbon is cut" poster="images/opening.jpg"}
            [English](media/opening.en.vtt){kind=captions srclang=en}

            Priya Raman cuts the ribbon. [Applause]
            :::

            ::: embed {src="https://www.openstreetmap.org/export/embed.html?bbox=-2.60%2C51.44%2C-2.58%2C51.45" title="Map: the footbridge and the streets around it" provider="OpenStreetMap"}
            :::

            The end.
            """);

        Assert.Empty(result.Warnings);
        Assert.Equal(
            [typeof(ParagraphBlock), typeof(FigureBlock), typeof(MediaBlock), typeof(EmbedBlock), typeof(ParagraphBlock)],
            result.Article.Blocks.Select(block => block.GetType()));
    }
}
