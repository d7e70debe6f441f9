using A11yArticles.Checks.Engine;

namespace A11yArticles.Checks.Rules.Article.Language;

/// <summary>The html element has a lang attribute with a valid BCP 47 tag.</summary>
internal sealed class PageLanguageIsValid : Rule
{
    public override RuleInfo Info { get; } = Describe(
        "A11Y-LANG-001",
        "The page's html element has a valid lang",
        RuleGroups.Article,
        "3.1.1",
        "",
        Severity.Error,
        "Set the article's language on the html element with a BCP 47 tag: <html lang=\"en\">, <html lang=\"es-MX\">.",
        sameFaultAs: "b5c3f8,bf051a");

    public override void Check(CheckContext context)
    {
        if (!context.IsWholePage || !context.IsHtmlPage || context.Document.DocumentElement is not { } root)
        {
            return;
        }

        var lang = root.GetAttribute("lang");
        if (string.IsNullOrWhiteSpace(lang))
        {
            Report(context, root, "the html element has no lang, so screen readers guess the language");
        }
        else if (!LanguageTag.IsValid(lang))
        {
            Report(context, root, $"lang=\"{lang}\" on the html element is not a valid BCP 47 language tag");
        }
    }
}
