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

    private readonly Dictionary<IElement, bool> rendered = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<IElement, bool> visibilityHidden = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<IElement, bool> ariaHidden = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<IElement, bool> inert = new(ReferenceEqualityComparer.Instance);

    public PageFacts(IDocument document)
    {
        Document = document;
        Styles = new StyleIndex(document);
    }

    public IDocument Document { get; }

    public StyleIndex Styles { get; }

    private Dictionary<string, IElement>? ids;
    private Dictionary<string, List<IElement>>? labelsByFor;

    /// <summary>The first element with the id (like getElementById, but indexed once: the DOM's lookup walks the tree).</summary>
    public IElement? ElementById(string id)
    {
        if (ids is null)
        {
            ids = new Dictionary<string, IElement>(StringComparer.Ordinal);
            if (Document.DocumentElement is { } root)
            {
                foreach (var element in Traversal.ElementsFrom(root))
                {
                    var value = element.Id;
                    if (!string.IsNullOrEmpty(value))
                    {
                        ids.TryAdd(value, element);
                    }
                }
            }
        }

        return ids.GetValueOrDefault(id);
    }

    /// <summary>The label elements whose for attribute names the id.</summary>
    public IReadOnlyList<IElement> LabelsFor(string id)
    {
        if (labelsByFor is null)
        {
            labelsByFor = new Dictionary<string, List<IElement>>(StringComparer.Ordinal);
            foreach (var label in Document.DocumentElement is { } root ? Traversal.ElementsFrom(root).Where(element => element.LocalName == "label" && element.HasAttribute("for")) : [])
            {
                var target = label.GetAttribute("for")!;
                if (!labelsByFor.TryGetValue(target, out var list))
                {
                    labelsByFor[target] = list = [];
                }

                list.Add(label);
            }
        }

        return labelsByFor.TryGetValue(id, out var labels) ? labels : [];
    }

    /// <summary>Neither the element nor an ancestor is <c>display: none</c> (by CSS, <c>hidden</c>, or by being in head/script/template...).</summary>
    public bool IsRendered(IElement element) =>
        Inherited(element, rendered, (current, parentValue) =>
            parentValue
            && !IsDisplayNone(current)
            // The content of a closed details element is not rendered, except its summary.
            && !(current.ParentElement is { LocalName: "details" } details && !details.HasAttribute("open") && !IsDetailsSummary(current)),
            rootValue: true);

    /// <summary>
    /// Computes a property that depends on the parent's value, without recursion (documents can nest
    /// tens of thousands of elements deep): walks up to the nearest cached ancestor, then down.
    /// </summary>
    private static bool Inherited(IElement element, Dictionary<IElement, bool> cache, Func<IElement, bool, bool> compute, bool rootValue)
    {
        if (cache.TryGetValue(element, out var known))
        {
            return known;
        }

        var chain = new Stack<IElement>();
        var value = rootValue;
        for (var current = element; current is not null; current = current.ParentElement)
        {
            if (cache.TryGetValue(current, out var cached))
            {
                value = cached;
                break;
            }

            chain.Push(current);
        }

        while (chain.Count > 0)
        {
            var current = chain.Pop();
            value = compute(current, value);
            cache[current] = value;
        }

        return value;
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
    public bool IsVisibilityHidden(IElement element) =>
        Inherited(element, visibilityHidden, (current, parentHidden) =>
        {
            var value = Styles.HasRules || current.HasAttribute("style") ? Styles.Declared(current, "visibility") : null;
            return value switch
            {
                "hidden" or "collapse" => true,
                "visible" => false,
                _ => parentHidden,
            };
        },
        rootValue: false);

    /// <summary>The element or an ancestor has <c>aria-hidden="true"</c>.</summary>
    public bool IsAriaHidden(IElement element) =>
        Inherited(element, ariaHidden, (current, parentHidden) => parentHidden || HasAriaHiddenTrue(current), rootValue: false);

    /// <summary>The element or an ancestor is <c>inert</c>.</summary>
    public bool IsInert(IElement element) =>
        Inherited(element, inert, (current, parentInert) => parentInert || current.HasAttribute("inert"), rootValue: false);

    public static bool HasAriaHiddenTrue(IElement element) =>
        string.Equals(element.GetAttribute("aria-hidden")?.Trim(), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>Rendered, not visibility-hidden: a sighted user could perceive it.</summary>
    public bool IsVisible(IElement element) => IsRendered(element) && !IsVisibilityHidden(element);

    /// <summary>The element is in the accessibility tree (not hidden by CSS, <c>hidden</c>, or <c>aria-hidden</c>).</summary>
    public bool IsInAccessibilityTree(IElement element) => IsVisible(element) && !IsAriaHidden(element);

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
