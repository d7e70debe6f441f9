using A11yArticles.Importers;
using A11yArticles.Importers.PlainText;
using A11yArticles.Model;

namespace A11yArticles.Importers.Tests.PlainText;

/// <summary>The newspaper convention: every paragraph of a long quotation opens with a mark, only the last closes.</summary>
public sealed class MultiParagraphQuotationTests
{
    private static ImportResult Parse(string text) => PlainTextImporter.ParseWithWarnings(text, "multi.txt");

    [Fact]
    public void Paragraphs_that_open_but_do_not_close_are_one_quote_block()
    {
        var result = Parse("""
            Headline

            Rosa Elvira Méndez spoke first.

            “We came here with nothing. We built this town with our hands.

            “Nobody gave us anything, and nobody will take it away.

            “That is all I have to say,” said Rosa Elvira Méndez.

            The meeting ended.
            """);

        var blocks = result.Article.Blocks;
        var quote = Assert.IsType<QuoteBlock>(blocks[1]);
        Assert.Equal(3, quote.Blocks.Length);
        Assert.Equal("We came here with nothing. We built this town with our hands.", ((ParagraphBlock)quote.Blocks[0]).PlainText);
        Assert.Equal("That is all I have to say,", ((ParagraphBlock)quote.Blocks[2]).PlainText);
        Assert.Equal("Rosa Elvira Méndez", quote.Speaker);
        Assert.Equal("said Rosa Elvira Méndez.", ((ParagraphBlock)blocks[2]).PlainText);
        Assert.Equal("The meeting ended.", ((ParagraphBlock)blocks[3]).PlainText);
        Assert.Empty(result.Warnings);
    }

    [Fact]
    public void Words_before_the_quotation_stay_a_paragraph_and_name_the_speaker()
    {
        var result = Parse("""
            Titre

            Marie Dupont a déclaré : « Nous resterons ici.

            « Nous ne partirons pas. »

            Fin.
            """);

        Assert.Equal("Marie Dupont a déclaré :", ((ParagraphBlock)result.Article.Blocks[0]).PlainText);
        var quote = Assert.IsType<QuoteBlock>(result.Article.Blocks[1]);
        Assert.Equal(["Nous resterons ici.", "Nous ne partirons pas."], quote.Blocks.Cast<ParagraphBlock>().Select(p => p.PlainText));
        Assert.Equal("Marie Dupont", quote.Speaker);
    }

    [Fact]
    public void A_german_quotation_over_two_paragraphs_is_one_block()
    {
        var result = Parse("Überschrift\n\n„Wir bleiben hier.\n\n„Das ist sicher“, sagte Angela Berg.");

        var quote = Assert.IsType<QuoteBlock>(result.Article.Blocks[0]);
        Assert.Equal(2, quote.Blocks.Length);
        Assert.Equal("Angela Berg", quote.Speaker);
    }

    [Fact]
    public void A_long_quotation_never_closed_is_ended_and_reported()
    {
        var result = Parse("Headline\n\n“First part.\n\n“Second part.\n\nNarration again.");

        var quote = Assert.IsType<QuoteBlock>(result.Article.Blocks[0]);
        Assert.Equal(2, quote.Blocks.Length);
        Assert.Equal("Narration again.", ((ParagraphBlock)result.Article.Blocks[1]).PlainText);
        var warning = Assert.Single(result.Warnings);
        Assert.Contains("never closed", warning.Message, StringComparison.Ordinal);
        Assert.StartsWith("multi.txt: ", warning.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void An_unclosed_quotation_swallows_nothing_after_its_paragraph()
    {
        var result = Parse("Headline\n\nShe said “this never ends.\n\nThe next paragraph is narration.");

        var first = Assert.IsType<ParagraphBlock>(result.Article.Blocks[0]);
        Assert.Equal("this never ends.", first.Inlines.OfType<QuotationInline>().Single().PlainText);
        var second = Assert.IsType<ParagraphBlock>(result.Article.Blocks[1]);
        Assert.Empty(second.Inlines.OfType<QuotationInline>());
        var warning = Assert.Single(result.Warnings);
        Assert.Contains("paragraph 1", warning.Message, StringComparison.Ordinal);
        Assert.Contains("never closed", warning.Message, StringComparison.Ordinal);
    }
}
