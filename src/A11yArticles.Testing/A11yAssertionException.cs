namespace A11yArticles.Testing;

/// <summary>
/// An accessibility assertion of the kit failed. The message names the check, the page, and each
/// problem with the element it was found on, so that a test runner's output alone tells what to fix.
/// Any test framework reports it as a failed test.
/// </summary>
public sealed class A11yAssertionException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="check">The assertion that failed, for example <c>AssertSkipLinkAsync</c>.</param>
    /// <param name="pageUrl">The page it failed on.</param>
    /// <param name="problems">One line per problem; at least one.</param>
    public A11yAssertionException(string check, string pageUrl, IReadOnlyList<string> problems)
        : base(FormatMessage(check, pageUrl, problems))
    {
        Check = check;
        PageUrl = pageUrl;
        Problems = problems;
    }

    /// <summary>The assertion that failed.</summary>
    public string Check { get; }

    /// <summary>The URL of the page it failed on.</summary>
    public string PageUrl { get; }

    /// <summary>The problems found, one readable line each.</summary>
    public IReadOnlyList<string> Problems { get; }

    private static string FormatMessage(string check, string pageUrl, IReadOnlyList<string> problems) =>
        $"{check} failed on {pageUrl}: {problems.Count} problem{(problems.Count == 1 ? "" : "s")}" + Environment.NewLine +
        string.Join(Environment.NewLine, problems.Select(problem => "  - " + problem.Replace("\n", "\n    ", StringComparison.Ordinal)));
}
