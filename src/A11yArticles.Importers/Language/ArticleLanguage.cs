using A11yArticles.Importers.FrontMatter;
using A11yArticles.Model;

namespace A11yArticles.Importers.Language;

/// <summary>Sets an article's language and direction: from the front matter when it gives them, else detected from the text.</summary>
internal static class ArticleLanguage
{
    public static Article Apply(Article article, ArticleFrontMatter? frontMatter)
    {
        if (frontMatter?.Language is { } language)
        {
            return article with { Language = language, Direction = frontMatter.Direction ?? LanguageDetector.DirectionOf(language) };
        }

        if (LanguageDetector.Detect(TextOf(article)) is { } detected)
        {
            return article with { Language = detected.Language, Direction = frontMatter?.Direction ?? detected.Direction };
        }

        return article;
    }

    /// <summary>The headline and the text of every block, for detection.</summary>
    public static string TextOf(Article article) =>
        article.Headline + "\n" + string.Join("\n", article.AllBlocks.Select(block => Inline.PlainTextOf(ModelTraversal.InlinesOf(block))));
}
