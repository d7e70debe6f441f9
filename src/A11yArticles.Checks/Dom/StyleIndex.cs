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
    private readonly Dictionary<string, List<(ISelector Selector, string Value)>> byProperty = new(StringComparer.Ordinal);

    public StyleIndex(IEnumerable<IElement> styleElements)
    {
        var order = 0;
        foreach (var style in styleElements)
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
    public string? Declared(IElement element, string property, bool inlineOnly = false, bool hasStyleAttribute = true)
    {
        var style = hasStyleAttribute && MayDeclare(element.GetAttribute("style"), property) ? InlineStyle(element) : null;
        var value = style?.GetPropertyValue(property);
        if (!string.IsNullOrEmpty(value))
        {
            return value.Trim().ToLowerInvariant();
        }

        if (inlineOnly)
        {
            return null;
        }

        string? best = null;
        AngleSharp.Css.Priority bestPriority = default;
        foreach (var (selector, ruleValue) in RulesFor(property))
        {
            bool matches;
            try
            {
                matches = selector.Match(element);
            }
            catch (Exception error) when (error is not OutOfMemoryException)
            {
                continue;
            }

            if (matches && (best is null || selector.Specificity >= bestPriority))
            {
                best = ruleValue;
                bestPriority = selector.Specificity;
            }
        }

        return best?.Trim().ToLowerInvariant();
    }

    /// <summary>Some rule of a style element declares the property.</summary>
    public bool HasRulesFor(string property) => RulesFor(property).Count > 0;

    /// <summary>The rules that declare the property, in source order, with its value (read once per property, not per element).</summary>
    private List<(ISelector Selector, string Value)> RulesFor(string property)
    {
        if (!byProperty.TryGetValue(property, out var list))
        {
            list = [];
            foreach (var (rule, _) in rules)
            {
                var value = rule.Style.GetPropertyValue(property);
                if (!string.IsNullOrEmpty(value) && rule.Selector is { } selector)
                {
                    list.Add((selector, value));
                }
            }

            byProperty[property] = list;
        }

        return list;
    }

    /// <summary>
    /// Whether an inline style can declare the property at all: its name must appear in the text
    /// (or the text holds a CSS escape, which could spell it). Most inline styles (widths, colours)
    /// never mention display or visibility, and parsing each with AngleSharp.Css was most of what a
    /// check allocated on a real page.
    /// </summary>
    private static bool MayDeclare(string? style, string property) =>
        style is not null && (style.Contains(property, StringComparison.OrdinalIgnoreCase) || style.Contains('\\', StringComparison.Ordinal));

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
