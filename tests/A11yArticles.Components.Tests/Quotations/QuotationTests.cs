using A11yArticles.Components;
using A11yArticles.Model;
using A11yArticles.TestSupport;
using Bunit;

namespace A11yArticles.Components.Tests.Quotations;


/// <summary>Quotations: inline, stand-alone, pulled. Nothing read twice, nothing lost.</summary>
public sealed class QuotationTests : BunitContext
{
    [Fact]
    public void InlineQuote_is_a_q_with_cite_speaker_and_host_attributes()
    {
        var quotation = new QuotationInline([new TextInline("Yes")]) { Speaker = "Ana", CiteUrl = "https://example.org/" };

        var cut = Render<InlineQuote>(p => p.Add(x => x.Quotation, quotation).AddUnmatched("class", "host"));

        cut.MarkupMatches("<q cite=\"https://example.org/\" data-speaker=\"Ana\" class=\"host\">Yes</q>");
        var unsafeCite = Render<InlineQuote>(p => p.Add(x => x.Quotation, quotation with { CiteUrl = "javascript:x", Speaker = null }));
        unsafeCite.MarkupMatches("<q>Yes</q>");
    }

    [Fact]
    public void BlockQuote_keeps_several_paragraphs_in_one_quotation_and_names_the_speaker_once()
    {
        var quote = new QuoteBlock([new ParagraphBlock([new TextInline("One.")]), new ParagraphBlock([new TextInline("Two.")])]) { Speaker = "سلمى العلي" };

        var cut = Render<BlockQuote>(p => p.Add(x => x.Block, quote).AddUnmatched("class", "host"));

        Assert.Single(cut.FindAll("blockquote"));
        Assert.Equal(2, cut.FindAll("blockquote > p").Count);
        Assert.Equal("host", cut.Find("figure").ClassName);
        Assert.Equal("سلمى العلي", cut.Find("figcaption bdi").TextContent);
        Assert.Single(cut.FindAll("*"), e => e.TextContent == "سلمى العلي" && e.LocalName == "bdi");
    }

    [Fact]
    public void BlockQuote_caption_slot_makes_a_figure()
    {
        var quote = new QuoteBlock([new ParagraphBlock([new TextInline("Words.")])]);

        Render<BlockQuote>(p => p.Add(x => x.Block, quote)).MarkupMatches("<blockquote class=\"a11y-quote\"><p>Words.</p></blockquote>");
        var cut = Render<BlockQuote>(p => p.Add(x => x.Block, quote).Add(x => x.CaptionContent, "<span>Report, p. 4</span>"));
        cut.Find("figcaption").MarkupMatches("<figcaption class=\"a11y-quote__caption\"><span>Report, p. 4</span></figcaption>");
    }

    [Fact]
    public void A_pull_quote_of_body_words_is_decoration_and_one_of_new_words_is_a_labelled_aside()
    {
        var cut = Render<ArticleView>(p => p.Add(x => x.Article, RichArticle.Create()));

        var hidden = cut.Find("div.a11y-pull-quote");
        Assert.Equal("true", hidden.GetAttribute("aria-hidden"));
        Assert.Empty(hidden.QuerySelectorAll("a, q, [id]"));
        var aside = Assert.Single(cut.FindAll("aside.a11y-pull-quote"));
        Assert.Equal("Pull quote", aside.GetAttribute("aria-label"));
        Assert.Equal("— Town treasurer", aside.QuerySelector(".a11y-pull-quote__speaker")!.TextContent);
    }

    [Fact]
    public void Pull_quotes_that_are_content_have_distinct_names()
    {
        var article = new Article("H", [
            new ParagraphBlock([new TextInline("Body.")]),
            new PullQuoteBlock([new TextInline("First new words")]),
            new PullQuoteBlock([new TextInline("Second new words")]),
        ]);

        var cut = Render<ArticleView>(p => p.Add(x => x.Article, article));

        Assert.Equal(["Pull quote", "Pull quote 2"], cut.FindAll("aside").Select(a => a.GetAttribute("aria-label")));
    }

    [Fact]
    public void PullQuote_words_must_match_whole_words_and_the_host_can_decide()
    {
        var article = new Article("H", [new ParagraphBlock([new TextInline("A bridge that everyone can cross.")])]);

        Assert.False(PullQuote.Repeats(article, new PullQuoteBlock([new TextInline("bridge that every")])));
        Assert.True(PullQuote.Repeats(article, new PullQuoteBlock([new TextInline("Bridge, that everyone")])));
        var forced = Render<PullQuote>(p => p.Add(x => x.Block, new PullQuoteBlock([new TextInline("Anything")])).Add(x => x.IsDecoration, true));
        Assert.Equal("true", forced.Find("div").GetAttribute("aria-hidden"));
    }
}
