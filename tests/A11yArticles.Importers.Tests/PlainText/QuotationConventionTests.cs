using A11yArticles.Importers.PlainText;
using A11yArticles.Model;

namespace A11yArticles.Importers.Tests.PlainText;

/// <summary>Every common quotation convention, in the languages that use it.</summary>
public sealed class QuotationConventionTests
{
    [Theory]
    [InlineData("en", "She said “we are ready” and left.", "we are ready")]
    [InlineData("en", "She said \"we are ready\" and left.", "we are ready")]
    [InlineData("es", "La ministra dijo «estamos listos» y se fue.", "estamos listos")]
    [InlineData("es", "Según él, “la reunión fue buena” para todos.", "la reunión fue buena")]
    [InlineData("fr", "Elle a dit « nous sommes prêts » puis elle est partie.", "nous sommes prêts")]
    [InlineData("fr", "Elle a dit «\u00A0nous sommes prêts\u00A0» puis elle est partie.", "nous sommes prêts")]
    [InlineData("fr", "Elle a dit «\u202Fnous sommes prêts\u202F» puis elle est partie.", "nous sommes prêts")]
    [InlineData("de", "Sie sagte „wir sind bereit“ und ging.", "wir sind bereit")]
    [InlineData("de", "Sie sagte »wir sind bereit« und ging.", "wir sind bereit")]
    [InlineData("pl", "Powiedziała „jesteśmy gotowi” i wyszła.", "jesteśmy gotowi")]
    [InlineData("ar", "قالت الوزيرة «نحن مستعدون» ثم غادرت.", "نحن مستعدون")]
    [InlineData("ja", "彼女は「準備ができています」と言った。", "準備ができています")]
    [InlineData("zh", "她说：「我们准备好了」。", "我们准备好了")]
    [InlineData("zh", "她说：“我们准备好了”。", "我们准备好了")]
    public void Each_convention_makes_one_quotation_without_its_marks(string language, string text, string quoted)
    {
        var inlines = QuotationScanner.Scan(text);

        var quotation = Assert.Single(inlines.OfType<QuotationInline>());
        Assert.Equal(quoted, quotation.PlainText);
        Assert.False(string.IsNullOrEmpty(language));
    }

    [Theory]
    [InlineData("He said “she told me ‘no’ twice” today.", "she told me no twice", "no")]
    [InlineData("He said \"she told me 'no' twice\" today.", "she told me no twice", "no")]
    [InlineData("Er sagte „sie sagte ‚nein‘ zweimal“ heute.", "sie sagte nein zweimal", "nein")]
    [InlineData("Il a dit « elle a répondu ‹ non › deux fois » hier.", "elle a répondu non deux fois", "non")]
    [InlineData("彼は「彼女は『いいえ』と言った」と話した。", "彼女はいいえと言った", "いいえ")]
    [InlineData("Dijo «ella contestó “no” dos veces» ayer.", "ella contestó no dos veces", "no")]
    public void Nested_quotations_nest_in_every_convention(string text, string outerText, string innerText)
    {
        var outer = Assert.Single(QuotationScanner.Scan(text).OfType<QuotationInline>());
        var inner = Assert.Single(outer.Inlines.OfType<QuotationInline>());

        Assert.Equal(outerText, outer.PlainText);
        Assert.Equal(innerText, inner.PlainText);
    }

    [Theory]
    [InlineData("Rock ’n’ roll came back in the ’90s and the '80s.")]
    [InlineData("“It’s the people’s choice,” she said.")]
    [InlineData("“He is 5'10\" tall and the students' books are here,” she said.")]
    [InlineData("“We talked ’til dawn about ’em,” he said.")]
    [InlineData("L’homme d’État est arrivé aujourd’hui.")]
    public void Apostrophes_elisions_and_inch_marks_are_never_quotations(string text)
    {
        var inlines = QuotationScanner.Scan(text);

        Assert.DoesNotContain(inlines.SelectMany(ModelTraversal.DescendantsAndSelf).OfType<QuotationInline>(), q => q.PlainText.Length < 5);
        var expected = text.Replace("“", "").Replace("”", "");
        Assert.Equal(expected, Inline.PlainTextOf(inlines));
    }

    [Theory]
    [InlineData("“This quotation never closes.", "This quotation never closes.")]
    [InlineData("Dijo «esta cita no se cierra.", "esta cita no se cierra.")]
    [InlineData("Sie sagte „das endet nie.", "das endet nie.")]
    [InlineData("He said \"this never closes.", "this never closes.")]
    public void An_unclosed_quotation_ends_with_its_paragraph_and_is_reported(string text, string quoted)
    {
        var result = QuotationScanner.ScanParagraph(text);

        Assert.Equal(quoted, result.Inlines.OfType<QuotationInline>().Single().PlainText);
        Assert.Equal(1, result.UnclosedCount);
    }

    [Fact]
    public void An_unclosed_single_quotation_mark_is_an_apostrophe_not_a_quotation()
    {
        var result = QuotationScanner.ScanParagraph("“They call it ‘the rock,” he said.");

        var quotation = Assert.Single(result.Inlines.OfType<QuotationInline>());
        Assert.Equal("They call it ‘the rock,", quotation.PlainText);
        Assert.Equal(0, result.UnclosedCount);
    }

    [Fact]
    public void Absurdly_deep_nesting_stops_at_the_limit_and_loses_no_text()
    {
        var text = string.Concat(Enumerable.Repeat("“a ", 10_000)) + string.Concat(Enumerable.Repeat("” ", 10_000));

        var inlines = QuotationScanner.Scan(text);

        var depth = 0;
        for (var current = inlines.OfType<QuotationInline>().FirstOrDefault(); current is not null; current = current.Inlines.OfType<QuotationInline>().FirstOrDefault())
        {
            depth++;
        }

        Assert.InRange(depth, 1, QuotationScanner.MaxNesting);
        Assert.Equal(10_000, Inline.PlainTextOf(inlines).Count(c => c == 'a'));
    }
}
