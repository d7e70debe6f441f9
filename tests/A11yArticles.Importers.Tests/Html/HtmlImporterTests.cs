using A11yArticles.Importers;
using A11yArticles.Importers.Html;
using A11yArticles.Model;

namespace A11yArticles.Importers.Tests.Html;

/// <summary>Pages written for these tests: a news page with chrome around the article, an Arabic page, hostile markup.</summary>
public sealed class HtmlImporterTests
{
    private const string Filler =
        "The council met on Tuesday evening in the old town hall to discuss the budget for the coming year. " +
        "Residents filled the room, and many of them stood at the back for the whole of the three-hour meeting. ";

    private static string NewsPage(string article, string lang = "en", string? dir = null) => $$"""
        <!DOCTYPE html>
        <html lang="{{lang}}"{{(dir is null ? "" : $" dir=\"{dir}\"")}}>
        <head>
          <meta charset="utf-8">
          <title>Council approves the library budget - Example News</title>
          <meta property="og:title" content="Council approves the library budget">
          <meta property="og:site_name" content="Example News">
          <meta name="author" content="Rosa Elvira Méndez">
          <meta property="article:published_time" content="2024-03-05T18:30:00+01:00">
          <style>body { color: red }</style>
          <script>window.tracking = true;</script>
        </head>
        <body>
          <header><nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav></header>
          <main>
            <article>
              {{article}}
            </article>
          </main>
          <aside class="sidebar"><h3>Most read</h3><ul><li><a href="/a">Other story</a></li></ul></aside>
          <footer><p>© Example News</p></footer>
        </body>
        </html>
        """;

    private static ImportResult Import(string html) => HtmlImporter.Parse(html, "page.html");

    private static IEnumerable<Inline> AllInlines(Article article) =>
        article.AllBlocks.SelectMany(block => ModelTraversal.InlinesOf(block)).SelectMany(ModelTraversal.DescendantsAndSelf);

    [Fact]
    public void Quotation_marks_in_the_text_become_quotations_with_speakers()
    {
        var article = Import(NewsPage($"""
            <p>{Filler}</p>
            <p>“We are <em>ready</em>,” said Rosa Elvira Méndez. The council agreed.</p>
            <p>“It took ten years,” she added, “but the library is open.”</p>
            <p>The <q>quiet room</q> has no phones, said the manager, and 5'10" shelves.</p>
            <p>{Filler}</p>
            """)).Article;

        var quotations = article.Quotations.ToList();
        Assert.Equal(["We are ready,", "It took ten years,", "but the library is open.", "quiet room"], quotations.Select(q => q.PlainText));
        Assert.Contains(quotations[0].Inlines, inline => inline is EmphasisInline);
        Assert.Equal(["Rosa Elvira Méndez", "Rosa Elvira Méndez", "Rosa Elvira Méndez"], quotations.Take(3).Select(q => q.Speaker));
        Assert.Contains("5'10\" shelves", article.Blocks.OfType<ParagraphBlock>().ElementAt(3).PlainText, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<ol start=\"4\"><li>Four</li><li>Five</li></ol>", 4)]
    [InlineData("<ol start=\"-2\"><li>Minus two</li></ol>", -2)]
    [InlineData("<ol start=\"1\"><li>One</li></ol>", null)]
    [InlineData("<ol start=\"four\"><li>One</li></ol>", null)]
    [InlineData("<ul start=\"4\"><li>A bullet</li></ul>", null)]
    public void A_numbered_list_keeps_its_start_number(string list, int? start)
    {
        var article = Import(NewsPage($"<p>{Filler}</p>{list}<p>{Filler}</p>")).Article;

        Assert.Equal(start, Assert.Single(article.Blocks.OfType<ListBlock>()).Start);
    }

    [Fact]
    public void Metadata_comes_from_the_page()
    {
        var article = Import(NewsPage($"<h1>Council approves the library budget</h1><p>{Filler}</p><p>{Filler}</p>")).Article;

        Assert.Equal("Council approves the library budget", article.Headline);
        Assert.Equal("Rosa Elvira Méndez", Assert.Single(article.Authors).Name);
        Assert.Equal("Example News", article.SiteName);
        Assert.Equal("en", article.Language);
        Assert.Equal(TextDirection.LeftToRight, article.Direction);
        Assert.NotNull(article.Published);
    }

    [Fact]
    public void The_title_is_the_only_level_one_heading()
    {
        var article = Import(NewsPage($"<h1>Council approves the library budget</h1><p>{Filler}</p><h1>Reactions</h1><p>{Filler}</p><h4>From the mayor</h4><p>{Filler}</p>")).Article;

        Assert.DoesNotContain(article.Blocks, block => block is HeadingBlock { PlainText: "Council approves the library budget" });
        Assert.Equal([(2, "Reactions"), (3, "From the mayor")], article.Blocks.OfType<HeadingBlock>().Select(h => (h.Level, h.PlainText)));
    }

    [Fact]
    public void Headings_at_the_same_depth_stay_siblings_after_a_skipped_level()
    {
        var article = Import(NewsPage($"<p>{Filler}</p><h2>Reactions</h2><p>{Filler}</p><h4>From the mayor</h4><p>{Filler}</p><h4>From the library</h4><p>{Filler}</p><h2>What comes next</h2><h3>In May</h3><p>{Filler}</p>")).Article;

        Assert.Equal(
            [(2, "Reactions"), (3, "From the mayor"), (3, "From the library"), (2, "What comes next"), (3, "In May")],
            article.Blocks.OfType<HeadingBlock>().Select(h => (h.Level, h.PlainText)));
    }

    [Fact]
    public void Quotations_lists_and_figures_are_mapped()
    {
        var article = Import(NewsPage($"""
            <p>{Filler}</p>
            <p>The mayor called it <q cite="https://example.org/speech">a good day for readers</q> and left.</p>
            <figure><blockquote cite="https://example.org/q"><p>Books are for everyone.</p><p>So is this room.</p></blockquote><figcaption>— Rosa Elvira Méndez</figcaption></figure>
            <ul><li>More books</li><li>Longer hours</li></ul>
            <figure><img src="https://example.org/room.jpg" alt="The new reading room"><figcaption>The room opens in May.</figcaption></figure>
            <p>{Filler}</p>
            """)).Article;

        var q = Assert.Single(article.Quotations);
        Assert.Equal("a good day for readers", q.PlainText);
        Assert.Equal("https://example.org/speech", q.CiteUrl);
        var quote = Assert.Single(article.Blocks.OfType<QuoteBlock>());
        Assert.Equal(2, quote.Blocks.Length);
        Assert.Equal("Rosa Elvira Méndez", quote.Speaker);
        Assert.Equal("https://example.org/q", quote.CiteUrl);
        Assert.Equal(2, Assert.Single(article.Blocks.OfType<ListBlock>()).Items.Length);
        Assert.Null(Assert.Single(article.Blocks.OfType<ListBlock>()).Start);
        var figure = Assert.Single(article.Blocks.OfType<FigureBlock>());
        Assert.Equal("The new reading room", figure.Image.Alt);
        Assert.Equal("The room opens in May.", Inline.PlainTextOf(figure.Caption));
    }

    [Fact]
    public void Inline_language_emphasis_links_and_abbreviations_are_kept()
    {
        var article = Import(NewsPage($"<p>{Filler}</p><p>She said <span lang=\"es\">hasta luego</span>, <em>twice</em>, to the <abbr title=\"United Nations\">UN</abbr> and <a href=\"https://example.org/un\">its staff</a>; <span lang=\"ar\">مرحبا</span>.</p><p>{Filler}</p>")).Article;

        var inlines = AllInlines(article).ToList();
        Assert.Contains(inlines, i => i is ForeignInline { Language: "es", Direction: null });
        Assert.Contains(inlines, i => i is ForeignInline { Language: "ar", Direction: TextDirection.RightToLeft });
        Assert.Contains(inlines, i => i is EmphasisInline);
        Assert.Contains(inlines, i => i is AbbreviationInline { Text: "UN", Expansion: "United Nations" });
        Assert.Contains(inlines, i => i is LinkInline { Url: "https://example.org/un" });
    }

    [Theory]
    [InlineData("budget/2024.pdf", "budget/2024.pdf")]
    [InlineData("./budget/2024.pdf", "budget/2024.pdf")]
    [InlineData("/budget/2024.pdf", "/budget/2024.pdf")]
    [InlineData("../budget/2024.pdf", "../budget/2024.pdf")]
    [InlineData("../../budget/2024.pdf", "../../budget/2024.pdf")]
    [InlineData("/", "/")]
    [InlineData("?page=2", "?page=2")]
    [InlineData("//example.org/budget", "https://example.org/budget")]
    [InlineData("https://example.org/budget?year=2024#table", "https://example.org/budget?year=2024#table")]
    public void Link_and_image_addresses_keep_where_they_point_from_the_page(string written, string kept)
    {
        var article = Import(NewsPage($"<p>{Filler}</p><p>Read <a href=\"{written}\">the budget</a> in full.</p><figure><img src=\"{written}\" alt=\"The budget's first page\"><figcaption>The first page.</figcaption></figure><p>{Filler}</p>")).Article;

        Assert.Contains(AllInlines(article), i => i is LinkInline { Url: var url } && url == kept);
        Assert.Contains(article.AllBlocks.OfType<FigureBlock>(), figure => figure.Image.Source == kept);
    }

    [Fact]
    public void Nothing_executable_survives()
    {
        var result = Import(NewsPage($$"""
            <p onclick="steal()">{{Filler}}</p>
            <p>Read <a href="javascript:alert(1)">this</a> and <a href="https://example.org" onmouseover="x()">that</a>.</p>
            <script>alert("in article")</script><style>p { display: none }</style>
            <iframe src="https://evil.example/"></iframe>
            <form action="/steal"><input name="card"><button>Pay</button></form>
            <p>{{Filler}}<img src="x.png" alt="chart" onerror="alert(1)"></p>
            """));

        var text = string.Join("\n", result.Article.AllBlocks.Select(block => Inline.PlainTextOf(ModelTraversal.InlinesOf(block))));
        Assert.DoesNotContain("alert", text, StringComparison.Ordinal);
        Assert.DoesNotContain("steal", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Pay", text, StringComparison.Ordinal);
        Assert.DoesNotContain("display", text, StringComparison.Ordinal);
        var links = AllInlines(result.Article).OfType<LinkInline>().ToList();
        Assert.All(links, link => Assert.StartsWith("https://", link.Url, StringComparison.Ordinal));
        Assert.Contains("Read this and that.", text, StringComparison.Ordinal);
    }

    [Fact]
    public void What_custom_elements_hold_is_kept_and_custom_elements_named_as_furniture_go()
    {
        var result = Import(NewsPage($$"""
            <story-body>
              <p>{{Filler}}</p>
              <p>One study found that fasting was linked to overeating (<source-note kind="journal"><a href="https://example.org/study">2</a></source-note>).</p>
              <share-bar><a href="https://example.org/share">Share this story</a> <a href="https://example.org/mail">Email it</a></share-bar>
              <p>{{Filler}}<story-aside><script>alert("inside")</script></story-aside></p>
            </story-body>
            """));

        var paragraphs = result.Article.Blocks.OfType<ParagraphBlock>().Select(p => p.PlainText).ToList();
        Assert.Contains("One study found that fasting was linked to overeating (2).", paragraphs);
        Assert.Contains(AllInlines(result.Article), i => i is LinkInline { Url: "https://example.org/study" });
        Assert.Equal(3, paragraphs.Count);
        var text = string.Join("\n", paragraphs);
        Assert.DoesNotContain("Share this story", text, StringComparison.Ordinal);
        Assert.DoesNotContain("alert", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Custom_elements_keep_their_language_their_place_in_a_sentence_and_their_lines()
    {
        var result = Import(NewsPage($$"""
            <p>{{Filler}}</p>
            <p>He said <foreign-phrase lang="fr" @click="speak()" :title="t">je ne sais quoi</foreign-phrase> twice.</p>
            <p>The council (<tag-link><a href="https://example.org/tags/budget">budget</a></tag-link>) approved it.</p>
            <card-title>Budget passes after a long night</card-title><card-text>{{Filler}}</card-text>
            """));

        var paragraphs = result.Article.Blocks.OfType<ParagraphBlock>().Select(p => p.PlainText).ToList();
        Assert.Contains(AllInlines(result.Article), i => i is ForeignInline { Language: "fr" } foreign && Inline.PlainTextOf(foreign.Inlines) == "je ne sais quoi");
        Assert.Contains("The council (budget) approved it.", paragraphs);
        Assert.Contains("Budget passes after a long night", paragraphs);
    }

    [Theory]
    [InlineData("<x-a @click=\"go()\" :b=\"2\" v-on:c=\"3\" #d x-y=\"z\">{0}</x-a>")]
    [InlineData("<outer-box><inner-box><p>{0}</p><deep-box>{0}</deep-box></inner-box></outer-box>")]
    [InlineData("<p>{0} <odd-one><table><tr><td>{0}</td></tr></table></odd-one> {0}</p>")]
    [InlineData("<form-wrap><form><input value=\"{0}\"></form><p>{0}</p></form-wrap>")]
    [InlineData("<blockquote class=\"twitter-tweet\"><p><br><br><br></p><p>{0}<br><br></p><p><span><br><br></span>{0}</p></blockquote><p>{0}</p>")]
    [InlineData("<font-face>{0}</font-face><annotation-xml>{0}</annotation-xml><p>{0}</p>")]
    public void Odd_custom_elements_and_posts_import_without_error(string markup)
    {
        var result = Import(NewsPage(string.Format(System.Globalization.CultureInfo.InvariantCulture, markup, Filler)));

        Assert.Contains(result.Article.AllBlocks, block => Inline.PlainTextOf(ModelTraversal.InlinesOf(block)).Contains("old town hall", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("div")]
    [InlineData("section")]
    [InlineData("blockquote")]
    [InlineData("ul")]
    public void A_passage_in_another_language_keeps_it_on_every_block_it_holds(string container)
    {
        var (open, close) = container == "ul" ? ("<li>", "</li>") : ("<p>", "</p>");
        var article = Import(NewsPage($"""
            <p>{Filler}</p>
            <{container} lang="fr">{open}La bibliothèque ouvrira ses portes au printemps, a dit la maire.{close}{open}Les enfants auront leur propre salle.{close}</{container}>
            <p>{Filler}</p>
            """)).Article;

        var french = article.AllBlocks
            .Where(block => Inline.PlainTextOf(ModelTraversal.InlinesOf(block)) is var text && (text.Contains("bibliothèque", StringComparison.Ordinal) || text.Contains("enfants", StringComparison.Ordinal)))
            .Where(block => block is not QuoteBlock and not ListBlock)
            .ToList();
        Assert.Equal(2, french.Count);
        Assert.All(french, block => Assert.Contains(ModelTraversal.InlinesOf(block), inline => inline is ForeignInline { Language: "fr" }));
    }

    [Fact]
    public void A_cell_in_another_language_keeps_it_on_the_blocks_it_holds_and_the_page_language_is_not_repeated()
    {
        var article = Import(NewsPage($"""
            <div lang="en-GB">
              <p>{Filler}</p>
              <table><tr><th>Town</th><th>Motto</th></tr>
                <tr><td>Lyon</td><td lang="fr"><ul><li>Avant, avant, Lion le melhor</li><li>Toujours plus loin</li></ul></td></tr>
                <tr><td>Leipzig</td><td lang="de">Leipziger Allerlei</td></tr></table>
              <p>{Filler}</p>
            </div>
            """, lang: "en")).Article;

        var inlines = AllInlines(article).ToList();
        Assert.Equal(2, inlines.OfType<ForeignInline>().Count(foreign => foreign.Language == "fr"));
        Assert.Single(inlines.OfType<ForeignInline>(), foreign => foreign.Language == "de");
        Assert.DoesNotContain(inlines, inline => inline is ForeignInline { Language: "en-GB" });
    }

    [Fact]
    public void A_paragraph_of_invisible_characters_is_no_paragraph()
    {
        var article = Import(NewsPage($"""
            <p>{Filler}</p>
            <p>&#x200B;</p>
            <p><em>&#xFEFF; &#x200D;</em></p>
            <p>&nbsp;&#x200E;&shy;</p>
            <p>Zero&#x200B;width spaces inside words stay.</p>
            <p>{Filler}</p>
            """)).Article;

        Assert.Equal(
            [Filler.Trim(), "Zero\u200Bwidth spaces inside words stay.", Filler.Trim()],
            article.Blocks.OfType<ParagraphBlock>().Select(p => p.PlainText));
    }

    [Fact]
    public void Markup_in_text_stays_text()
    {
        var article = Import(NewsPage($"<p>{Filler}</p><p>The code &lt;script&gt;alert(1)&lt;/script&gt; was printed.</p>")).Article;

        Assert.Contains(article.Blocks.OfType<ParagraphBlock>(), p => p.PlainText.Contains("<script>alert(1)</script>", StringComparison.Ordinal));
    }

    [Fact]
    public void An_image_without_alt_is_a_warning_and_an_empty_alt_is_decorative()
    {
        var result = Import(NewsPage($"<p>{Filler}</p><figure><img src=\"https://example.org/a.jpg\"><figcaption>A</figcaption></figure><p>{Filler}</p><figure><img src=\"https://example.org/line.png\" alt=\"\"></figure><p>{Filler}</p>"));

        var figures = result.Article.Blocks.OfType<FigureBlock>().ToList();
        Assert.Null(figures[0].Image.Alt);
        Assert.False(figures[0].Image.IsDecorative);
        Assert.True(figures[1].Image.IsDecorative);
        Assert.Contains(result.Warnings, w => w.Message.Contains("no alt", StringComparison.Ordinal) && w.SourceName == "page.html");
    }

    [Fact]
    public void An_arabic_page_is_right_to_left()
    {
        const string paragraph = "افتتحت أمانة عمّان الكبرى يوم الثلاثاء مكتبة عامة جديدة في وسط المدينة، تضم أكثر من عشرين ألف كتاب باللغتين العربية والإنجليزية. ";
        var html = $"""
            <!DOCTYPE html><html><head><meta charset="utf-8"><title>افتتاح مكتبة عامة جديدة في عمّان</title></head>
            <body><article><h1>افتتاح مكتبة عامة جديدة في عمّان</h1><p>{paragraph}{paragraph}</p><p>وقالت ليلى حداد: <q>أردنا مكاناً مفتوحاً للجميع</q>. {paragraph}</p></article></body></html>
            """;

        var article = Import(html).Article;

        Assert.Equal("افتتاح مكتبة عامة جديدة في عمّان", article.Headline);
        Assert.Equal("ar", article.Language);
        Assert.Equal(TextDirection.RightToLeft, article.Direction);
        Assert.Single(article.Quotations);
    }

    [Theory]
    [InlineData("xx")]
    [InlineData("english")]
    [InlineData("x-klingon")]
    public void An_invalid_page_language_is_a_warning_and_the_language_is_detected(string lang)
    {
        var result = Import(NewsPage($"<p>{Filler}</p><p>{Filler}</p>", lang: lang));

        Assert.Equal("en", result.Article.Language);
        Assert.Contains(
            $"the page's language '{lang}' is not a BCP 47 language tag with a registered language; the article's language was detected from its text instead (en)",
            result.Warnings.Select(warning => warning.Message));
    }

    [Fact]
    public void A_page_language_with_an_underscore_is_repaired_silently()
    {
        var result = Import(NewsPage($"<p>{Filler}</p>", lang: "en_GB"));

        Assert.Equal("en-GB", result.Article.Language);
        Assert.DoesNotContain(result.Warnings, warning => warning.Message.Contains("language", StringComparison.Ordinal));
    }

    [Fact]
    public void Inline_words_with_an_invalid_language_are_kept_with_a_warning()
    {
        var result = Import(NewsPage($"<p>{Filler}</p><p>She said <span lang=\"xx\">hasta luego</span> and <i lang=\"xx\">ciao</i> and <span lang=\"es\">adiós</span>.</p><p>{Filler}</p>"));

        Assert.Equal(["es"], AllInlines(result.Article).OfType<ForeignInline>().Select(foreign => foreign.Language));
        Assert.Contains(result.Article.Blocks.OfType<ParagraphBlock>(), paragraph => paragraph.PlainText == "She said hasta luego and ciao and adiós.");
        Assert.Contains(
            "2 element(s) have a lang that is not a BCP 47 language tag with a registered language ('xx'); their words are kept in the language around them",
            result.Warnings.Select(warning => warning.Message));
    }

    [Fact]
    public void Declared_direction_and_language_win()
    {
        var article = Import(NewsPage($"<p>{Filler}</p>", lang: "he", dir: "rtl")).Article;

        Assert.Equal("he", article.Language);
        Assert.Equal(TextDirection.RightToLeft, article.Direction);
    }

    [Fact]
    public void A_page_in_another_encoding_is_decoded_as_it_declares()
    {
        var html = NewsPage($"<p>{Filler} Café, señor, garçon.</p>").Replace("<meta charset=\"utf-8\">", "<meta charset=\"windows-1252\">", StringComparison.Ordinal);
        System.Text.Encoding.RegisterProvider(System.Text.CodePagesEncodingProvider.Instance);
        var bytes = System.Text.Encoding.GetEncoding(1252).GetBytes(html);

        var result = HtmlImporter.Import(bytes, "latin.html");

        Assert.Contains(result.Article.Blocks.OfType<ParagraphBlock>(), p => p.PlainText.Contains("Café, señor, garçon.", StringComparison.Ordinal));
        Assert.Empty(result.Warnings);
    }
}

/// <summary>SmartReader can download pages and images; the importer makes sure it never reaches the network.</summary>
public sealed class HtmlImporterOfflineTests
{
    [Fact]
    public void Every_request_smartreader_would_make_is_refused()
    {
        // Importing once installs the refusing handler.
        HtmlImporter.Parse("<html><head><title>T</title></head><body><article><p>Words enough to make an article of this page.</p></article></body></html>", "offline.html");

        var article = SmartReader.Reader.ParseArticle("https://example.org/story");

        Assert.False(article.IsReadable);
        Assert.Contains(article.Errors, error => error.ToString().Contains("imports offline", StringComparison.Ordinal));
    }
}
