namespace A11yArticles.Checks;

/// <summary>
/// A page the checker refuses to check, with the reason: too large, nested deeper than
/// <see cref="HtmlChecker.MaxNesting"/> levels, or an element with more than
/// <see cref="HtmlChecker.MaxAttributes"/> attributes. Such pages would make parsing take time
/// that grows faster than the page (a minute for a 1 MB page of nested <c>div</c>s); they are
/// refused in time linear in their size, before parsing. The message reads <c>path: problem</c>.
/// </summary>
public sealed class PageRefusedException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="sourceName">The page's path or name.</param>
    /// <param name="problem">Why it was refused, to be read after the name.</param>
    public PageRefusedException(string sourceName, string problem)
        : base($"{sourceName}: {problem}")
    {
        SourceName = sourceName;
        Problem = problem;
    }

    /// <summary>The page's path or name.</summary>
    public string SourceName { get; }

    /// <summary>Why the page was refused ("nests elements more than 256 deep (&lt;div&gt; at line 3); ...").</summary>
    public string Problem { get; }
}
