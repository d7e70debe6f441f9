namespace A11yArticles.Testing.Checks;

/// <summary>The static check that <see cref="AxeAssertionOptions.StaticCheck"/> uses unless a test sets another.</summary>
public static class StaticHtmlChecks
{
    /// <summary>
    /// The default static check, or <see langword="null"/> for none (then only axe runs). Set it once,
    /// for example in a test fixture, to run a check on every page a suite scans.
    /// </summary>
    public static IStaticHtmlCheck? Default { get; set; }
}
