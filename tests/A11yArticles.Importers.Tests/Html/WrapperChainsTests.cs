using A11yArticles.Importers.Html;
using A11yArticles.Model;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace A11yArticles.Importers.Tests.Html;

/// <summary>
/// Long chains of plain wrappers are shortened before extraction (issue 15: a 1 MB page of 250-deep
/// div chains took 15 times a normal page to import); everything a reader sees or hears stays.
/// </summary>
public sealed class WrapperChainsTests
{
    private static IElement Body(string html) => new HtmlParser().ParseDocument($"<!DOCTYPE html><html><body>{html}</body></html>").Body!;

    private static string Chain(string open, string close, int depth, string inside) =>
        string.Concat(Enumerable.Repeat(open, depth)) + inside + string.Concat(Enumerable.Repeat(close, depth));

    private static int Depth(IElement element)
    {
        var depth = 0;
        for (var current = element; current.ParentElement is { } parent && parent.LocalName != "body"; current = parent)
        {
            depth++;
        }

        return depth;
    }

    [Fact]
    public void A_long_chain_keeps_its_outer_and_inner_halves_and_its_content()
    {
        var body = Body(Chain("<div class=\"level\">", "</div>", 200, "<p id=\"words\">Deep <a href=\"/x\">words</a>.</p>"));

        Assert.Equal(200 - WrapperChains.KeptLevels, WrapperChains.Collapse(body));

        var paragraph = body.QuerySelector("#words")!;
        Assert.Equal(WrapperChains.KeptLevels, Depth(paragraph));
        Assert.Equal("Deep words.", paragraph.TextContent);
        Assert.NotNull(paragraph.QuerySelector("a[href='/x']"));
    }

    [Fact]
    public void Chains_of_spans_are_shortened_too()
    {
        var body = Body("<p>" + Chain("<span>", "</span>", 100, "<b id=\"inner\">bold</b>") + "</p>");

        WrapperChains.Collapse(body);

        Assert.Equal(WrapperChains.KeptLevels + 1, Depth(body.QuerySelector("#inner")!)); // the paragraph, then the kept spans
        Assert.Equal("bold", body.TextContent);
    }

    [Fact]
    public void A_chain_as_long_as_the_limit_is_left_alone()
    {
        var html = Chain("<div>", "</div>", WrapperChains.KeptLevels, "<p>Words.</p>");
        var body = Body(html);

        Assert.Equal(0, WrapperChains.Collapse(body));
        Assert.Equal(Body(html).InnerHtml, body.InnerHtml);
    }

    [Theory]
    [InlineData("<div lang=\"fr\">")] // the language a screen reader speaks in
    [InlineData("<div dir=\"rtl\">")]
    [InlineData("<div role=\"region\" aria-label=\"Box\">")]
    [InlineData("<section>")] // a landmark, not a plain wrapper
    public void A_meaningful_level_ends_the_chain_and_stays(string meaningful)
    {
        var body = Body(Chain("<div>", "</div>", 12, meaningful + Chain("<div>", "</div>", 12, "<p id=\"words\">Words.</p>") + "</" + meaningful[1..meaningful.IndexOfAny([' ', '>'])] + ">"));

        Assert.Equal(0, WrapperChains.Collapse(body));
        Assert.Equal(25, Depth(body.QuerySelector("#words")!));
    }

    [Fact]
    public void A_wrapper_with_text_or_two_children_is_not_part_of_a_chain()
    {
        var withText = Body(Chain("<div>", "</div>", 30, "").Replace("<div><div>", "<div>text<div>", StringComparison.Ordinal));
        var withSiblings = Body(Chain("<div>", "</div>", 30, "").Replace("<div><div>", "<div><br><div>", StringComparison.Ordinal));

        Assert.Equal(0, WrapperChains.Collapse(withText));
        Assert.Equal(0, WrapperChains.Collapse(withSiblings));
    }

    [Fact]
    public void An_import_of_a_page_of_deep_chains_keeps_every_paragraph()
    {
        const string Sentence = "The council opened the new library on Tuesday, and readers queued from early morning to see the reading rooms.";
        var chains = string.Concat(Enumerable.Range(0, 20).Select(index => Chain("<div>", "</div>", 240, $"<p>{Sentence} Part {index}.</p>")));
        var page = $"<!DOCTYPE html><html lang=\"en\"><head><title>Deep page</title></head><body><main><article><h1>Deep page</h1>{chains}</article></main></body></html>";

        var article = HtmlImporter.Parse(page, "deep.html").Article;

        var paragraphs = article.AllBlocks.OfType<ParagraphBlock>().Select(paragraph => string.Concat(paragraph.Inlines.OfType<TextInline>().Select(text => text.Text))).ToList();
        Assert.Equal(20, paragraphs.Count);
        Assert.All(Enumerable.Range(0, 20), index => Assert.Contains(paragraphs, text => text.EndsWith($"Part {index}.", StringComparison.Ordinal)));
    }
}
