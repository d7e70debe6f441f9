namespace A11yArticles.Testing.Orca;

/// <summary>One utterance that Orca sent to speech, as the speech synthesiser received it.</summary>
/// <param name="Text">The words, exactly as they reached speech.</param>
/// <param name="Language">The language speech was set to for this utterance (speech-dispatcher's <c>$LANGUAGE</c>, for example <c>en</c>).</param>
/// <param name="Key">What caused it: the key pressed (in xdotool's names, such as <c>Tab</c> or <c>KP_Add</c>), <c>load</c> for a page load, or <c>start</c> for what Orca says while starting.</param>
public sealed record SpokenPhrase(string Text, string Language, string Key)
{
    /// <inheritdoc />
    public override string ToString() => $"[{Key}] ({Language}) {Text}";
}
