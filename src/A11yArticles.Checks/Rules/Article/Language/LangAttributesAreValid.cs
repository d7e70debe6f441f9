using A11yArticles.Checks.Dom;
using A11yArticles.Checks.Engine;

namespace A11yArticles.Checks.Rules.Article.Language;

/// <summary>Every lang attribute (below html) is a valid BCP 47 tag; lang="" (language unknown) is allowed.</summary>
internal sealed class LangAttributesAreValid : ElementRule
{
    public override RuleInfo Info { get; } = Describe(
        "A11Y-LANG-002",
        "Every lang attribute is a valid BCP 47 tag",
        RuleGroups.Article,
        "3.1.2",
        "",
        Severity.Error,
        "Write the passage's language as a BCP 47 tag (lang=\"fr\", lang=\"pt-BR\", lang=\"zh-Hant\"); use lang=\"\" only when the language is unknown.",
        sameFaultAs: "de46e4");

    public override IReadOnlyList<string> AttributeNames => ["lang"];

    public override void Check(CheckContext context, ElementFacts facts)
    {
        var root = context.Document.DocumentElement;
        var element = facts.Element;
        if (facts.AttributeCount == 0 || element == root)
        {
            return;
        }

        var lang = element.GetAttribute("lang");
        if (lang is null || lang.Length == 0)
        {
            return;
        }

        if (!LanguageTag.IsValid(lang))
        {
            Report(context, element, $"lang=\"{lang}\" is not a valid BCP 47 language tag");
        }
    }
}
