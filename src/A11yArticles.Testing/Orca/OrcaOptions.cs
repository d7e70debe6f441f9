namespace A11yArticles.Testing.Orca;

/// <summary>How <see cref="OrcaScreenReader"/> starts and how long it listens.</summary>
public sealed record OrcaOptions
{
    /// <summary>The Chromium to start; by default the one <see cref="Browsers.A11yBrowser.ResolveExecutablePath()"/> finds.</summary>
    public string? ChromiumPath { get; init; }

    /// <summary>How long speech must stay silent after a key before its phrases are complete (default 1 s).</summary>
    public TimeSpan Silence { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// How long speech must stay silent before a say-all counts as finished (default 10 s). Once the
    /// page's last line of text has been heard, <see cref="Silence"/> is enough.
    /// </summary>
    public TimeSpan SayAllSilence { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>How long to wait for the first phrase after a key; a key that makes Orca say nothing costs this long (default 4 s).</summary>
    public TimeSpan ResponseTimeout { get; init; } = TimeSpan.FromSeconds(4);

    /// <summary>How long a say-all may take at most (default 3 minutes).</summary>
    public TimeSpan SayAllTimeout { get; init; } = TimeSpan.FromMinutes(3);

    /// <summary>How long starting the stack (X server, buses, speech, Orca, Chromium) may take (default 60 s).</summary>
    public TimeSpan StartTimeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>
    /// How long to wait for the machine-wide Orca lock while another <see cref="OrcaScreenReader"/>
    /// (in this process or another) runs (default 30 minutes).
    /// </summary>
    public TimeSpan LockTimeout { get; init; } = TimeSpan.FromMinutes(30);

    /// <summary>The browser window's size in pixels (default 1280 x 1000).</summary>
    public (int Width, int Height) WindowSize { get; init; } = (1280, 1000);

    /// <summary>
    /// Keep the temporary folder (logs, Orca's debug output, the raw speech capture) after disposal, to
    /// investigate a failure. Defaults to true when the environment variable <c>A11Y_ARTICLES_ORCA_KEEP</c> is <c>1</c>.
    /// </summary>
    public bool KeepWorkFolder { get; init; } = Environment.GetEnvironmentVariable("A11Y_ARTICLES_ORCA_KEEP") == "1";
}
