using A11yArticles.Components;
using A11yArticles.Rendering;
using A11yArticles.TestSupport;
using Bunit;

namespace A11yArticles.Components.Tests.Localization;


/// <summary>UI strings in five languages, chosen by the article's language, overridable by the host.</summary>
public sealed class ArticleStringsTests : BunitContext
{
    [Theory]
    [InlineData("en", "Skip to main content")]
    [InlineData("en-US", "Skip to main content")]
    [InlineData("es-MX", "Saltar al contenido principal")]
    [InlineData("fr", "Aller au contenu principal")]
    [InlineData("de-AT", "Zum Hauptinhalt springen")]
    [InlineData("ar", "انتقل إلى المحتوى الرئيسي")]
    [InlineData("pt", "Skip to main content")]
    [InlineData("", "Skip to main content")]
    public void Strings_are_chosen_by_the_primary_language(string language, string skipLink) =>
        Assert.Equal(skipLink, ArticleStrings.For(language).SkipToContent);

    [Fact]
    public void Every_language_translates_every_string()
    {
        var english = ArticleStrings.English;
        var properties = typeof(ArticleStrings).GetProperties().Where(p => p.PropertyType == typeof(string) && p.Name is not nameof(ArticleStrings.Language) and not nameof(ArticleStrings.DateCulture) and not nameof(ArticleStrings.DateFormat));
        foreach (var language in new[] { "es", "fr", "de", "ar" })
        {
            var strings = ArticleStrings.For(language);
            Assert.Equal(language, strings.Language);
            foreach (var property in properties)
            {
                var value = (string)property.GetValue(strings)!;
                Assert.False(string.IsNullOrWhiteSpace(value), $"{language}.{property.Name} is empty");
                Assert.NotEqual((string)property.GetValue(english)!, value);
                Assert.Equal(((string)property.GetValue(english)!).Contains("{0}", StringComparison.Ordinal), value.Contains("{0}", StringComparison.Ordinal));
            }
        }
    }

    [Theory]
    [InlineData("en", "4 May 2026")]
    [InlineData("es", "4 de mayo de 2026")]
    [InlineData("fr", "4 mai 2026")]
    [InlineData("de", "4. Mai 2026")]
    [InlineData("ar", "4 مايو 2026")]
    public void Dates_are_written_in_the_language_with_the_gregorian_calendar(string language, string expected) =>
        Assert.Equal(expected, ArticleStrings.For(language).FormatDate(new DateTimeOffset(2026, 5, 4, 12, 0, 0, TimeSpan.Zero)));

    [Theory]
    [InlineData("biblioteca-nocturna-sevilla.txt", "es", "Por ", "Publicado ", "Temas")]
    [InlineData("fete-des-jardins-lyon.txt", "fr", "Par ", "Publié le ", "Thèmes")]
    [InlineData("radweg-am-fluss-leipzig.txt", "de", "Von ", "Veröffentlicht ", "Themen")]
    [InlineData("maktaba-mutanaqqila-amman.txt", "ar", "بقلم ", "نُشر في ", "الموضوعات")]
    public async Task Each_seed_renders_with_the_strings_of_its_language(string seed, string language, string by, string published, string tags)
    {
        var article = Importers.ArticleImporter.ImportFile(Seeds.PathOf(seed));

        var document = Checks.HtmlChecker.Parse(await ArticleRenderer.RenderPageAsync(article));

        Assert.Equal(language, document.DocumentElement.GetAttribute("lang"));
        Assert.Equal(language == "ar" ? "rtl" : "ltr", document.DocumentElement.GetAttribute("dir"));
        Assert.StartsWith(by, document.QuerySelector(".a11y-article__byline")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(published, document.QuerySelector(".a11y-article__published .visually-hidden")!.TextContent);
        Assert.Equal(tags, document.QuerySelector(".a11y-tags__label")!.TextContent);
        Assert.Equal(ArticleStrings.For(language).SkipToContent, document.QuerySelector(".a11y-skip-link")!.TextContent);
    }

    [Fact]
    public void The_host_overrides_single_strings()
    {
        var strings = ArticleStrings.For("de") with { Footnotes = "Anmerkungen", TableOfContents = "Inhalt" };

        var cut = Render<ArticleView>(p => p.Add(x => x.Article, RichArticle.Create()).Add(x => x.Options, new ArticleOptions { Strings = strings }));

        Assert.Equal("Inhalt", cut.Find(".a11y-toc__title").TextContent);
        Assert.Equal("Anmerkungen", cut.Find(".a11y-footnotes h2").TextContent);
        Assert.Equal("Zurück zum Verweis 2", cut.FindAll(".a11y-footnotes__back .visually-hidden")[^1].TextContent);
    }
}
