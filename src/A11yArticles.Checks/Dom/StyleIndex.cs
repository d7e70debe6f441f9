using AngleSharp.Css.Dom;
using AngleSharp.Css.Parser;
using AngleSharp.Dom;

namespace A11yArticles.Checks.Dom;

/// <summary>
/// The CSS a static checker can read from the document itself: inline <c>style</c> attributes and
/// the rules of <c>&lt;style&gt;</c> elements (parsed with AngleSharp.Css). It answers the declared value of
/// a property on an element (inline style first, then the matching rule with the highest
/// specificity, the later one on a tie). Media queries and external stylesheets are not applied.
/// </summary>
internal sealed class StyleIndex
{
    private static readonly CssParser Parser = new();
    private readonly List<(ICssStyleRule Rule, int Order)> rules = [];
    private readonly Dictionary<IElement, ICssStyleDeclaration?> inline = new(ReferenceEqualityComparer.Instance);

    public StyleIndex(IDocument document)
    {
        var order = 0;
        foreach (var style in document.DocumentElement is { } root ? Traversal.ElementsFrom(root).Where(element => element.LocalName == "style") : [])
        {
            ICssStyleSheet sheet;
            try
            {
                sheet = Parser.ParseStyleSheet(style.TextContent);
            }
            catch (Exception error) when (error is not OutOfMemoryException)
            {
                continue;
            }

            foreach (var rule in sheet.Rules.OfType<ICssStyleRule>())
            {
                rules.Add((rule, order++));
            }
        }
    }

    /// <summary>The declared value of <paramref name="property"/> on the element, or null.</summary>
    public string? Declared(IElement element, string property)
    {
        var style = InlineStyle(element);
        var value = style?.GetPropertyValue(property);
        if (!string.IsNullOrEmpty(value))
        {
            return value.Trim().ToLowerInvariant();
        }

        string? best = null;
        AngleSharp.Css.Priority bestPriority = default;
        foreach (var (rule, _) in rules)
        {
            var ruleValue = rule.Style.GetPropertyValue(property);
            if (string.IsNullOrEmpty(ruleValue) || rule.Selector is null)
            {
                continue;
            }

            bool matches;
            try
            {
                matches = rule.Selector.Match(element);
            }
            catch (Exception error) when (error is not OutOfMemoryException)
            {
                continue;
            }

            if (matches && (best is null || rule.Selector.Specificity >= bestPriority))
            {
                best = ruleValue;
                bestPriority = rule.Selector.Specificity;
            }
        }

        return best?.Trim().ToLowerInvariant();
    }

    public bool HasRules => rules.Count > 0;

    private ICssStyleDeclaration? InlineStyle(IElement element)
    {
        var text = element.GetAttribute("style");
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (!inline.TryGetValue(element, out var declaration))
        {
            try
            {
                declaration = Parser.ParseDeclaration(text);
            }
            catch (Exception error) when (error is not OutOfMemoryException)
            {
                declaration = null;
            }

            inline[element] = declaration;
        }

        return declaration;
    }
}
