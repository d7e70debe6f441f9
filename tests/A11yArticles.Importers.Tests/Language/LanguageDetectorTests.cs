using A11yArticles.Importers.Language;
using A11yArticles.Importers.PlainText;
using A11yArticles.Model;

namespace A11yArticles.Importers.Tests.Language;

public sealed class LanguageDetectorTests
{
    [Theory]
    [InlineData("La presidenta dijo que el gobierno va a trabajar con los estados para que la economía de la región sea más fuerte.", "es")]
    [InlineData("Le ministre a dit que le gouvernement est prêt à travailler avec les régions pour que la situation ne se dégrade pas.", "fr")]
    [InlineData("Die Ministerin sagte, dass die Regierung mit den Ländern arbeiten wird, damit die Wirtschaft auch im Winter stark ist.", "de")]
    [InlineData("قالت الوزيرة إن الحكومة ستعمل مع المحافظات من أجل اقتصاد أقوى في المنطقة.", "ar")]
    [InlineData("首相は火曜日、政府が地方と協力して経済を強くすると述べた。", "ja")]
    [InlineData("总理周二表示，政府将与各省合作，使该地区的经济更加强劲。", "zh")]
    public void A_clearly_non_english_text_is_detected(string text, string language)
    {
        Assert.Equal(language, LanguageDetector.Detect(text)?.Language);
    }

    [Theory]
    [InlineData("The minister said that the government will work with the states so that the economy of the region is stronger.")]
    [InlineData("Short text.")]
    [InlineData("Café, fiesta, rendezvous, Kindergarten, déjà vu.")]
    [InlineData("")]
    public void English_or_unclear_text_is_not_given_another_language(string text)
    {
        Assert.Null(LanguageDetector.Detect(text));
    }

    [Theory]
    [InlineData("ar", TextDirection.RightToLeft)]
    [InlineData("he-IL", TextDirection.RightToLeft)]
    [InlineData("fa", TextDirection.RightToLeft)]
    [InlineData("ur", TextDirection.RightToLeft)]
    [InlineData("es-MX", TextDirection.LeftToRight)]
    [InlineData("ja", TextDirection.LeftToRight)]
    public void Direction_follows_the_script_of_the_language(string language, TextDirection direction)
    {
        Assert.Equal(direction, LanguageDetector.DirectionOf(language));
    }

    [Fact]
    public void An_arabic_article_is_right_to_left_without_front_matter()
    {
        var article = PlainTextImporter.Parse("عنوان المقال\n\nقالت الوزيرة إن الحكومة ستعمل مع المحافظات.", "ar.txt");

        Assert.Equal("ar", article.Language);
        Assert.Equal(TextDirection.RightToLeft, article.Direction);
    }

    [Fact]
    public void Front_matter_language_wins_and_gives_its_direction()
    {
        var article = PlainTextImporter.Parse("---\nlang: he\n---\nכותרת\n\nטקסט קצר.", "he.txt");

        Assert.Equal("he", article.Language);
        Assert.Equal(TextDirection.RightToLeft, article.Direction);
    }

    [Fact]
    public void Front_matter_direction_wins_over_the_language()
    {
        var article = PlainTextImporter.Parse("---\nlang: ar\ndir: ltr\n---\nعنوان\n\nنص.", "ar.txt");

        Assert.Equal(TextDirection.LeftToRight, article.Direction);
    }
}
