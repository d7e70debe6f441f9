using A11yArticles.Components;
using System.Collections.Immutable;
using A11yArticles.Model;
using Bunit;

namespace A11yArticles.Components.Tests.ArticleBodies;


/// <summary>Every block and inline of the model renders to its semantic HTML inside <c>ArticleView</c>.</summary>
public sealed class ArticleBodyRenderingTests : BunitContext
{
    private static ImmutableArray<Inline> Text(string text) => [new TextInline(text)];

    private static ParagraphBlock Paragraph(params Inline[] inlines) => new([.. inlines]);

    private IRenderedComponent<ArticleView> RenderBody(params Block[] blocks) => RenderArticle(new Article("Headline", [.. blocks]));

    private IRenderedComponent<ArticleView> RenderArticle(Article article) =>
        Render<ArticleView>(p => p.Add(x => x.Article, article).Add(x => x.Options, new ArticleOptions { IdPrefix = "a-" }));

    [Fact]
    public void Headings_keep_their_level_below_the_headline()
    {
        var cut = RenderBody(new HeadingBlock(2, Text("Section")), new HeadingBlock(3, Text("Sub")), new HeadingBlock(1, Text("Clamped")));

        Assert.Equal(["H1", "H2", "H3", "H2"], cut.FindAll("h1, .a11y-heading").Select(h => h.TagName));
    }

    [Fact]
    public void A_stand_alone_quotation_with_a_speaker_is_a_figure_with_the_speaker_in_the_caption()
    {
        var cut = RenderBody(new QuoteBlock([Paragraph(new TextInline("First.")), Paragraph(new TextInline("Second."))]) { Speaker = "Kamala Harris" });

        cut.Find("figure").MarkupMatches(
            "<figure class=\"a11y-quote\"><blockquote><p>First.</p><p>Second.</p></blockquote>" +
            "<figcaption class=\"a11y-quote__caption\">— <cite class=\"a11y-quote__speaker\"><bdi>Kamala Harris</bdi></cite></figcaption></figure>");
    }

    [Fact]
    public void A_quotation_without_speaker_is_a_plain_blockquote()
    {
        var cut = RenderBody(new QuoteBlock([Paragraph(new TextInline("Words."))]) { CiteUrl = "https://example.org/speech" });

        Assert.Empty(cut.FindAll("figure"));
        Assert.Equal("https://example.org/speech", cut.Find("blockquote").GetAttribute("cite"));
    }

    [Fact]
    public void A_pull_quote_that_repeats_the_body_is_hidden_from_assistive_technology()
    {
        var cut = RenderBody(
            Paragraph(new TextInline("She said the plan, in her words, was bold and fair.")),
            new PullQuoteBlock(Text("The plan was bold")),
            new PullQuoteBlock(Text("the plan, in her words, was bold")));

        var hidden = cut.Find("div.a11y-pull-quote");
        Assert.Equal("true", hidden.GetAttribute("aria-hidden"));
        Assert.Equal("the plan, in her words, was bold", hidden.TextContent);
        var exposed = cut.Find("aside.a11y-pull-quote");
        Assert.Equal("Pull quote", exposed.GetAttribute("aria-label"));
        Assert.Equal("The plan was bold", exposed.TextContent);
    }

    [Fact]
    public void Lists_render_tight_items_without_paragraphs()
    {
        var cut = RenderBody(
            new Model.ListBlock(Ordered: true, [new ListItem([Paragraph(new TextInline("One"))]), new ListItem([Paragraph(new TextInline("Two")), Paragraph(new TextInline("More"))])]));

        cut.Find("ol").MarkupMatches("<ol><li>One</li><li><p>Two</p><p>More</p></li></ol>");
    }

    [Fact]
    public void Figures_keep_alt_text_caption_and_credit()
    {
        var cut = RenderBody(new FigureBlock(new Image("photo.jpg", "Two presidents shake hands")) { Caption = Text("At the palace."), Credit = "Photo: Agency" });

        cut.Find("figure").MarkupMatches(
            "<figure class=\"a11y-figure\"><img src=\"photo.jpg\" alt=\"Two presidents shake hands\" loading=\"lazy\"><figcaption>At the palace. <span class=\"a11y-figure__credit\">Photo: Agency</span></figcaption></figure>");
    }

    [Fact]
    public void Only_an_image_marked_decorative_gets_an_empty_alt()
    {
        var cut = RenderBody(new FigureBlock(new Image("a.jpg", null)), new FigureBlock(new Image("b.jpg", null) { IsDecorative = true }));

        var images = cut.FindAll("img");
        Assert.False(images[0].HasAttribute("alt"));
        Assert.Equal("", images[1].GetAttribute("alt"));
    }

    [Fact]
    public void Inline_elements_render_semantically()
    {
        var cut = RenderBody(Paragraph(
            new EmphasisInline(EmphasisKind.Emphasis, Text("em")),
            new EmphasisInline(EmphasisKind.Strong, Text("strong")),
            new LinkInline("https://example.org/", Text("link")),
            new ForeignInline("es", Text("hola")),
            new ForeignInline("ar", Text("مرحبا")) { Direction = TextDirection.RightToLeft },
            new AbbreviationInline("AMLO", "Andrés Manuel López Obrador"),
            new CodeInline("x < y"),
            new LineBreakInline()));

        cut.Find(".a11y-article__body > p").MarkupMatches(
            "<p><em>em</em><strong>strong</strong><a href=\"https://example.org/\">link</a><span lang=\"es\">hola</span>" +
            "<bdi lang=\"ar\" dir=\"rtl\">مرحبا</bdi>Andrés Manuel López Obrador (<abbr title=\"Andrés Manuel López Obrador\">AMLO</abbr>)<code>x &lt; y</code><br></p>");
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData(" JavaScript:alert(1)")]
    [InlineData("data:text/html,<script>alert(1)</script>")]
    [InlineData("vbscript:msgbox")]
    public void Unsafe_link_addresses_keep_their_words_but_lose_the_link(string url)
    {
        var cut = RenderBody(Paragraph(new LinkInline(url, Text("click"))));

        Assert.Empty(cut.FindAll("a"));
        Assert.Equal("click", cut.Find(".a11y-article__body > p").TextContent);
    }

    [Fact]
    public void Footnote_references_and_notes_link_to_each_other()
    {
        var article = new Article("Headline", [Paragraph(new TextInline("Claim"), new FootnoteReferenceInline("src"))])
        {
            Footnotes = [new Footnote("src", [Paragraph(new TextInline("The source."))])],
        };

        var cut = RenderArticle(article);

        var reference = cut.Find("sup a");
        Assert.Equal("[1]", reference.TextContent);
        Assert.Equal("#a-fn-src", reference.GetAttribute("href"));
        var note = cut.Find("#a-fn-src");
        Assert.Contains("The source.", note.TextContent, StringComparison.Ordinal);
        var back = note.QuerySelector("a")!;
        Assert.Equal("#" + reference.Id, back.GetAttribute("href"));
        Assert.Equal("Back to reference 1", back.QuerySelector(".visually-hidden")!.TextContent);
        Assert.Equal("true", back.QuerySelector("span")!.GetAttribute("aria-hidden"));
        Assert.Equal("Footnotes", cut.Find("section.a11y-footnotes h2").TextContent);
    }

    [Fact]
    public void A_thematic_break_is_an_hr()
    {
        Assert.NotNull(RenderBody(Paragraph(new TextInline("a")), new ThematicBreakBlock(), Paragraph(new TextInline("b"))).Find("hr"));
    }
}
