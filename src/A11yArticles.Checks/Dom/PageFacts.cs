using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace A11yArticles.Checks.Dom;

/// <summary>
/// Facts about elements that many rules need, computed once per document and cached: whether an
/// element is rendered, hidden from assistive technology, focusable, in the sequential focus order.
/// </summary>
internal sealed class PageFacts
{
    private static readonly HashSet<string> NeverRendered = new(StringComparer.OrdinalIgnoreCase)
    {
        "head", "script", "style", "template", "title", "meta", "link", "base", "noscript", "datalist", "param", "source", "track",
    };

    private readonly Dictionary<IElement, bool> rendered = [];
    private readonly Dictionary<IElement, bool> visibilityHidden = [];
    private readonly Dictionary<IElement, bool> ariaHidden = [];

    public PageFacts(IDocument document)
    {
        Document = document;
        Styles = new StyleIndex(document);
    }

    public IDocument Document { get; }

    public StyleIndex Styles { get; }

    /// <summary>Neither the element nor an ancestor is <c>display: none</c> (by CSS, <c>hidden</c>, or by being in head/script/template...).</summary>
    public bool IsRendered(IElement element)
    {
        if (rendered.TryGetValue(element, out var known))
        {
            return known;
        }

        bool result;
        if (IsDisplayNone(element))
        {
            result = false;
        }
        else if (element.ParentElement is { } parent)
        {
            // The content of a closed details element is not rendered, except its summary.
            result = IsRendered(parent)
                && !(parent.LocalName == "details" && !parent.HasAttribute("open") && !IsDetailsSummary(element));
        }
        else
        {
            result = true;
        }

        rendered[element] = result;
        return result;
    }

    private bool IsDisplayNone(IElement element)
    {
        if (NeverRendered.Contains(element.LocalName) && element.NamespaceUri == AngleSharp.Dom.NamespaceNames.HtmlUri)
        {
            return true;
        }

        var display = Styles.Declared(element, "display");
        if (display is not null)
        {
            return display == "none";
        }

        return element.HasAttribute("hidden") && element.NamespaceUri == AngleSharp.Dom.NamespaceNames.HtmlUri;
    }

    /// <summary>The element's computed <c>visibility</c> is hidden or collapse (the property inherits).</summary>
    public bool IsVisibilityHidden(IElement element)
    {
        if (visibilityHidden.TryGetValue(element, out var known))
        {
            return known;
        }

        var value = Styles.HasRules || element.HasAttribute("style") ? Styles.Declared(element, "visibility") : null;
        var result = value switch
        {
            "hidden" or "collapse" => true,
            "visible" => false,
            _ => element.ParentElement is { } parent && IsVisibilityHidden(parent),
        };
        visibilityHidden[element] = result;
        return result;
    }

    /// <summary>The element or an ancestor has <c>aria-hidden="true"</c>.</summary>
    public bool IsAriaHidden(IElement element)
    {
        if (ariaHidden.TryGetValue(element, out var known))
        {
            return known;
        }

        var result = HasAriaHiddenTrue(element) || (element.ParentElement is { } parent && IsAriaHidden(parent));
        ariaHidden[element] = result;
        return result;
    }

    public static bool HasAriaHiddenTrue(IElement element) =>
        string.Equals(element.GetAttribute("aria-hidden")?.Trim(), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>Rendered, not visibility-hidden: a sighted user could perceive it.</summary>
    public bool IsVisible(IElement element) => IsRendered(element) && !IsVisibilityHidden(element);

    /// <summary>The element is in the accessibility tree (not hidden by CSS, <c>hidden</c>, or <c>aria-hidden</c>).</summary>
    public bool IsInAccessibilityTree(IElement element) => IsVisible(element) && !IsAriaHidden(element);

    /// <summary>The element or an ancestor is <c>inert</c>.</summary>
    public static bool IsInert(IElement element) => element.Closest("[inert]") is not null;

    /// <summary>A form control that is disabled (by its own attribute or a disabled fieldset it is in).</summary>
    public static bool IsDisabled(IElement element)
    {
        if (element.LocalName is not ("button" or "input" or "select" or "textarea" or "optgroup" or "option" or "fieldset"))
        {
            return false;
        }

        if (element.HasAttribute("disabled"))
        {
            return true;
        }

        for (var ancestor = element.ParentElement; ancestor is not null; ancestor = ancestor.ParentElement)
        {
            if (ancestor.LocalName == "fieldset" && ancestor.HasAttribute("disabled"))
            {
                var firstLegend = ancestor.Children.FirstOrDefault(child => child.LocalName == "legend");
                if (firstLegend is null || !firstLegend.Contains(element))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>The parsed <c>tabindex</c>, or null when absent or not an integer.</summary>
    public static int? TabIndex(IElement element)
    {
        var value = element.GetAttribute("tabindex");
        return value is not null && int.TryParse(value.Trim(), System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out var index) ? index : null;
    }

    /// <summary>Natively focusable by the HTML focus rules (ignoring tabindex and hiding).</summary>
    public static bool IsNativelyFocusable(IElement element)
    {
        if (element.NamespaceUri == AngleSharp.Dom.NamespaceNames.SvgUri)
        {
            return element.LocalName == "a" && (element.HasAttribute("href") || element.HasAttribute("xlink:href"));
        }

        switch (element.LocalName)
        {
            case "a":
            case "area":
                return element.HasAttribute("href");
            case "button":
            case "select":
            case "textarea":
            case "iframe":
                return !IsDisabled(element);
            case "input":
                return !IsDisabled(element) && !string.Equals(element.GetAttribute("type"), "hidden", StringComparison.OrdinalIgnoreCase);
            case "summary":
                return IsDetailsSummary(element);
            case "audio":
            case "video":
                return element.HasAttribute("controls");
            case "embed":
            case "object":
                return false;
        }

        var editable = element.GetAttribute("contenteditable");
        return editable is not null && !string.Equals(editable.Trim(), "false", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The first summary child of a details element (the one that opens and closes it).</summary>
    public static bool IsDetailsSummary(IElement element) =>
        element.LocalName == "summary"
        && element.ParentElement is { LocalName: "details" } details
        && details.Children.FirstOrDefault(child => child.LocalName == "summary") == element;

    /// <summary>The element can take focus (by click or script): natively or through a tabindex, and not hidden or inert.</summary>
    public bool IsFocusable(IElement element)
    {
        if (!IsVisible(element) || IsInert(element))
        {
            return false;
        }

        return TabIndex(element) is not null ? !IsDisabled(element) : IsNativelyFocusable(element);
    }

    /// <summary>The element is reached by Tab: focusable and tabindex not negative.</summary>
    public bool IsInSequentialFocusOrder(IElement element) => IsFocusable(element) && (TabIndex(element) ?? 0) >= 0;
}
