using System.Text;
using A11yArticles.Importers;
using A11yArticles.Importers.Html;
using A11yArticles.Importers.Markdown;
using A11yArticles.Model;

namespace A11yArticles.Importers.Tests.Robustness;

/// <summary>
/// Pages as the world writes them (written for these tests): Chinese text without spaces, a body or
/// wrapper that sets the direction against the html element, a long page of many sections, and a
/// French quotation continued over the paragraphs of a Markdown block quote.
/// </summary>
public sealed class WorldPagesTests
{
    private static ImportResult Import(string html) => HtmlImporter.Parse(html, "page.html");

    private static string Page(string body, string htmlAttributes = "lang=\"en\"", string bodyAttributes = "", string title = "Page") => $$"""
        <!DOCTYPE html>
        <html {{htmlAttributes}}>
        <head><meta charset="utf-8"><title>{{title}}</title></head>
        <body {{bodyAttributes}}>
          <header><nav><a href="/">Home</a> <a href="/news">News</a> <a href="/about">About</a></nav></header>
          {{body}}
          <footer><p><a href="/contact">Contact</a> <a href="/privacy">Privacy</a></p></footer>
        </body>
        </html>
        """;

    // Short Chinese sentences, as a news story writes them: no spaces between words, full-width punctuation.
    private static readonly string[] ChineseParagraphs =
    [
        "市图书馆新馆今天正式开放，市民早上就在门口排队。",
        "新馆共有五层，藏书超过三十万册，还设有儿童阅览室。",
        "馆长表示，新馆每天开放十二个小时，周末也不休息。",
        "许多家长带着孩子前来参观，孩子们在阅览室里安静地看书。",
        "一位退休教师说，他每周都会来这里读报纸和杂志。",
        "市政府计划明年在东区再建一座分馆，方便更多居民。",
    ];

    [Fact]
    public void A_chinese_page_is_an_article_measured_in_characters()
    {
        var paragraphs = string.Concat(ChineseParagraphs.Select(text => $"<p>{text}</p>"));
        var result = Import(Page($"<main><article><h1>市图书馆新馆开放</h1>{paragraphs}</article></main>", "lang=\"zh-CN\"", title: "市图书馆新馆开放"));

        var text = string.Join("", result.Article.Blocks.OfType<ParagraphBlock>().Select(paragraph => paragraph.PlainText));
        Assert.Equal("zh-CN", result.Article.Language);
        Assert.All(ChineseParagraphs, sentence => Assert.Contains(sentence, text, StringComparison.Ordinal));
    }

    // Even shorter lines, as a page of brief news items writes them: each under 25 characters, the
    // length below which Readability-style scoring ignores a paragraph.
    private static readonly string[] ShortChineseParagraphs =
    [
        "新馆今天开放。",
        "市民一早排队入馆。",
        "馆内藏书三十万册。",
        "儿童阅览室很受欢迎。",
        "每天开放十二小时。",
        "周末照常开放。",
        "明年将建东区分馆。",
    ];

    [Theory]
    [InlineData("<main><article><h1>新馆开放</h1>{0}</article></main>", "<p>{0}</p>")]
    [InlineData("<div id=\"content\">{0}</div>", "<p>{0}</p>")]
    [InlineData("<div class=\"text\">{0}</div>", "{0}<br>")]
    [InlineData("<table><tr><td>{0}</td></tr></table>", "<div>{0}</div>")]
    public void A_chinese_page_of_short_lines_is_an_article(string layout, string line)
    {
        var lines = string.Concat(ShortChineseParagraphs.Select(text => string.Format(System.Globalization.CultureInfo.InvariantCulture, line, text)));
        var result = Import(Page(string.Format(System.Globalization.CultureInfo.InvariantCulture, layout, lines), "lang=\"zh-CN\"", title: "新馆开放"));

        var text = string.Join("", ModelTraversal.Descendants(result.Article.Blocks).OfType<ParagraphBlock>().Select(paragraph => paragraph.PlainText));
        Assert.All(ShortChineseParagraphs, sentence => Assert.Contains(sentence, text, StringComparison.Ordinal));
    }

    [Fact]
    public void A_short_chinese_page_without_a_main_element_is_still_an_article()
    {
        var paragraphs = string.Concat(ChineseParagraphs.Take(3).Select(text => $"<p>{text}</p>"));
        var result = Import(Page($"<div class=\"content\">{paragraphs}</div>", "", title: "图书馆开放"));

        Assert.Equal("zh", result.Article.Language.Split('-')[0]);
        Assert.Contains(ChineseParagraphs[2], string.Join("", result.Article.Blocks.OfType<ParagraphBlock>().Select(paragraph => paragraph.PlainText)), StringComparison.Ordinal);
    }

    private const string Hebrew =
        "הספרייה העירונית החדשה נפתחה היום לקהל הרחב, ותושבים רבים הגיעו כבר בשעות הבוקר המוקדמות. " +
        "בספרייה חמש קומות, יותר משלוש מאות אלף ספרים וחדר קריאה מיוחד לילדים. ";

    [Fact]
    public void The_direction_comes_from_the_body_that_holds_the_article_not_only_from_html()
    {
        var result = Import(Page($"<main><article><p>{Hebrew}</p><p>{Hebrew}</p></article></main>", "lang=\"he\" dir=\"ltr\"", "dir=\"rtl\""));

        Assert.Equal(TextDirection.RightToLeft, result.Article.Direction);
    }

    [Fact]
    public void The_direction_comes_from_a_wrapper_that_holds_the_article()
    {
        var result = Import(Page($"<div dir=\"rtl\" class=\"wrapper\"><article><p>{Hebrew}</p><p>{Hebrew}</p></article></div>", "lang=\"he\" dir=\"ltr\""));

        Assert.Equal(TextDirection.RightToLeft, result.Article.Direction);
    }

    [Fact]
    public void The_html_direction_still_counts_when_nothing_nearer_says_otherwise()
    {
        var result = Import(Page($"<main><article><p>{Hebrew}</p><p>{Hebrew}</p></article></main>", "lang=\"he\" dir=\"rtl\""));

        Assert.Equal(TextDirection.RightToLeft, result.Article.Direction);
    }

    private static string Section(int number, string kind) => kind switch
    {
        "figure" => $"""
            <section class="chapter-{number}"><h2>Part {number}: the reading rooms</h2>
            <p>Part {number} opens on the ground floor, where the council placed the newspapers and the long tables that residents asked for at every meeting.</p>
            <figure><img src="/room-{number}.jpg" alt="Reading room {number}"><figcaption>Reading room {number} before the opening.</figcaption></figure>
            <p>Section {number} ends with the architects, who said the light from the tall windows was the part they were proudest of in the whole building.</p></section>
            """,
        "list" => $"""
            <section class="box-{number}"><h2>Part {number}: what the library lends</h2>
            <p>Part {number} lists what anyone with a card may borrow, which the librarians said surprised many of the first visitors on the opening day.</p>
            <ul><li>Books and magazines, for four weeks at a time.</li><li>Tools for the garden and the kitchen, for one week.</li><li>Musical instruments, after a short lesson.</li></ul></section>
            """,
        _ => $"""
            <section id="s{number}"><h2>Part {number}: the people who use it</h2>
            <p>Part {number} follows a family who came every day of the first week, from the children who found the comics to the grandmother who came for the newspapers.</p>
            <p>Section {number} closes with the volunteers, who said that the best moment was hearing the children laugh in the reading room on the first morning.</p></section>
            """,
    };

    [Fact]
    public void A_long_page_of_many_sections_keeps_every_section()
    {
        var kinds = new[] { "text", "figure", "list" };
        var sections = string.Concat(Enumerable.Range(1, 18).Select(number => Section(number, kinds[number % 3])));
        var html = Page($"""
            <main><article><h1>The new library, part by part</h1>
            <div class="ad"><p><a href="/ad">Advertisement</a></p></div>
            {sections}
            </article><aside><h2>Most read</h2><ul><li><a href="/1">Other story one</a></li><li><a href="/2">Other story two</a></li></ul></aside></main>
            """, title: "The new library, part by part");

        var article = Import(html).Article;

        var headings = article.Blocks.OfType<HeadingBlock>().Select(heading => heading.PlainText).ToList();
        var text = string.Join("\n", ModelTraversal.Descendants(article.Blocks).SelectMany(block => block switch
        {
            ParagraphBlock paragraph => [paragraph.PlainText],
            _ => Array.Empty<string>(),
        }));
        foreach (var number in Enumerable.Range(1, 18))
        {
            Assert.Contains(headings, heading => heading.StartsWith($"Part {number}:", StringComparison.Ordinal));
            Assert.Contains($"Part {number} ", text, StringComparison.Ordinal);
        }

        Assert.Equal(6, article.AllBlocks.OfType<FigureBlock>().Count());
        Assert.Equal(6, article.AllBlocks.OfType<ListBlock>().Count());
    }

    [Fact]
    public void A_quotation_continued_over_the_paragraphs_of_a_markdown_block_quote_is_one_quotation()
    {
        var markdown = """
            # La bibliothèque ouvre ses portes

            La maire a pris la parole devant les habitants.

            > « Nous avons attendu dix ans cette bibliothèque,
            >
            > » et nous l’avons construite avec vous, quartier par quartier,
            >
            > » pour que chaque enfant y trouve un livre. »
            >
            > — Marie Dupont

            Les habitants ont applaudi.
            """;

        var result = MarkdownImporter.Parse(markdown, "story.md");

        var quote = Assert.Single(result.Article.Blocks.OfType<QuoteBlock>());
        Assert.Equal("Marie Dupont", quote.Speaker);
        var paragraphs = quote.Blocks.Cast<ParagraphBlock>().Select(paragraph => paragraph.PlainText).ToList();
        Assert.Equal(
            ["Nous avons attendu dix ans cette bibliothèque,", "et nous l’avons construite avec vous, quartier par quartier,", "pour que chaque enfant y trouve un livre."],
            paragraphs);
        Assert.DoesNotContain(quote.Blocks.SelectMany(block => ModelTraversal.InlinesOf(block)), inline => inline is QuotationInline);
        Assert.Empty(result.Warnings);
    }

    [Fact]
    public void A_block_quote_whose_paragraphs_do_not_all_continue_the_quotation_keeps_its_marks()
    {
        var markdown = """
            # La bibliothèque ouvre ses portes

            > « Nous avons attendu dix ans », a dit la maire.
            >
            > Puis elle a remercié les habitants.
            """;

        var quote = Assert.Single(MarkdownImporter.Parse(markdown, "story.md").Article.Blocks.OfType<QuoteBlock>());

        var first = Assert.IsType<ParagraphBlock>(quote.Blocks[0]);
        Assert.Contains(first.Inlines, inline => inline is QuotationInline { PlainText: "Nous avons attendu dix ans" });
    }

    /// <summary>
    /// A page may hold the noncharacter U+FFFF (three valid UTF-8 bytes); AngleSharp's tokenizer took
    /// it for the end of the input, and the article lost every paragraph after it.
    /// </summary>
    [Fact]
    public void The_noncharacter_U_FFFF_does_not_cut_the_article()
    {
        var paragraphs = string.Concat(Enumerable.Range(1, 6).Select(index => $"<p>Paragraph {index} of the story about the library, which opened on Tuesday to long queues of readers.</p>"));
        var result = Import(Page($"<main><article><h1>Library opens</h1><p>A stray \uFFFF mark.</p>{paragraphs}</article></main>"));

        var text = string.Join("\n", result.Article.Blocks.OfType<ParagraphBlock>().Select(paragraph => paragraph.PlainText));
        Assert.Contains("A stray \uFFFD mark.", text, StringComparison.Ordinal);
        Assert.Contains("Paragraph 6 of the story", text, StringComparison.Ordinal);
    }
}
