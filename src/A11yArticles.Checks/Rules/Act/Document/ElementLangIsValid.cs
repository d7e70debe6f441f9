using A11yArticles.Checks.Dom;
using A11yArticles.Checks.Engine;
using AngleSharp.Dom;

namespace A11yArticles.Checks.Rules.Act.Document;

/// <summary>ACT rule de46e4: Element with lang attribute has valid language tag.</summary>
internal sealed class ElementLangIsValid : ElementRule
{
    public override RuleInfo Info { get; } = Describe(
        "A11Y-ACT-DE46E4",
        "Element with lang attribute has valid language tag",
        RuleGroups.Act,
        "3.1.2",
        "de46e4",
        Severity.Error,
        "Use a BCP 47 language tag with a registered primary language for the passage: lang=\"fr\".");

    public override IReadOnlyList<string> AttributeNames => ["lang"];

    public override void Check(CheckContext context, ElementFacts facts)
    {
        var body = context.Document.Body;
        if (body is null)
        {
            return;
        }

        var element = facts.Element;
        var lang = facts.AttributeCount > 0 ? element.GetAttribute("lang") : null;
        if (string.IsNullOrEmpty(lang) || !body.Contains(element) || (lang.Trim().Length > 0 && LanguageTag.HasKnownPrimarySubtag(lang)))
        {
            return;
        }

        if (HasOwnText(context, element))
        {
            Report(context, element, $"lang=\"{lang}\" does not start with a known language subtag");
        }
    }

    /// <summary>A text node whose language this attribute decides is visible or in the accessibility tree.</summary>
    private static bool HasOwnText(CheckContext context, IElement element)
    {
        foreach (var child in element.ChildNodes)
        {
            if (child is IText text && !string.IsNullOrWhiteSpace(text.Data) && (context.Facts.IsVisible(element) || context.Facts.IsInAccessibilityTree(element)))
            {
                return true;
            }

            if (child is IElement childElement && !childElement.HasAttribute("lang") && HasOwnText(context, childElement))
            {
                return true;
            }
        }

        // Accessible text from attributes (alt, aria-label) in the element's language also counts.
        return context.Facts.IsInAccessibilityTree(element) && (element.HasAttribute("alt") || element.HasAttribute("aria-label")) && context.Names.Name(element).Length > 0;
    }
}
