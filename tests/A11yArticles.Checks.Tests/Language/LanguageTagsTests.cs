using A11yArticles.Checks.Language;

namespace A11yArticles.Checks.Tests.Language;

public sealed class LanguageTagsTests
{
    [Theory]
    [InlineData("en")]
    [InlineData("EN-us")]
    [InlineData("es-419")]
    [InlineData("zh-Hant-TW")]
    [InlineData("sr-Latn")]
    [InlineData("de-CH-1996")]
    [InlineData("ase")]
    [InlineData("qaa")]
    [InlineData("en-x-private")]
    [InlineData("x-klingon")]
    public void Accepts_valid_tags(string tag) => Assert.True(LanguageTags.IsValid(tag), tag);

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("en_US")]
    [InlineData("english")]
    [InlineData("xyz")]
    [InlineData("eng")]
    [InlineData("en-")]
    [InlineData("en--US")]
    [InlineData("e")]
    [InlineData("en-a")]
    [InlineData("#!")]
    public void Rejects_invalid_tags(string tag) => Assert.False(LanguageTags.IsValid(tag), tag);
}
