using A11yArticles.Importers;
using A11yArticles.Importers.Markdown;
using A11yArticles.Model;

namespace A11yArticles.Importers.Tests.Markdown;

public sealed class MarkdownImporterTests
{
    private static ImportResult Parse(string markdown) => MarkdownImporter.Parse(markdown, "story.md");

    private static IEnumerable<Inline> AllInlines(Article article) =>
        article.AllBlocks.SelectMany(block => ModelTraversal.InlinesOf(block)).SelectMany(ModelTraversal.DescendantsAndSelf);

    [Fact]
    public void Front_matter_headline_headings_and_paragraphs()
    {
        var article = Parse("""
            ---
            lang: es
            byline: Rosa Elvira Méndez
            published: 2024-03-01
            ---
            # La biblioteca nueva

            Primer párrafo con *énfasis* y **fuerza**.

            ## Horario

            Abre todos los días.

            # Otra sección de primer nivel
            """).Article;

        Assert.Equal("La biblioteca nueva", article.Headline);
        Assert.Equal("es", article.Language);
        Assert.Equal("Rosa Elvira Méndez", Assert.Single(article.Authors).Name);
        Assert.Equal([2, 2], article.Blocks.OfType<HeadingBlock>().Select(h => h.Level));
        var first = Assert.IsType<ParagraphBlock>(article.Blocks[0]);
        Assert.Equal("Primer párrafo con énfasis y fuerza.", first.PlainText);
        Assert.Contains(first.Inlines, i => i is EmphasisInline { Kind: EmphasisKind.Emphasis });
        Assert.Contains(first.Inlines, i => i is EmphasisInline { Kind: EmphasisKind.Strong });
    }

    [Fact]
    public void Heading_levels_never_skip()
    {
        var article = Parse("# Title\n\n#### Deep heading\n\nText.").Article;

        Assert.Equal(2, Assert.Single(article.Blocks.OfType<HeadingBlock>()).Level);
    }

    [Fact]
    public void Headings_at_the_same_depth_stay_siblings_after_a_skipped_level()
    {
        var article = Parse(string.Join("\n\n", "# Title", "## Part one", "#### First detail", "Text.", "#### Second detail", "Text.", "## Part two", "### Detail", "Text.")).Article;

        Assert.Equal([2, 3, 3, 2, 3], article.Blocks.OfType<HeadingBlock>().Select(h => h.Level));
    }

    [Fact]
    public void Links_keep_safe_addresses_only()
    {
        var result = Parse("# T\n\nSee [the report](https://example.org/r \"Report\") and [this](javascript:alert(1)) and <https://example.org>.");

        var links = AllInlines(result.Article).OfType<LinkInline>().ToList();
        Assert.Equal(["https://example.org/r", "https://example.org"], links.Select(l => l.Url));
        Assert.Equal("Report", links[0].Title);
        Assert.Contains("See the report and this and https://example.org.", ((ParagraphBlock)result.Article.Blocks[0]).PlainText, StringComparison.Ordinal);
        Assert.Contains(result.Warnings, w => w.Message.Contains("javascript:", StringComparison.Ordinal));
    }

    [Fact]
    public void Lists_ordered_and_not()
    {
        var article = Parse("# T\n\n- one\n- two\n\n1. first\n2. second\n").Article;

        var lists = article.Blocks.OfType<ListBlock>().ToList();
        Assert.False(lists[0].Ordered);
        Assert.True(lists[1].Ordered);
        Assert.Equal(2, lists[1].Items.Length);
        Assert.Null(lists[0].Start);
        Assert.Null(lists[1].Start);
    }

    [Fact]
    public void A_numbered_list_keeps_the_number_it_starts_at()
    {
        var article = Parse("# T\n\n1. first\n2. second\n\nA paragraph between.\n\n3. third\n4. fourth\n").Article;

        Assert.Equal([null, 3], article.Blocks.OfType<ListBlock>().Select(list => list.Start));
    }

    [Fact]
    public void An_image_alone_is_a_figure_with_its_title_as_caption()
    {
        var result = Parse("# T\n\n![A reading room full of people](room.jpg \"The new reading room\")\n");

        var figure = Assert.IsType<FigureBlock>(Assert.Single(result.Article.Blocks));
        Assert.Equal("room.jpg", figure.Image.Source);
        Assert.Equal("A reading room full of people", figure.Image.Alt);
        Assert.False(figure.Image.IsDecorative);
        Assert.Equal("The new reading room", Inline.PlainTextOf(figure.Caption));
        Assert.Empty(result.Warnings);
    }

    [Fact]
    public void An_image_without_alt_is_a_warning_and_not_decorative()
    {
        var result = Parse("# T\n\n![](chart.png)\n");

        var figure = Assert.IsType<FigureBlock>(Assert.Single(result.Article.Blocks));
        Assert.Null(figure.Image.Alt);
        Assert.False(figure.Image.IsDecorative);
        var warning = Assert.Single(result.Warnings);
        Assert.Contains("chart.png", warning.Message, StringComparison.Ordinal);
        Assert.Contains("no alt text", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Only_the_author_marks_an_image_decorative()
    {
        var result = Parse("# T\n\n![](flourish.svg){.decorative}\n");

        var figure = Assert.IsType<FigureBlock>(Assert.Single(result.Article.Blocks));
        Assert.True(figure.Image.IsDecorative);
        Assert.Equal("", figure.Image.Alt);
        Assert.Empty(result.Warnings);
    }

    [Fact]
    public void A_markdig_figure_has_its_caption()
    {
        var result = Parse("# T\n\n^^^\n![Protesters in the square](square.jpg)\n^^^ Protesters gathered on Tuesday.\n");

        var figure = Assert.IsType<FigureBlock>(Assert.Single(result.Article.Blocks));
        Assert.Equal("Protesters in the square", figure.Image.Alt);
        Assert.Equal("Protesters gathered on Tuesday.", Inline.PlainTextOf(figure.Caption));
    }

    [Theory]
    [InlineData("> We will stay.\n>\n> — Rosa Elvira Méndez\n")]
    [InlineData("> We will stay.\n> — Rosa Elvira Méndez\n")]
    [InlineData("> We will stay.\n>\n> -- Rosa Elvira Méndez\n")]
    public void A_block_quote_attribution_line_is_its_speaker(string quote)
    {
        var article = Parse("# T\n\n" + quote).Article;

        var block = Assert.IsType<QuoteBlock>(Assert.Single(article.Blocks));
        Assert.Equal("Rosa Elvira Méndez", block.Speaker);
        Assert.Equal("We will stay.", ((ParagraphBlock)Assert.Single(block.Blocks)).PlainText);
    }

    [Fact]
    public void A_block_quote_of_several_paragraphs_is_one_quote()
    {
        var article = Parse("# T\n\n> One.\n>\n> Two.\n").Article;

        Assert.Equal(2, Assert.IsType<QuoteBlock>(Assert.Single(article.Blocks)).Blocks.Length);
    }

    [Fact]
    public void Footnotes_are_referenced_and_kept()
    {
        var article = Parse("# T\n\nA claim.[^1]\n\n[^1]: The source of the claim.\n").Article;

        var reference = Assert.Single(AllInlines(article).OfType<FootnoteReferenceInline>());
        var footnote = Assert.Single(article.Footnotes);
        Assert.Equal(footnote.Label, reference.Label);
        Assert.Equal("The source of the claim.", ((ParagraphBlock)Assert.Single(footnote.Blocks)).PlainText);
    }

    [Fact]
    public void Abbreviations_are_expanded()
    {
        var article = Parse("# T\n\nAMLO met Harris.\n\n*[AMLO]: Andrés Manuel López Obrador\n").Article;

        var abbreviation = Assert.Single(AllInlines(article).OfType<AbbreviationInline>());
        Assert.Equal("AMLO", abbreviation.Text);
        Assert.Equal("Andrés Manuel López Obrador", abbreviation.Expansion);
    }

    [Theory]
    [InlineData("She said [hasta luego]{lang=es} and left.", "es", "hasta luego")]
    [InlineData("She said *au revoir*{lang=fr} and left.", "fr", "au revoir")]
    [InlineData("She said *au revoir*{LANG=fr} and left.", "fr", "au revoir")]
    [InlineData("She said [مرحبا]{lang=ar} and left.", "ar", "مرحبا")]
    public void Generic_attributes_mark_words_in_another_language(string paragraph, string language, string words)
    {
        var article = Parse("# T\n\n" + paragraph).Article;

        var foreign = Assert.Single(AllInlines(article).OfType<ForeignInline>());
        Assert.Equal(language, foreign.Language);
        Assert.Equal(words, Inline.PlainTextOf(foreign.Inlines));
        Assert.Equal(language == "ar" ? TextDirection.RightToLeft : null, foreign.Direction);
        Assert.DoesNotContain("{", ((ParagraphBlock)article.Blocks[0]).PlainText, StringComparison.Ordinal);
    }

    [Fact]
    public void Several_language_spans_in_one_paragraph_are_each_marked()
    {
        var article = Parse("# T\n\nShe said [hasta luego]{lang=es}, he said [au revoir]{lang=fr} and they both said [tschüss]{lang=de}.").Article;

        var paragraph = Assert.IsType<ParagraphBlock>(Assert.Single(article.Blocks));
        Assert.Equal("She said hasta luego, he said au revoir and they both said tschüss.", paragraph.PlainText);
        Assert.Equal(
            [("es", "hasta luego"), ("fr", "au revoir"), ("de", "tschüss")],
            AllInlines(article).OfType<ForeignInline>().Select(f => (f.Language, Inline.PlainTextOf(f.Inlines))));
    }

    [Fact]
    public void A_language_span_keeps_the_markup_inside_it_and_its_direction()
    {
        var article = Parse("# T\n\nThe sign read [*Biblioteca* [pública](https://example.org/b)]{lang=es} and [שלום]{lang=he dir=ltr}.").Article;

        var spans = AllInlines(article).OfType<ForeignInline>().ToList();
        Assert.Equal(2, spans.Count);
        Assert.Equal("Biblioteca pública", Inline.PlainTextOf(spans[0].Inlines));
        Assert.Contains(spans[0].Inlines, inline => inline is EmphasisInline);
        Assert.Equal("https://example.org/b", Assert.Single(spans[0].Inlines.OfType<LinkInline>()).Url);
        Assert.Equal(TextDirection.LeftToRight, spans[1].Direction);
    }

    /// <summary>Front matter mistakes are errors in Markdown as in plain text: an invalid language never reaches the page.</summary>
    [Fact]
    public void An_invalid_language_in_the_front_matter_is_an_error()
    {
        var error = Assert.Throws<ArticleImportException>(() => Parse("---\nlang: xx\n---\n# T\n\nText."));

        Assert.Equal("story.md: front matter 'lang: xx' is not a BCP 47 language tag with a registered language (for example en, es-MX, ar, zh-Hant)", error.Message);
    }

    [Theory]
    [InlineData("She said [hasta luego]{lang=xx} and left.", "{lang=xx} (line 3)")]
    [InlineData("She said *au revoir*{lang=english} and left.", "{lang=english} (line 3)")]
    [InlineData("She said [au revoir]{lang=x-klingon} and left.", "{lang=x-klingon} (line 3)")]
    public void A_language_span_with_an_invalid_tag_is_a_warning_and_keeps_its_words(string paragraph, string reported)
    {
        var result = Parse("# T\n\n" + paragraph);

        Assert.Empty(AllInlines(result.Article).OfType<ForeignInline>());
        Assert.Matches("^She said (hasta luego|au revoir) and left\\.$", ((ParagraphBlock)Assert.Single(result.Article.Blocks)).PlainText);
        var warning = Assert.Single(result.Warnings);
        Assert.Equal($"{reported} is not a BCP 47 language tag with a registered language; its words are kept in the language around them", warning.Message);
    }

    [Fact]
    public void A_heading_with_an_invalid_language_is_a_warning()
    {
        var result = Parse("# T\n\n## Fin {lang=zz}\n\nText.");

        Assert.Empty(AllInlines(result.Article).OfType<ForeignInline>());
        Assert.Contains("{lang=zz} (line 3) is not a BCP 47 language tag", Assert.Single(result.Warnings).Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("See [the report](https://example.org/r){lang=es} now.", "the report")]
    [InlineData("A [bracket]{.note} that is not a language span.", null)]
    [InlineData("An image ![Mapa](map.png){lang=es} is not a span.", null)]
    public void Brackets_that_are_not_language_spans_keep_their_meaning(string paragraph, string? linkText)
    {
        var result = Parse("# T\n\n" + paragraph);

        Assert.DoesNotContain(AllInlines(result.Article), inline => inline is ForeignInline { Inlines: [TextInline { Text: "bracket" }] });
        if (linkText is not null)
        {
            var foreign = Assert.Single(AllInlines(result.Article).OfType<ForeignInline>());
            var link = Assert.IsType<LinkInline>(Assert.Single(foreign.Inlines));
            Assert.Equal(linkText, Inline.PlainTextOf(link.Inlines));
        }
    }

    [Fact]
    public void Quotation_marks_in_text_are_quotations_with_speakers()
    {
        var article = Parse("# T\n\n“We are ready,” said Rosa Elvira Méndez.").Article;

        var quotation = Assert.Single(article.Quotations);
        Assert.Equal("We are ready,", quotation.PlainText);
        Assert.Equal("Rosa Elvira Méndez", quotation.Speaker);
    }

    [Fact]
    public void Quotations_around_emphasis_links_and_language_spans_are_found()
    {
        var article = Parse("""
            # T

            “We are *ready*,” said Rosa Elvira Méndez, and [the council](https://example.org/c) agreed.

            Elle a dit « [ça va]{lang=fr} **très** bien » hier.

            She read *“a quote inside emphasis”* aloud.
            """).Article;

        var quotations = article.Quotations.ToList();
        Assert.Equal(3, quotations.Count);
        Assert.Equal("We are ready,", quotations[0].PlainText);
        Assert.Contains(quotations[0].Inlines, inline => inline is EmphasisInline);
        Assert.Equal("Rosa Elvira Méndez", quotations[0].Speaker);
        Assert.Contains(AllInlines(article), inline => inline is LinkInline { Url: "https://example.org/c" });
        Assert.Equal("ça va très bien", quotations[1].PlainText);
        Assert.Contains(quotations[1].Inlines, inline => inline is ForeignInline { Language: "fr" });
        Assert.Equal("a quote inside emphasis", quotations[2].PlainText);
        var emphasis = Assert.IsType<EmphasisInline>(((ParagraphBlock)article.Blocks[2]).Inlines[1]);
        Assert.IsType<QuotationInline>(Assert.Single(emphasis.Inlines));
    }

    [Fact]
    public void A_block_quote_marked_pull_quote_is_a_pull_quote_with_its_speaker()
    {
        var result = Parse("""
            # T

            The bridge opened on Monday.

            {.pull-quote}
            > A bridge that *everyone*
            > can cross
            > — Rosa Elvira Méndez

            > An ordinary block quote.
            """);

        var pull = Assert.Single(result.Article.Blocks.OfType<PullQuoteBlock>());
        Assert.Equal("A bridge that everyone can cross", pull.PlainText);
        Assert.Contains(pull.Inlines, inline => inline is EmphasisInline);
        Assert.Equal("Rosa Elvira Méndez", pull.Speaker);
        Assert.Equal("An ordinary block quote.", ((ParagraphBlock)Assert.Single(Assert.Single(result.Article.Blocks.OfType<QuoteBlock>()).Blocks)).PlainText);
        Assert.Empty(result.Warnings);
    }

    [Fact]
    public void A_pull_quote_holding_more_than_words_stays_a_block_quote_with_a_warning()
    {
        var result = Parse("# T\n\nText.\n\n{.pull-quote}\n> Words\n>\n> - a list item\n");

        Assert.Empty(result.Article.Blocks.OfType<PullQuoteBlock>());
        Assert.Single(result.Article.Blocks.OfType<QuoteBlock>());
        Assert.Contains(result.Warnings, warning => warning.Message.Contains("pull quote", StringComparison.Ordinal));
    }

    [Fact]
    public void Raw_html_is_never_markup()
    {
        var result = Parse("# T\n\nText with <script>alert(1)</script> and <b onclick=x>bold</b>.\n\n<div onclick=\"x()\">Block <em>words</em></div>\n");

        var text = string.Join("\n", result.Article.Blocks.OfType<ParagraphBlock>().Select(p => p.PlainText));
        Assert.DoesNotContain("<", text, StringComparison.Ordinal);
        Assert.Contains("Block words", text, StringComparison.Ordinal);
        Assert.Contains(result.Warnings, w => w.Message.Contains("raw HTML", StringComparison.Ordinal));
    }

    [Fact]
    public void An_arabic_markdown_article_is_right_to_left()
    {
        var article = Parse("# افتتاح مكتبة جديدة\n\nافتتحت المدينة مكتبة عامة جديدة يوم الثلاثاء في وسط البلد.").Article;

        Assert.Equal("ar", article.Language);
        Assert.Equal(TextDirection.RightToLeft, article.Direction);
    }

    [Theory]
    [InlineData("Just a paragraph.", "has no headline")]
    [InlineData("## Second level first", "has no headline")]
    [InlineData("# Headline only", "no paragraphs")]
    [InlineData("   \n  ", "only whitespace")]
    public void Markdown_without_an_article_is_a_clear_error(string markdown, string problem)
    {
        var error = Assert.Throws<ArticleImportException>(() => Parse(markdown));

        Assert.StartsWith("story.md: ", error.Message, StringComparison.Ordinal);
        Assert.Contains(problem, error.Message, StringComparison.Ordinal);
    }
}
