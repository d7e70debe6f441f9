using A11yArticles.Checks.Engine;

namespace A11yArticles.Checks.Rules.Act.Document;

/// <summary>ACT rule b5c3f8: HTML page has lang attribute.</summary>
internal sealed class PageHasLang : Rule
{
    public override RuleInfo Info { get; } = Describe(
        "A11Y-ACT-B5C3F8",
        "HTML page has lang attribute",
        RuleGroups.Act,
        "3.1.1",
        "b5c3f8",
        Severity.Error,
        "Add the page's language to the html element: <html lang=\"en\">.");

    public override void Check(CheckContext context)
    {
        if (!context.IsHtmlPage || !context.IsWholePage || context.Document.DocumentElement is not { } root)
        {
            return;
        }

        if (string.IsNullOrWhiteSpace(root.GetAttribute("lang")))
        {
            Report(context, root, root.HasAttribute("lang") ? "the html element's lang attribute is empty" : "the html element has no lang attribute");
        }
    }
}
