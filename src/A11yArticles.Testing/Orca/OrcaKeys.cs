namespace A11yArticles.Testing.Orca;

/// <summary>
/// Keys for <see cref="OrcaScreenReader.PressAsync(string, System.Threading.CancellationToken)"/>, in
/// xdotool's names. The letters are Orca's browse-mode structural navigation keys; Shift with them
/// (for example <c>shift+h</c>) goes backwards. Any other xdotool key name works too.
/// </summary>
public static class OrcaKeys
{
    /// <summary>Tab: the next focusable element.</summary>
    public const string Tab = "Tab";

    /// <summary>Enter: activates the focused link or button.</summary>
    public const string Enter = "Return";

    /// <summary>Down arrow: the next line.</summary>
    public const string Down = "Down";

    /// <summary>Up arrow: the previous line.</summary>
    public const string Up = "Up";

    /// <summary>H: the next heading.</summary>
    public const string NextHeading = "h";

    /// <summary>Q: the next block quote.</summary>
    public const string NextBlockQuote = "q";

    /// <summary>M: the next landmark (in Orca, D is live regions, not landmarks).</summary>
    public const string NextLandmark = "m";

    /// <summary>K: the next link.</summary>
    public const string NextLink = "k";

    /// <summary>Numpad plus: say all, from the current position to the end.</summary>
    public const string SayAll = "KP_Add";

    /// <summary>Control+Home: the top of the document.</summary>
    public const string Top = "ctrl+Home";
}
