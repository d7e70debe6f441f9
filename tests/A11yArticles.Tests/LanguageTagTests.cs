namespace A11yArticles.Tests;

/// <summary>The one BCP 47 validator, shared by the importers and the checker.</summary>
public sealed class LanguageTagTests
{
    [Theory]
    [InlineData("en")]
    [InlineData("en-GB")]
    [InlineData("EN-us")]
    [InlineData("zh-Hant-TW")]
    [InlineData("es-419")]
    [InlineData("ar")]
    [InlineData("sr-Latn")]
    [InlineData("de-CH-1996")]
    [InlineData("zh-yue-HK")]
    [InlineData("ase")]
    [InlineData("qaa")]
    [InlineData("en-x-private")]
    [InlineData("en-US-u-ca-buddhist")]
    [InlineData(" fr ")]
    public void Accepts_valid_tags(string tag) => Assert.True(LanguageTag.IsValid(tag), tag);

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData(null)]
    [InlineData("xx")]
    [InlineData("english")]
    [InlineData("español")]
    [InlineData("en_GB")]
    [InlineData("xyz")]
    [InlineData("eng")]
    [InlineData("en-")]
    [InlineData("en--US")]
    [InlineData("-en")]
    [InlineData("e")]
    [InlineData("en-a")]
    [InlineData("en-GB-x")]
    [InlineData("en-toolongsubtag")]
    [InlineData("#!")]
    [InlineData("x-klingon")]
    [InlineData("x-private")]
    [InlineData("i-klingon")]
    public void Rejects_invalid_tags(string? tag) => Assert.False(LanguageTag.IsValid(tag), tag);

    /// <summary>
    /// The W3C ACT rules ask only for a registered primary subtag, so a tag can pass them and still be
    /// malformed; a tag that is valid always passes them.
    /// </summary>
    [Theory]
    [InlineData("en", true)]
    [InlineData("EN-us", true)]
    [InlineData("en-US-somethingodd-", true)]
    [InlineData("qtz", true)]
    [InlineData("xx", false)]
    [InlineData("x-klingon", false)]
    [InlineData("english", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void Known_primary_subtag_is_the_act_test(string? tag, bool known) => Assert.Equal(known, LanguageTag.HasKnownPrimarySubtag(tag));
}
