using A11yArticles.Checks.Dom;
using System.Globalization;
using A11yArticles.Checks.Engine;

namespace A11yArticles.Checks.Rules.Act.Document;

/// <summary>ACT rule b4f0c3: Meta viewport allows for zoom.</summary>
internal sealed class MetaViewportAllowsZoom : ElementRule
{
    public override RuleInfo Info { get; } = Describe(
        "A11Y-ACT-B4F0C3",
        "Meta viewport allows for zoom",
        RuleGroups.Act,
        "1.4.4,1.4.10",
        "b4f0c3",
        Severity.Error,
        "Remove user-scalable=no and any maximum-scale below 2 from the viewport meta element.");

    public override IReadOnlyList<string> ElementNames => ["meta"];

    public override void Check(CheckContext context, ElementFacts facts)
    {
        var element = facts.Element;
        // A viewport meta element inside a shadow tree sets no viewport.
        if (!facts.IsInDocumentTree || element.LocalName != "meta" || !string.Equals(element.GetAttribute("name")?.Trim(), "viewport", StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        var content = element.GetAttribute("content");
        if (content is null)
        {
            return;
        }

        foreach (var pair in content.Split([',', ';'], StringSplitOptions.RemoveEmptyEntries))
        {
            var parts = pair.Split('=', 2);
            if (parts.Length != 2)
            {
                continue;
            }

            var key = parts[0].Trim().ToLowerInvariant();
            var value = parts[1].Trim().ToLowerInvariant();
            if (key == "user-scalable" && !(value is "yes" || (TryNumber(value, out var scalable) && Math.Abs(scalable) >= 1)))
            {
                Report(context, element, $"user-scalable={value} stops people from zooming");
            }
            else if (key == "maximum-scale" && MaximumScale(value) is var maximum && maximum >= 0 && maximum < 2)
            {
                Report(context, element, $"maximum-scale={value} limits zoom to less than 200 %");
            }
        }
    }

    /// <summary>
    /// The viewport value translation (CSS Device Adaptation): device-width and device-height mean 10,
    /// a number is itself, any other keyword ("yes", a typo) means 1.
    /// </summary>
    private static double MaximumScale(string value)
    {
        if (value is "device-width" or "device-height")
        {
            return 10;
        }

        return TryNumber(value, out var number) ? number : 1;
    }

    private static bool TryNumber(string value, out double number)
    {
        // The viewport syntax reads a leading number and ignores what follows ("2.0abc" is 2).
        var length = 0;
        while (length < value.Length && (char.IsAsciiDigit(value[length]) || value[length] is '.' or '-' or '+' or 'e'))
        {
            length++;
        }

        return double.TryParse(value[..length], NumberStyles.Float, CultureInfo.InvariantCulture, out number);
    }
}
