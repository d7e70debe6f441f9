using A11yArticles.Importers.PlainText;
using A11yArticles.Model;

namespace A11yArticles.Importers.Tests.Language;

public sealed class SpeakerAttributionTests
{
    private static List<string?> Speakers(string body) =>
        PlainTextImporter.Parse("Headline\n\n" + body, "speakers.txt").Quotations.Select(q => q.Speaker).ToList();

    [Theory]
    [InlineData("“We are ready,” Harris said.", "Harris")]
    [InlineData("“We are ready,” said Rosa Elvira Méndez.", "Rosa Elvira Méndez")]
    [InlineData("“We are ready,” said President Biden on Tuesday.", "President Biden")]
    [InlineData("Harris said that she has “spent a lot of time on the border.”", "Harris")]
    [InlineData("«Estamos listos», dijo Rosa Elvira Méndez.", "Rosa Elvira Méndez")]
    [InlineData("«Estamos listos» —dijo Méndez— en la plaza.", "Méndez")]
    [InlineData("« Nous sommes prêts », a déclaré Marie Dupont.", "Marie Dupont")]
    [InlineData("Marie Dupont a déclaré : « Nous sommes prêts. »", "Marie Dupont")]
    [InlineData("„Wir sind bereit“, sagte Angela Berg.", "Angela Berg")]
    [InlineData("Angela Berg sagte: „Wir sind bereit.“", "Angela Berg")]
    [InlineData("«نحن مستعدون»، قالت ليلى حداد.", "ليلى حداد")]
    [InlineData("وقالت ليلى حداد: «نحن مستعدون».", "ليلى حداد")]
    [InlineData("“We are ready,” said Rosa Elvira Méndez. The council agreed.", "Rosa Elvira Méndez")]
    [InlineData("“We are ready,” said John F. Kennedy.", "John F. Kennedy")]
    [InlineData("“We are ready,” said Dr. Ana López. Then she left.", "Dr. Ana López")]
    [InlineData("“We are ready,” J.R.R. Tolkien wrote.", "J.R.R. Tolkien")]
    public void A_named_speaker_is_found_in_each_language(string paragraph, string speaker)
    {
        Assert.Equal([speaker], Speakers(paragraph));
    }

    [Theory]
    [InlineData("“We asked them first,” said Priya Raman, the lead engineer. “They drew a bridge.”", new[] { "Priya Raman", "Priya Raman" })]
    [InlineData("«Lo pedimos», dijo Méndez. «Y lo hicieron.»", new[] { "Méndez", "Méndez" })]
    [InlineData("“One,” Harris said. “Two,” said Biden. “Three.”", new[] { "Harris", "Biden", null })]
    [InlineData("“One,” Harris said. “Two.” “Three,” said Biden.", new[] { "Harris", null, "Biden" })]
    [InlineData("The sign read “closed”. “Open,” Harris said.", new[] { null, "Harris" })]
    public void A_later_quotation_in_the_paragraph_continues_its_only_named_speaker(string paragraph, string?[] speakers)
    {
        Assert.Equal(speakers, Speakers(paragraph));
    }

    [Theory]
    [InlineData("“One,” Harris said.\n\n“Two,” she added.", "Harris")]
    [InlineData("«Uno», dijo Méndez.\n\n«Dos», dijo.", "Méndez")]
    [InlineData("« Un », a déclaré Marie Dupont.\n\n« Deux », a-t-elle ajouté.", "Marie Dupont")]
    [InlineData("„Eins“, sagte Angela Berg.\n\n„Zwei“, sagte sie.", "Angela Berg")]
    [InlineData("«واحد»، قالت ليلى حداد.\n\n«اثنان»، قالت.", "ليلى حداد")]
    public void A_pronoun_means_the_last_named_speaker(string body, string speaker)
    {
        Assert.Equal([speaker, speaker], Speakers(body));
    }

    [Fact]
    public void A_pronoun_far_from_the_last_named_speaker_is_ambiguous()
    {
        var speakers = Speakers("“One,” Harris said.\n\nNarration.\n\nMore narration.\n\nStill more.\n\n“Two,” she said.");

        Assert.Equal(["Harris", null], speakers);
    }

    [Theory]
    [InlineData("“We are ready,” she said.")]
    [InlineData("“We are ready,” said the president.")]
    [InlineData("“We are ready,” they said.")]
    [InlineData("The minister said “we are ready” on Tuesday.")]
    [InlineData("“We are ready.” The crowd cheered.")]
    [InlineData("«Estamos listos», dijo el ministro.")]
    public void An_ambiguous_or_unnamed_speaker_is_never_invented(string paragraph)
    {
        Assert.Equal([null], Speakers(paragraph));
    }
}
