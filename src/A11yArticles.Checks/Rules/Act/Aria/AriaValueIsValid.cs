using A11yArticles.Checks.Dom;
using System.Globalization;
using A11yArticles.Checks.Aria;
using A11yArticles.Checks.Engine;
using AngleSharp.Dom;

namespace A11yArticles.Checks.Rules.Act.Aria;

/// <summary>ACT rule 6a7281: ARIA state or property has valid value.</summary>
internal sealed class AriaValueIsValid : ElementRule
{
    public override RuleInfo Info { get; } = Describe(
        "A11Y-ACT-6A7281",
        "ARIA state or property has valid value",
        RuleGroups.Act,
        "1.3.1,4.1.2",
        "6a7281",
        Severity.Error,
        "Give the attribute a value of its WAI-ARIA type (true/false, a listed token, an integer, a number, an id).");

    public override IReadOnlyList<string> AttributeNames => ["aria-*"];

    public override void Check(CheckContext context, ElementFacts facts)
    {
        var element = facts.Element;
        if (!facts.HasAriaAttribute || element.NamespaceUri != NamespaceNames.HtmlUri && element.NamespaceUri != NamespaceNames.SvgUri)
        {
            return;
        }

        foreach (var attribute in element.Attributes)
        {
            if (!AriaTables.Attributes.TryGetValue(attribute.Name, out var definition) || string.IsNullOrWhiteSpace(attribute.Value))
            {
                continue;
            }

            if (!IsValid(definition, attribute.Value.Trim()))
            {
                Report(context, element, $"{attribute.Name}=\"{attribute.Value}\" is not a valid value ({Describe(definition)})");
            }
        }
    }

    private static bool IsValid(AriaAttribute definition, string value)
    {
        var lower = value.ToLowerInvariant();
        return definition.Type switch
        {
            AriaValueType.TrueFalse => lower is "true" or "false",
            AriaValueType.TrueFalseUndefined => lower is "true" or "false" or "undefined",
            AriaValueType.Tristate => lower is "true" or "false" or "mixed",
            AriaValueType.Token => definition.Tokens.Contains(lower),
            AriaValueType.TokenList => lower.Split([' ', '\t', '\n', '\r', '\f'], StringSplitOptions.RemoveEmptyEntries).All(definition.Tokens.Contains),
            AriaValueType.IdReference => !value.Any(char.IsWhiteSpace),
            AriaValueType.Integer => int.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _),
            AriaValueType.Number => double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out _),
            _ => true,
        };
    }

    private static string Describe(AriaAttribute definition) => definition.Type switch
    {
        AriaValueType.TrueFalse => "true or false",
        AriaValueType.TrueFalseUndefined => "true, false or undefined",
        AriaValueType.Tristate => "true, false or mixed",
        AriaValueType.Token or AriaValueType.TokenList => "one of: " + string.Join(", ", definition.Tokens),
        AriaValueType.IdReference => "one id",
        AriaValueType.Integer => "an integer",
        AriaValueType.Number => "a number",
        _ => "a string",
    };
}
