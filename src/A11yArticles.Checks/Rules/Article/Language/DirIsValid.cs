using A11yArticles.Checks.Dom;
using A11yArticles.Checks.Engine;

namespace A11yArticles.Checks.Rules.Article.Language;

/// <summary>Every dir attribute is ltr, rtl or auto.</summary>
internal sealed class DirIsValid : ElementRule
{
    public override RuleInfo Info { get; } = Describe(
        "A11Y-DIR-001",
        "Every dir attribute is ltr, rtl or auto",
        RuleGroups.Article,
        "1.3.2",
        "",
        Severity.Error,
        "Use dir=\"rtl\" for right-to-left passages (Arabic, Hebrew), dir=\"ltr\" for left-to-right ones, dir=\"auto\" for text of unknown direction.");

    public override IReadOnlyList<string> AttributeNames => ["dir"];

    public override void Check(CheckContext context, ElementFacts facts)
    {
        var element = facts.Element;
        var dir = facts.AttributeCount > 0 ? element.GetAttribute("dir") : null;
        if (dir is not null && element.NamespaceUri == AngleSharp.Dom.NamespaceNames.HtmlUri
            && !(dir.Equals("ltr", StringComparison.OrdinalIgnoreCase) || dir.Equals("rtl", StringComparison.OrdinalIgnoreCase) || dir.Equals("auto", StringComparison.OrdinalIgnoreCase)))
        {
            Report(context, element, $"dir=\"{dir}\" is not ltr, rtl or auto, so the browser ignores it");
        }
    }
}
