namespace A11yArticles.Testing.Browsers;

/// <summary>No Chromium could be found to run browser tests in. The message says how to get one.</summary>
public sealed class BrowserNotFoundException : Exception
{
    /// <summary>Creates the exception with a message listing where was looked and how to install a browser.</summary>
    /// <param name="message">The full message.</param>
    public BrowserNotFoundException(string message)
        : base(message)
    {
    }
}
