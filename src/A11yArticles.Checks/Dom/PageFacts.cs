using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace A11yArticles.Checks.Dom;

/// <summary>
/// Facts about elements that many rules need, computed once per document and cached: whether an
/// element is rendered, hidden from assistive technology, focusable, in the sequential focus order.
/// </summary>
internal sealed class PageFacts
{
    private readonly List<ElementFacts> all;
    private readonly Dictionary<IElement, ElementFacts> byElement;
    private readonly Dictionary<string, IElement> ids = new(StringComparer.Ordinal);
    private readonly Dictionary<int, Dictionary<string, IElement>> shadowIds = [];
    private readonly Dictionary<IElement, List<IElement>> shadowChildren = new(ReferenceEqualityComparer.Instance);
    private readonly bool displayRules;
    private readonly bool visibilityRules;

    public PageFacts(IDocument document)
    {
        Document = document;

        // One walk builds every element's record in document order with what its attributes and its
        // parent's record say; the style sheets are read from the style elements it met, and then one
        // pass over the records (parents first) adds what CSS says: display and visibility.
        all = Walk(document, scripted: null, out var styles, out var scripts);
        if (scripts.Count > 0 && ShadowTrees.FromScripts(document, scripts, LightElementById(all)) is { } scripted)
        {
            all = Walk(document, scripted, out styles, out _);
        }

        Styles = new StyleIndex(styles);
        displayRules = Styles.HasRulesFor("display");
        visibilityRules = Styles.HasRulesFor("visibility");
        byElement = new Dictionary<IElement, ElementFacts>(all.Count, ReferenceEqualityComparer.Instance);
        foreach (var facts in all)
        {
            byElement[facts.Element] = facts;
            ApplyStyles(facts);
            if (!string.IsNullOrEmpty(facts.Id))
            {
                (facts.Scope == 0 ? ids : ShadowIds(facts.Scope)).TryAdd(facts.Id, facts.Element);
            }

            if (facts.Host is { } host)
            {
                if (!shadowChildren.TryGetValue(host.Element, out var list))
                {
                    shadowChildren[host.Element] = list = [];
                }

                list.Add(facts.Element);
            }
        }

        // Pre-order keeps every subtree contiguous (a host's shadow tree follows its light children):
        // an element's subtree ends where its last descendant's does.
        ElementFacts? modal = null;
        for (var i = all.Count - 1; i >= 0; i--)
        {
            var facts = all[i];
            facts.SubtreeEnd = Math.Max(facts.SubtreeEnd, i);
            if (facts.InheritsFrom is { } parent)
            {
                parent.SubtreeEnd = Math.Max(parent.SubtreeEnd, facts.SubtreeEnd);
            }

            modal ??= facts.IsModalDialog ? facts : null;
        }

        // A modal dialog blocks the document: everything but the dialog and what is inside it (its
        // shadow trees included) is inert, as if it had the inert attribute (HTML's "blocked by a
        // modal dialog"). With more than one marked, the last in document order is taken as the top one.
        if (modal is not null)
        {
            foreach (var facts in all)
            {
                if (!modal.Contains(facts))
                {
                    facts.IsInert = true;
                }
            }
        }
    }

    /// <summary>
    /// Marks an open <c>&lt;dialog&gt;</c> as shown modally (<c>showModal()</c>), which HTML markup
    /// cannot say: the browser check (A11yArticles.Testing's BrowserChecker) adds it to the live DOM
    /// it serialises, and the rest of the page is then inert, as it is in the browser.
    /// </summary>
    public const string ModalAttribute = "data-a11y-modal";

    public IDocument Document { get; }

    public StyleIndex Styles { get; }

    /// <summary>Every element of the document in document order, each with its facts (shadow trees after their host's children).</summary>
    public IReadOnlyList<ElementFacts> All => all;

    private Dictionary<string, List<IElement>>? labelsByFor;

    private Dictionary<string, IElement> ShadowIds(int scope)
    {
        if (!shadowIds.TryGetValue(scope, out var map))
        {
            shadowIds[scope] = map = new Dictionary<string, IElement>(StringComparer.Ordinal);
        }

        return map;
    }

    private static Func<string, IElement?> LightElementById(List<ElementFacts> elements)
    {
        var map = new Dictionary<string, IElement>(StringComparer.Ordinal);
        foreach (var facts in elements)
        {
            if (facts.Scope == 0 && !string.IsNullOrEmpty(facts.Id))
            {
                map.TryAdd(facts.Id, facts.Element);
            }
        }

        return map.GetValueOrDefault;
    }

    /// <summary>
    /// The elements' records in document order (no recursion: documents can nest tens of thousands
    /// of elements deep); a shadow tree's top elements follow the host's light children, with the
    /// host as where they inherit from, in a scope (id namespace) of their own.
    /// </summary>
    private static List<ElementFacts> Walk(
        IDocument document, IReadOnlyDictionary<IElement, IReadOnlyList<IElement>>? scripted, out List<IElement> styles, out List<IElement> scripts)
    {
        // Sized from the source (about one element per 64 characters of markup) to spare most regrowth.
        var result = new List<ElementFacts>(Math.Clamp((document.Source?.Length ?? 0) / 64, 16, 1 << 20));
        styles = [];
        scripts = [];
        if (document.DocumentElement is not { } root)
        {
            return result;
        }

        var scopes = 0;
        var stack = new Stack<(IElement Element, ElementFacts? Parent, bool IsShadowTop, int Scope)>();
        stack.Push((root, null, false, 0));
        while (stack.Count > 0)
        {
            var (element, parent, isShadowTop, scope) = stack.Pop();
            var facts = FromAttributes(element, result.Count, isShadowTop ? null : parent, isShadowTop ? parent : null, scope);
            result.Add(facts);
            if (scope == 0 && element.LocalName is "style" or "script" && element.NamespaceUri == NamespaceNames.HtmlUri)
            {
                (element.LocalName == "style" ? styles : scripts).Add(element);
            }

            var shadow = element.ShadowRoot is not null || scripted is not null ? ShadowTrees.ChildrenOf(element, scripted) : [];
            if (shadow.Count > 0)
            {
                var shadowScope = ++scopes;
                for (var i = shadow.Count - 1; i >= 0; i--)
                {
                    stack.Push((shadow[i], facts, true, shadowScope));
                }
            }

            // By index: AngleSharp finds a node's siblings by searching its parent's child list.
            var children = element.ChildNodes;
            for (var i = children.Length - 1; i >= 0; i--)
            {
                if (children[i] is IElement child)
                {
                    stack.Push((child, facts, false, scope));
                }
            }
        }

        return result;
    }

    /// <summary>What the element's attributes and its parent's record say (one scan of the attributes: AngleSharp's GetAttribute lower-cases the name on every call).</summary>
    private static ElementFacts FromAttributes(IElement element, int index, ElementFacts? parent, ElementFacts? host, int scope)
    {
        string? id = null, role = null, ariaHidden = null;
        bool hasStyle = false, hasHidden = false, hasInert = false, hasAria = false, hasTabIndex = false, hasModal = false, hasOpen = false;
        var attributes = element.Attributes;
        for (var i = 0; i < attributes.Length; i++)
        {
            var attribute = attributes[i];
            if (attribute is null)
            {
                continue;
            }

            switch (attribute.Name)
            {
                case "id": id ??= attribute.Value; break;
                case "role": role ??= attribute.Value; break;
                case "style": hasStyle = true; break;
                case "hidden": hasHidden = true; break;
                case "inert": hasInert = true; break;
                case "tabindex": hasTabIndex = true; break;
                case "aria-hidden": ariaHidden ??= attribute.Value; hasAria = true; break;
                case "open": hasOpen = true; break;
                case ModalAttribute: hasModal = true; break;
                default:
                    hasAria |= attribute.Name.StartsWith("aria-", StringComparison.Ordinal);
                    break;
            }
        }

        // A shadow tree's top elements inherit from their host (the flat tree), though the DOM parent is the shadow root.
        var inherited = parent ?? host;
        return new ElementFacts(element, index, parent)
        {
            Host = host,
            Scope = scope,
            Id = id,
            RoleAttribute = role,
            AttributeCount = attributes.Length,
            HasAriaAttribute = hasAria,
            HasStyleAttribute = hasStyle,
            HasHiddenAttribute = hasHidden,
            HasTabIndexAttribute = hasTabIndex,
            IsAriaHidden = (inherited?.IsAriaHidden ?? false) || string.Equals(ariaHidden?.Trim(), "true", StringComparison.OrdinalIgnoreCase),
            IsInert = (inherited?.IsInert ?? false) || hasInert,
            IsModalDialog = hasModal && hasOpen && element.LocalName == "dialog" && element.NamespaceUri == NamespaceNames.HtmlUri,
        };
    }

    /// <summary>Adds display and visibility, from the element's inline style, the style sheets and its parent's record (which comes first).</summary>
    private void ApplyStyles(ElementFacts facts)
    {
        var element = facts.Element;
        var inherited = facts.InheritsFrom;
        facts.IsRendered = (inherited?.IsRendered ?? true)
            && !IsDisplayNone(facts)
            // The content of a closed details element is not rendered, except its summary.
            && !(element.ParentElement is { LocalName: "details" } details && !details.HasAttribute("open") && !IsDetailsSummary(element));
        var visibilityHidden = inherited?.IsVisibilityHidden ?? false;
        if ((visibilityRules && facts.Scope == 0) || facts.HasStyleAttribute)
        {
            visibilityHidden = Styles.Declared(element, "visibility", inlineOnly: facts.Scope != 0, facts.HasStyleAttribute) switch
            {
                "hidden" or "collapse" => true,
                "visible" => false,
                _ => visibilityHidden,
            };
        }

        facts.IsVisibilityHidden = visibilityHidden;
    }

    /// <summary>
    /// The element's record. An element outside the document's tree (a detached node) gets a
    /// record computed from its ancestors, not kept.
    /// </summary>
    public ElementFacts Of(IElement element)
    {
        if (byElement.TryGetValue(element, out var facts))
        {
            return facts;
        }

        var chain = new Stack<IElement>();
        ElementFacts? known = null;
        for (var current = element; current is not null; current = current.ParentElement)
        {
            if (byElement.TryGetValue(current, out known))
            {
                break;
            }

            chain.Push(current);
        }

        while (chain.Count > 0)
        {
            known = FromAttributes(chain.Pop(), -1, known, host: null, known?.Scope ?? 0);
            ApplyStyles(known);
        }

        return known!;
    }

    /// <summary>The first element with the id (like getElementById, but indexed once: the DOM's lookup walks the tree).</summary>
    public IElement? ElementById(string id) => ids.GetValueOrDefault(id);

    /// <summary>
    /// The first element with the id in the tree of <paramref name="from"/>: the document, or the
    /// shadow tree <paramref name="from"/> is in (id references do not cross a shadow boundary).
    /// </summary>
    public IElement? ElementById(string id, IElement from)
    {
        var scope = byElement.TryGetValue(from, out var facts) ? facts.Scope : 0;
        return scope == 0 ? ids.GetValueOrDefault(id) : shadowIds.TryGetValue(scope, out var map) ? map.GetValueOrDefault(id) : null;
    }

    /// <summary>The parent in the flat tree: the parent element, or the host for the top of a shadow tree.</summary>
    public IElement? ComposedParent(IElement element) =>
        element.ParentElement ?? (byElement.TryGetValue(element, out var facts) ? facts.Host?.Element : null);

    /// <summary>The top elements of the element's shadow tree (empty when it hosts none).</summary>
    public IReadOnlyList<IElement> ShadowChildren(IElement host) =>
        shadowChildren.TryGetValue(host, out var children) ? children : [];

    /// <summary>The label elements whose for attribute names the id.</summary>
    public IReadOnlyList<IElement> LabelsFor(string id)
    {
        if (labelsByFor is null)
        {
            labelsByFor = new Dictionary<string, List<IElement>>(StringComparer.Ordinal);
            foreach (var facts in all)
            {
                if (facts.Scope != 0 || facts.Element.LocalName != "label" || facts.Element.GetAttribute("for") is not { } target)
                {
                    continue;
                }

                if (!labelsByFor.TryGetValue(target, out var list))
                {
                    labelsByFor[target] = list = [];
                }

                list.Add(facts.Element);
            }
        }

        return labelsByFor.TryGetValue(id, out var labels) ? labels : [];
    }

    /// <summary>Neither the element nor an ancestor is <c>display: none</c> (by CSS, <c>hidden</c>, or by being in head/script/template...).</summary>
    public bool IsRendered(IElement element) => Of(element).IsRendered;

    /// <summary>Never rendered: the HTML elements whose content a browser does not display.</summary>
    private static bool IsNeverRendered(string localName) => localName is
        "head" or "script" or "style" or "template" or "title" or "meta" or "link" or "base" or "noscript" or "datalist" or "param" or "source" or "track";

    private bool IsDisplayNone(ElementFacts facts)
    {
        var element = facts.Element;
        var html = element.NamespaceUri == AngleSharp.Dom.NamespaceNames.HtmlUri;
        if (html && IsNeverRendered(element.LocalName))
        {
            return true;
        }

        // The page's style sheets do not reach into shadow trees; their inline styles do.
        if ((displayRules && facts.Scope == 0) || facts.HasStyleAttribute)
        {
            var display = Styles.Declared(element, "display", inlineOnly: facts.Scope != 0, facts.HasStyleAttribute);
            if (display is not null)
            {
                return display == "none";
            }
        }

        return html && facts.HasHiddenAttribute;
    }

    /// <summary>The element's computed <c>visibility</c> is hidden or collapse (the property inherits).</summary>
    public bool IsVisibilityHidden(IElement element) => Of(element).IsVisibilityHidden;

    /// <summary>The element or an ancestor has <c>aria-hidden="true"</c>.</summary>
    public bool IsAriaHidden(IElement element) => Of(element).IsAriaHidden;

    /// <summary>The element or an ancestor is <c>inert</c>.</summary>
    public bool IsInert(IElement element) => Of(element).IsInert;

    public static bool HasAriaHiddenTrue(IElement element) =>
        string.Equals(element.GetAttribute("aria-hidden")?.Trim(), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>Rendered, not visibility-hidden: a sighted user could perceive it.</summary>
    public bool IsVisible(IElement element) => Of(element).IsVisible;

    /// <summary>The element is in the accessibility tree (not hidden by CSS, <c>hidden</c>, or <c>aria-hidden</c>).</summary>
    public bool IsInAccessibilityTree(IElement element) => Of(element).IsInAccessibilityTree;

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

        if (element.Attributes.Length == 0)
        {
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
    public bool IsFocusable(IElement element) => IsFocusable(Of(element));

    /// <inheritdoc cref="IsFocusable(IElement)"/>
    public static bool IsFocusable(ElementFacts facts)
    {
        if (facts.Focusable < 0)
        {
            var element = facts.Element;
            var focusable = facts.IsVisible && !facts.IsInert
                && (TabIndex(facts) is not null ? !IsDisabled(element) : IsNativelyFocusable(element));
            facts.Focusable = focusable ? (sbyte)1 : (sbyte)0;
        }

        return facts.Focusable == 1;
    }

    /// <summary>The first element of the subtree (the element itself first, unless excluded) that is in the sequential focus order.</summary>
    public IElement? FirstInSequentialFocusOrder(ElementFacts root, bool includeSelf = true)
    {
        if (root.Index < 0)
        {
            return (includeSelf ? Traversal.ElementsFrom(root.Element) : Traversal.DescendantElements(root.Element))
                .FirstOrDefault(element => IsInSequentialFocusOrder(Of(element)));
        }

        for (var i = includeSelf ? root.Index : root.Index + 1; i <= root.SubtreeEnd; i++)
        {
            if (IsInSequentialFocusOrder(all[i]))
            {
                return all[i].Element;
            }
        }

        return null;
    }

    /// <summary>The element is reached by Tab: focusable and tabindex not negative.</summary>
    public bool IsInSequentialFocusOrder(IElement element) => IsInSequentialFocusOrder(Of(element));

    /// <inheritdoc cref="IsInSequentialFocusOrder(IElement)"/>
    public static bool IsInSequentialFocusOrder(ElementFacts facts) => IsFocusable(facts) && (TabIndex(facts) ?? 0) >= 0;

    /// <inheritdoc cref="TabIndex(IElement)"/>
    public static int? TabIndex(ElementFacts facts) => facts.HasTabIndexAttribute ? TabIndex(facts.Element) : null;
}
