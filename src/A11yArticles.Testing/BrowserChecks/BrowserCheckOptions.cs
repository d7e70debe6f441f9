using A11yArticles.Checks;

namespace A11yArticles.Testing.BrowserChecks;

/// <summary>How <see cref="BrowserChecker"/> checks a page.</summary>
public sealed record BrowserCheckOptions
{
    /// <summary>The static rules run on the live DOM (default: every rule, <see cref="HtmlChecker.Default"/>); null runs none.</summary>
    public HtmlChecker? StaticChecker { get; init; } = HtmlChecker.Default;

    /// <summary>Run the eight browser ACT rules (default true).</summary>
    public bool BrowserRules { get; init; } = true;

    /// <summary>The most elements whose focus indicator is compared by screenshots (oj04fd); the rest are cantTell. Default 100.</summary>
    public int MaximumFocusTargets { get; init; } = 100;

    /// <summary>The longest one page may take, loading included (default 60 seconds); then a <see cref="TimeoutException"/>.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>
    /// The page's source, when known (a file): findings on elements found in it by their selector get
    /// the source's line and column instead of the live DOM's.
    /// </summary>
    public string? SourceHtml { get; init; }
}
