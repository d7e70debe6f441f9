namespace A11yArticles.Importers;

/// <summary>
/// The source could not be turned into an article. The message names the source and the problem,
/// in the form <c>path: problem</c>, so that it can be shown to a person as it is.
/// </summary>
public sealed class ArticleImportException : Exception
{
    /// <summary>Creates the exception for <paramref name="sourceName"/>.</summary>
    /// <param name="sourceName">The file (or other source) that was being imported.</param>
    /// <param name="problem">What is wrong with it, in words a person can act on.</param>
    /// <param name="innerException">The lower-level error, if any.</param>
    public ArticleImportException(string sourceName, string problem, Exception? innerException = null)
        : base($"{sourceName}: {problem}", innerException)
    {
        SourceName = sourceName;
        Problem = problem;
    }

    /// <summary>The file (or other source) that was being imported.</summary>
    public string SourceName { get; }

    /// <summary>What is wrong with the source.</summary>
    public string Problem { get; }
}
