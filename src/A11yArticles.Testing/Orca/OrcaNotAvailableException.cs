namespace A11yArticles.Testing.Orca;

/// <summary>
/// Orca cannot run here: not Linux, a package missing, or another Orca running for this user. The
/// message says what is missing and how to install it. A test that needs Orca fails with it; it
/// never skips.
/// </summary>
public sealed class OrcaNotAvailableException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What is missing and how to get it.</param>
    public OrcaNotAvailableException(string message)
        : base(message)
    {
    }
}
