using A11yArticles.Testing.Checks;

namespace A11yArticles.Testing;

/// <summary>What <see cref="AxeAssertions.AssertNoAxeViolationsAsync"/> scans for.</summary>
public sealed class AxeAssertionOptions
{
    /// <summary>WCAG 2.0, 2.1 and 2.2 at levels A and AA, and axe's best practices.</summary>
    public static IReadOnlyList<string> DefaultTags { get; } = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"];

    /// <summary>The axe tags to run; <see cref="DefaultTags"/> unless set.</summary>
    public IReadOnlyList<string> Tags { get; init; } = DefaultTags;

    /// <summary>axe rule ids not to run (for a known, tracked problem); none by default.</summary>
    public IReadOnlyList<string> DisabledRules { get; init; } = [];

    /// <summary>
    /// A static check run on <c>page.ContentAsync()</c> in the same call; its findings fail the
    /// assertion like axe's violations. Defaults to <see cref="StaticHtmlChecks.Default"/>.
    /// </summary>
    public IStaticHtmlCheck? StaticCheck { get; init; } = StaticHtmlChecks.Default;
}
