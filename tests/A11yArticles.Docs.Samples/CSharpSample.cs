using A11yArticles.Model;

namespace A11yArticles.Docs.Samples;

/// <summary>
/// The base class of every C# sample that is not a complete file (DocsSamples.targets wraps it in a
/// class deriving from this one). It declares the names that samples use without declaring them, so
/// a sample can stay as short as the text around it. The samples are compiled, never run.
/// </summary>
public abstract class CSharpSample
{
    /// <summary>An article, as a host gets it from <c>ArticleImporter</c>.</summary>
    protected Article article = null!;

    /// <summary>A page or fragment of HTML.</summary>
    protected string html = "";

    /// <summary>An uploaded source.</summary>
    protected Stream stream = Stream.Null;
}
