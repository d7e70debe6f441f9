using A11yArticles.Checks.Engine;

namespace A11yArticles.Checks.Rules.Act.Document;

/// <summary>ACT rule bf051a: HTML page lang attribute has valid language tag.</summary>
internal sealed class PageLangIsValid : Rule
{
    public override RuleInfo Info { get; } = Describe(
        "A11Y-ACT-BF051A",
        "HTML page lang attribute has valid language tag",
        RuleGroups.Act,
        "3.1.1",
        "bf051a",
        Severity.Error,
        "Use a BCP 47 language tag with a registered primary language: lang=\"en\", lang=\"es-MX\".");

    public override void Check(CheckContext context)
    {
        if (!context.IsHtmlPage || !context.IsWholePage || context.Document.DocumentElement is not { } root)
        {
            return;
        }

        var lang = root.GetAttribute("lang");
        if (!string.IsNullOrWhiteSpace(lang) && !LanguageTag.HasKnownPrimarySubtag(lang))
        {
            Report(context, root, $"lang=\"{lang}\" does not start with a known language subtag");
        }
    }
}
