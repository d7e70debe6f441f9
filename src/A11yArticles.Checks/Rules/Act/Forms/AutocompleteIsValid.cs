using A11yArticles.Checks.Dom;
using A11yArticles.Checks.Engine;
using AngleSharp.Dom;

namespace A11yArticles.Checks.Rules.Act.Forms;

/// <summary>ACT rule 73f2c2: Autocomplete attribute has valid value.</summary>
internal sealed class AutocompleteIsValid : ElementRule
{
    /// <summary>The autofill field names of the HTML standard (https://html.spec.whatwg.org/#autofill-field).</summary>
    private static readonly HashSet<string> FieldNames = new(
        ("name honorific-prefix given-name additional-name family-name honorific-suffix nickname organization-title username "
        + "new-password current-password one-time-code organization street-address address-line1 address-line2 address-line3 "
        + "address-level4 address-level3 address-level2 address-level1 country country-name postal-code cc-name cc-given-name "
        + "cc-additional-name cc-family-name cc-number cc-exp cc-exp-month cc-exp-year cc-csc cc-type transaction-currency "
        + "transaction-amount language bday bday-day bday-month bday-year sex url photo tel tel-country-code tel-national "
        + "tel-area-code tel-local tel-local-prefix tel-local-suffix tel-extension email impp").Split(' '),
        StringComparer.Ordinal);

    private static readonly HashSet<string> ContactFields = new(StringComparer.Ordinal)
    {
        "tel", "tel-country-code", "tel-national", "tel-area-code", "tel-local", "tel-local-prefix", "tel-local-suffix", "tel-extension", "email", "impp",
    };

    public override RuleInfo Info { get; } = Describe(
        "A11Y-ACT-73F2C2",
        "Autocomplete attribute has valid value",
        RuleGroups.Act,
        "1.3.5",
        "73f2c2",
        Severity.Error,
        "Use an autocomplete value from the HTML standard that fits the field (e.g. autocomplete=\"email\" on an email field, \"given-name\", \"tel\").");

    public override IReadOnlyList<string> ElementNames => ["input", "select", "textarea"];

    public override void Check(CheckContext context, ElementFacts facts)
    {
        var element = facts.Element;
        if (element.LocalName is not ("input" or "select" or "textarea") || element.NamespaceUri != NamespaceNames.HtmlUri)
        {
            return;
        }

        var value = element.GetAttribute("autocomplete");
        var type = element.LocalName == "input" ? (element.GetAttribute("type")?.Trim().ToLowerInvariant() ?? "text") : element.LocalName;
        if (string.IsNullOrWhiteSpace(value) || type is "hidden" or "button" or "submit" or "reset" or "image" or "checkbox" or "radio" or "file"
            || PageFacts.IsDisabled(element)
            || string.Equals(element.GetAttribute("aria-disabled")?.Trim(), "true", StringComparison.OrdinalIgnoreCase)
            || !(context.Facts.IsInAccessibilityTree(element) || context.Facts.IsInSequentialFocusOrder(element))
            || (context.Roles.Role(element) is "none" or "presentation" && PageFacts.TabIndex(element) < 0))
        {
            return;
        }

        if (Problem(value) is { } problem)
        {
            Report(context, element, problem);
        }
    }

    private static string? Problem(string value)
    {
        var tokens = value.Trim().ToLowerInvariant().Split([' ', '\t', '\n', '\r', '\f'], StringSplitOptions.RemoveEmptyEntries).ToList();
        if (tokens is ["on"] or ["off"])
        {
            return null;
        }

        if (tokens.Count > 0 && tokens[^1] == "webauthn")
        {
            tokens.RemoveAt(tokens.Count - 1);
        }

        var index = 0;
        if (index < tokens.Count && tokens[index].StartsWith("section-", StringComparison.Ordinal))
        {
            index++;
        }

        if (index < tokens.Count && tokens[index] is "shipping" or "billing")
        {
            index++;
        }

        var contact = false;
        if (index < tokens.Count && tokens[index] is "home" or "work" or "mobile" or "fax" or "pager")
        {
            contact = true;
            index++;
        }

        if (index != tokens.Count - 1)
        {
            return $"autocomplete=\"{value.Trim()}\" is not a valid list of autocomplete tokens";
        }

        var field = tokens[index];
        if (!FieldNames.Contains(field))
        {
            return $"autocomplete=\"{value.Trim()}\": \"{field}\" is not an autocomplete field name";
        }

        if (contact && !ContactFields.Contains(field))
        {
            return $"autocomplete=\"{value.Trim()}\": \"{tokens[index - 1]}\" can only precede a phone, email or impp field";
        }

        // Like the ACT rule and browsers, the field name is not held to the input type (bday-day on type=tel is fine).
        return null;
    }
}
