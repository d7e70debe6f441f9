namespace A11yArticles.Testing.Checks;

/// <summary>The static check that <see cref="AxeAssertionOptions.StaticCheck"/> uses unless a test sets another.</summary>
public static class StaticHtmlChecks
{
    /// <summary>
    /// The default static check: every error rule of A11yArticles.Checks (the article contract and the
    /// static ACT rules). Set it to another check, or to <see langword="null"/> for none (then only
    /// axe runs), once, for example in a test fixture.
    /// </summary>
    public static IStaticHtmlCheck? Default { get; set; } = new ArticleChecksStaticHtmlCheck();
}
