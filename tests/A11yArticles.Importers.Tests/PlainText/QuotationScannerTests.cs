using A11yArticles.Importers.PlainText;
using A11yArticles.Model;

namespace A11yArticles.Importers.Tests.PlainText;

public sealed class QuotationScannerTests
{
    [Theory]
    [InlineData("He said “yes” twice.", "yes")]
    [InlineData("He said \"yes\" twice.", "yes")]
    [InlineData("“Yes,” he said.", "Yes,")]
    [InlineData("(\"Yes\") he said.", "Yes")]
    public void Double_quotation_marks_make_a_quotation(string text, string quoted)
    {
        var inlines = QuotationScanner.Scan(text);

        var quotation = Assert.Single(inlines.OfType<QuotationInline>());
        Assert.Equal(quoted, quotation.PlainText);
        Assert.Equal(text.Replace("“", "").Replace("”", "").Replace("\"", ""), Inline.PlainTextOf(inlines));
    }

    [Theory]
    [InlineData("The US’s border and what’s next.")]
    [InlineData("It's the people's choice.")]
    [InlineData("He is 5'10\" tall.")]
    [InlineData("A 12\" pizza, a 14\" pizza.")]
    [InlineData("No quotation marks at all.")]
    public void Apostrophes_and_inch_marks_are_not_quotations(string text)
    {
        var inlines = QuotationScanner.Scan(text);

        Assert.Empty(inlines.OfType<QuotationInline>());
        Assert.Equal(text, Inline.PlainTextOf(inlines));
    }

    [Fact]
    public void Nested_quotations_nest()
    {
        var inlines = QuotationScanner.Scan("She said “he told me “no” twice” today.");

        var outer = Assert.Single(inlines.OfType<QuotationInline>());
        var inner = Assert.Single(outer.Inlines.OfType<QuotationInline>());
        Assert.Equal("he told me no twice", outer.PlainText);
        Assert.Equal("no", inner.PlainText);
    }

    [Fact]
    public void Several_quotations_in_one_paragraph_are_found_in_order()
    {
        var inlines = QuotationScanner.Scan("“One,” she said, “two.” Then \"three\".");

        Assert.Equal(["One,", "two.", "three"], inlines.OfType<QuotationInline>().Select(q => q.PlainText));
    }

    [Theory]
    [InlineData("A stray closing mark” is text.")]
    [InlineData("An empty “” pair is text.")]
    public void Unbalanced_or_empty_marks_stay_as_text_and_swallow_nothing(string text)
    {
        var inlines = QuotationScanner.Scan(text);

        Assert.Empty(inlines.OfType<QuotationInline>());
        Assert.Equal(text, Inline.PlainTextOf(inlines));
    }

    [Fact]
    public void An_unclosed_quotation_inside_a_closed_one_keeps_its_mark()
    {
        var inlines = QuotationScanner.Scan("“Outer \"inner never closes” end.");

        var outer = Assert.Single(inlines.OfType<QuotationInline>());
        Assert.Equal("Outer \"inner never closes", outer.PlainText);
    }

    [Fact]
    public void Markup_in_the_text_is_kept_as_text()
    {
        var inlines = QuotationScanner.Scan("“<script>alert(1)</script>” he wrote.");

        Assert.Equal("<script>alert(1)</script>", Assert.Single(inlines.OfType<QuotationInline>()).PlainText);
    }
}
