using A11yArticles.Checks;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace A11yArticles.Cli.Tests.Commands;

/// <summary>
/// End to end through <c>render</c>: embeds, players and long descriptions written in the Markdown
/// syntax and found in an HTML page reach the rendered page with their names, tracks and
/// descriptions, never autoplaying, and the page passes the checker.
/// </summary>
public sealed class RenderMediaTests : IDisposable
{
    private readonly string _work = Directory.CreateTempSubdirectory("a11y-cli-media-").FullName;
    private readonly StringWriter _stdout = new();
    private readonly StringWriter _stderr = new();

    private string Out => Path.Combine(_work, "out");

    public void Dispose() => Directory.Delete(_work, recursive: true);

    private async Task<IDocument> Render(string name, string content)
    {
        var path = Path.Combine(_work, "in", name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await File.WriteAllTextAsync(path, content);
        var exitCode = await CliApplication.RunAsync(["render", path, "--out", Out], _stdout, _stderr);
        Assert.True(exitCode == 0, _stderr.ToString());
        var html = await File.ReadAllTextAsync(Path.Combine(Out, Path.ChangeExtension(name, ".html")));
        A11yAssert.NoViolations(html);
        return new HtmlParser().ParseDocument(html);
    }

    [Fact]
    public async Task A_markdown_article_with_a_described_chart_a_captioned_video_and_an_embed()
    {
        var page = await Render("story.md", """
            ---
            lang: en-GB
            ---
            # The footbridge opens

            The bridge opened on Tuesday with a ribbon held at wheelchair height.

            ![Bar chart of daily crossings, rising through the week](images/crossings.svg "Crossings in the first week")

            ::: description
            Crossings rose from 1,200 on Monday to 3,400 on Sunday.
            :::

            ::: video {src="media/opening.webm" title="Video: the ribbon is cut" poster="images/opening.jpg"}
            [English](media/opening.en.vtt){kind=captions srclang=en}

            Priya Raman cuts the ribbon. [Applause]
            :::

            ::: embed {src="https://maps.example.org/embed?route=7" title="Map: the footbridge and the streets around it" provider="Example Maps"}
            :::

            The panel will now look at the streets that lead to the bridge.
            """);

        var image = page.QuerySelector("figure img[src='images/crossings.svg']")!;
        var description = page.GetElementById(image.GetAttribute("aria-details")!)!;
        Assert.Contains("3,400 on Sunday", description.TextContent, StringComparison.Ordinal);

        var video = page.QuerySelector("video")!;
        Assert.Equal("media/opening.webm", video.GetAttribute("src"));
        Assert.False(video.HasAttribute("autoplay"));
        var track = video.QuerySelector("track")!;
        Assert.Equal(("captions", "media/opening.en.vtt", "en", "English"), (track.GetAttribute("kind"), track.GetAttribute("src"), track.GetAttribute("srclang"), track.GetAttribute("label")));
        Assert.Contains("[Applause]", page.GetElementById(video.GetAttribute("aria-describedby")!)!.TextContent, StringComparison.Ordinal);

        var frame = page.QuerySelector("iframe")!;
        Assert.Equal("Map: the footbridge and the streets around it", frame.GetAttribute("title"));
        Assert.Contains(page.QuerySelectorAll("a"), link => link.TextContent.Contains("Skip Example Maps content", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_html_page_with_an_autoplaying_video_a_pixel_and_an_untitled_frame()
    {
        var filler = string.Concat(Enumerable.Repeat("The council met on Tuesday evening in the old town hall to discuss the budget for the coming year. ", 3));
        var page = await Render("page.html", $$"""
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8"><title>The footbridge opens</title></head>
            <body><main><article>
              <h1>The footbridge opens</h1>
              <p>{{filler}}</p>
              <video autoplay muted loop src="media/opening.mp4" title="Video: the ribbon is cut" aria-describedby="t">
                <track kind="captions" src="media/opening.en.vtt" srclang="en" label="English">
              </video>
              <div id="t"><h2>Transcript</h2><p>Priya Raman cuts the ribbon. [Applause]</p></div>
              <iframe src="https://pixel.example.com/t" width="1" height="1"></iframe>
              <iframe src="https://player.example.net/embed/42" width="560" height="315"></iframe>
              <p>{{filler}}</p>
            </article></main></body></html>
            """);

        var video = Assert.Single(page.QuerySelectorAll("video"));
        Assert.False(video.HasAttribute("autoplay"));
        Assert.False(video.HasAttribute("loop"));
        Assert.NotNull(video.QuerySelector("track[kind=captions][srclang=en]"));
        Assert.Contains("[Applause]", page.GetElementById(video.GetAttribute("aria-describedby")!)!.TextContent, StringComparison.Ordinal);
        var frame = Assert.Single(page.QuerySelectorAll("iframe"));
        Assert.Equal(("https://player.example.net/embed/42", "player.example.net"), (frame.GetAttribute("src"), frame.GetAttribute("title")));
        Assert.Contains("embedded frame(s) have no title", _stderr.ToString(), StringComparison.Ordinal);
    }
}
