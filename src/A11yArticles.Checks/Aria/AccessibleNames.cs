using System.Text;
using AngleSharp.Dom;
using A11yArticles.Checks.Dom;

namespace A11yArticles.Checks.Aria;

/// <summary>
/// The accessible name of an element, following Accessible Name and Description Computation 1.2
/// (https://www.w3.org/TR/accname-1.2/) and the HTML-AAM / SVG-AAM name rules: aria-labelledby,
/// aria-label, the host language's text alternative (alt, label, legend, caption, figcaption, SVG
/// title, button values), embedded control values, name from content, then title and placeholder.
/// CSS generated content is not read.
/// </summary>
internal sealed class AccessibleNames
{
    private static readonly HashSet<string> BlockElements = new(StringComparer.Ordinal)
    {
        "address", "article", "aside", "blockquote", "br", "caption", "dd", "details", "div", "dl", "dt", "fieldset",
        "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav",
        "ol", "p", "pre", "section", "summary", "table", "td", "th", "tr", "ul", "legend", "option",
    };

    private readonly PageFacts facts;
    private readonly Roles roles;

    public AccessibleNames(PageFacts facts, Roles roles)
    {
        this.facts = facts;
        this.roles = roles;
    }

    /// <summary>The element's accessible name, whitespace collapsed and trimmed ("" when it has none).</summary>
    public string Name(IElement element) => Name(facts.Of(element));

    /// <inheritdoc cref="Name(IElement)"/>
    public string Name(ElementFacts record) =>
        record.Name ??= Normalize(Compute(record.Element, new State(record.Element), inLabelledBy: false, inContent: false, includeHidden: false));

    /// <summary>
    /// One name computation: the elements being visited (the current path, so a reference cycle
    /// ends) and those given up on past the depth limit. The path is a small array, not a set:
    /// it is only as long as the nesting, and most names need one or two steps.
    /// </summary>
    private sealed class State(IElement root)
    {
        private IElement[] path = new IElement[4];
        private int count;
        private HashSet<IElement>? abandoned;

        public IElement Root { get; } = root;

        public int Depth { get; set; }

        /// <summary>Starts visiting the element; false when it is already being visited (or was given up on).</summary>
        public bool Enter(IElement element)
        {
            for (var i = 0; i < count; i++)
            {
                if (ReferenceEquals(path[i], element))
                {
                    return false;
                }
            }

            if (abandoned is not null && abandoned.Contains(element))
            {
                return false;
            }

            if (count == path.Length)
            {
                Array.Resize(ref path, count * 2);
            }

            path[count++] = element;
            return true;
        }

        /// <summary>Ends the visit of the element entered last.</summary>
        public void Leave() => path[--count] = null!;

        /// <summary>Gives up on the element entered last: it stays visited for the rest of this computation.</summary>
        public void Abandon()
        {
            (abandoned ??= new HashSet<IElement>(ReferenceEqualityComparer.Instance)).Add(path[count - 1]);
            Leave();
        }
    }

    private bool IsHidden(IElement element) => !facts.Of(element).IsInAccessibilityTree;

    private string Compute(IElement element, State state, bool inLabelledBy, bool inContent, bool includeHidden)
    {
        if (!state.Enter(element))
        {
            return string.Empty;
        }

        if (state.Depth > 200)
        {
            state.Abandon();
            return string.Empty;
        }

        state.Depth++;
        try
        {
            return ComputeCore(element, state, inLabelledBy, inContent, includeHidden);
        }
        finally
        {
            state.Depth--;
            state.Leave();
        }
    }

    private string ComputeCore(IElement element, State state, bool inLabelledBy, bool inContent, bool includeHidden)
    {
        var isRoot = element == state.Root;

        // 2A: hidden and not referenced.
        if (!includeHidden && IsHidden(element))
        {
            return string.Empty;
        }

        // 2B: aria-labelledby (not followed again inside a labelledby traversal).
        if (!inLabelledBy)
        {
            var ids = element.GetAttribute("aria-labelledby");
            if (!string.IsNullOrWhiteSpace(ids))
            {
                var parts = new List<string>();
                foreach (var id in ids.Split([' ', '\t', '\n', '\r', '\f'], StringSplitOptions.RemoveEmptyEntries))
                {
                    if (facts.ElementById(id, element) is { } referenced)
                    {
                        // An element may name itself: its own content then counts (it is already being visited).
                        parts.Add(Normalize(referenced == element
                            ? ComputeCore(referenced, state, inLabelledBy: true, inContent: true, includeHidden: IsHidden(referenced))
                            : Compute(referenced, state, inLabelledBy: true, inContent: true, includeHidden: IsHidden(referenced))));
                    }
                }

                var joined = string.Join(' ', parts.Where(part => part.Length > 0));
                if (joined.Trim().Length > 0)
                {
                    return joined;
                }
            }
        }

        var role = roles.Role(element);

        // 2C / 2E: an embedded control inside another name takes its value.
        if (!isRoot && (inContent || inLabelledBy) && EmbeddedControlValue(element, role) is { } value)
        {
            return value;
        }

        var label = element.GetAttribute("aria-label");
        if (!string.IsNullOrWhiteSpace(label))
        {
            return label;
        }

        // 2D: the host language's text alternative.
        if (role is not ("none" or "presentation"))
        {
            var native = NativeName(element, state);
            if (native is not null && (native.Trim().Length > 0 || IsFinalNative(element)))
            {
                return native;
            }
        }

        // 2F: name from content.
        var fromContent = inContent || inLabelledBy || (AriaTables.Role(role)?.NameFromContent ?? false)
            || element.LocalName is "label" or "legend" or "caption" or "figcaption" or "summary" || (isRoot && role is "tooltip" or "cell" or "gridcell" or "columnheader" or "rowheader");
        if (fromContent && !IsFormValueControl(element))
        {
            var content = Content(element, state, includeHidden);
            if (content.Trim().Length > 0)
            {
                return content;
            }
        }

        // 2I: tooltip attribute, then placeholder.
        var title = element.GetAttribute("title");
        if (!string.IsNullOrWhiteSpace(title))
        {
            return title;
        }

        if (element.NamespaceUri == NamespaceNames.SvgUri)
        {
            var xlinkTitle = element.GetAttribute("xlink:title");
            if (!string.IsNullOrWhiteSpace(xlinkTitle))
            {
                return xlinkTitle;
            }
        }

        if (element.LocalName is "input" or "textarea")
        {
            var placeholder = element.GetAttribute("placeholder") ?? element.GetAttribute("aria-placeholder");
            if (!string.IsNullOrWhiteSpace(placeholder))
            {
                return placeholder;
            }
        }
        else
        {
            var placeholder = element.GetAttribute("aria-placeholder");
            if (role is "textbox" or "searchbox" && !string.IsNullOrWhiteSpace(placeholder))
            {
                return placeholder;
            }
        }

        return string.Empty;
    }

    private static bool IsFinalNative(IElement element) =>
        element.LocalName is "img" or "area" && element.NamespaceUri == NamespaceNames.HtmlUri && element.GetAttribute("alt") == string.Empty && !element.HasAttribute("title");

    private static bool IsFormValueControl(IElement element) =>
        element.NamespaceUri == NamespaceNames.HtmlUri && element.LocalName is "input" or "select" or "textarea";

    private string? EmbeddedControlValue(IElement element, string? role)
    {
        if (element.NamespaceUri != NamespaceNames.HtmlUri && role is null)
        {
            return null;
        }

        switch (role)
        {
            case "textbox" or "searchbox" when element.LocalName is "input" or "textarea":
                return element.LocalName == "textarea" ? element.TextContent : element.GetAttribute("value") ?? string.Empty;
            case "textbox" or "searchbox":
                return element.TextContent;
            case "combobox" or "listbox":
                if (element.LocalName == "select")
                {
                    var options = Traversal.DescendantElements(element).Where(option => option.LocalName == "option").ToList();
                    var selected = options.Where(option => option.HasAttribute("selected")).ToList();
                    if (selected.Count == 0 && !element.HasAttribute("multiple") && options.Count > 0)
                    {
                        selected.Add(options[0]);
                    }

                    return string.Join(' ', selected.Select(option => option.TextContent.Trim()));
                }

                if (element.LocalName == "input")
                {
                    return element.GetAttribute("value") ?? string.Empty;
                }

                var chosen = Traversal.DescendantElements(element).FirstOrDefault(option => option.GetAttribute("aria-selected") == "true");
                return chosen?.TextContent ?? string.Empty;
            case "slider" or "spinbutton" or "progressbar" or "meter" or "scrollbar":
                var text = element.GetAttribute("aria-valuetext");
                if (!string.IsNullOrWhiteSpace(text))
                {
                    return text;
                }

                return element.GetAttribute("aria-valuenow") ?? element.GetAttribute("value") ?? string.Empty;
            default:
                return null;
        }
    }

    private string? NativeName(IElement element, State state)
    {
        if (element.NamespaceUri == NamespaceNames.SvgUri)
        {
            var title = element.Children.FirstOrDefault(child => child.LocalName == "title" && child.NamespaceUri == NamespaceNames.SvgUri);
            return title?.TextContent;
        }

        if (element.NamespaceUri != NamespaceNames.HtmlUri)
        {
            return null;
        }

        switch (element.LocalName)
        {
            case "img":
            case "area":
                return element.GetAttribute("alt");
            case "input":
            {
                var type = element.GetAttribute("type")?.Trim().ToLowerInvariant() ?? "text";
                switch (type)
                {
                    case "button":
                        return Labels(element, state) ?? element.GetAttribute("value");
                    case "submit":
                    case "reset":
                    {
                        var labelled = Labels(element, state);
                        if (!string.IsNullOrWhiteSpace(labelled))
                        {
                            return labelled;
                        }

                        var value = element.GetAttribute("value");
                        return value ?? (type == "submit" ? "Submit" : "Reset");
                    }

                    case "image":
                        return Labels(element, state) is { Length: > 0 } imageLabel && imageLabel.Trim().Length > 0 ? imageLabel : element.GetAttribute("alt");
                    case "hidden":
                        return null;
                    default:
                        return Labels(element, state);
                }
            }

            case "textarea":
            case "select":
            case "button":
            case "meter":
            case "progress":
            case "output":
                return Labels(element, state);
            case "fieldset":
                return element.Children.FirstOrDefault(child => child.LocalName == "legend") is { } legend ? Content(legend, state, false) : null;
            case "figure":
                return element.Children.FirstOrDefault(child => child.LocalName == "figcaption") is { } caption ? Content(caption, state, false) : null;
            case "table":
                return element.Children.FirstOrDefault(child => child.LocalName == "caption") is { } tableCaption ? Content(tableCaption, state, false) : null;
            case "optgroup":
                return element.GetAttribute("label");
            case "option":
                return element.GetAttribute("label");
            default:
                return null;
        }
    }

    /// <summary>The text of the label elements associated with a labelable element, or null when it has none.</summary>
    private string? Labels(IElement element, State state)
    {
        var id = element.Id;
        var byFor = string.IsNullOrEmpty(id) ? [] : facts.LabelsFor(id);
        var wrapping = Traversal.Closest(element.ParentElement, "label");
        if (wrapping is not null && (byFor.Contains(wrapping) || (wrapping.HasAttribute("for") && wrapping.GetAttribute("for") != id)))
        {
            wrapping = null;
        }

        if (byFor.Count == 0 && wrapping is null)
        {
            return null;
        }

        var labels = wrapping is null ? byFor : [.. byFor, wrapping];

        return string.Join(' ', labels.Select(label => Normalize(Content(label, state, false))).Where(text => text.Length > 0));
    }

    private string Content(IElement element, State state, bool includeHidden)
    {
        var builder = new StringBuilder();
        foreach (var child in element.ChildNodes)
        {
            switch (child)
            {
                case IText text:
                    builder.Append(text.Data);
                    break;
                case IElement childElement:
                {
                    if (childElement.LocalName is "script" or "style" or "template" || (childElement.LocalName == "title" && childElement.NamespaceUri == NamespaceNames.SvgUri))
                    {
                        break;
                    }

                    var block = BlockElements.Contains(childElement.LocalName);
                    if (block)
                    {
                        builder.Append(' ');
                    }

                    builder.Append(Compute(childElement, state, inLabelledBy: false, inContent: true, includeHidden: includeHidden));
                    if (block)
                    {
                        builder.Append(' ');
                    }

                    break;
                }
            }
        }

        return builder.ToString();
    }

    /// <summary>Collapses runs of whitespace to one space and trims.</summary>
    public static string Normalize(string text)
    {
        if (IsNormalized(text))
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        var space = false;
        foreach (var character in text)
        {
            if (char.IsWhiteSpace(character))
            {
                space = builder.Length > 0;
                continue;
            }

            if (space)
            {
                builder.Append(' ');
                space = false;
            }

            builder.Append(character);
        }

        return builder.ToString();
    }

    /// <summary>No leading, trailing or repeated white space, and only plain spaces: Normalize would return the text as it is.</summary>
    private static bool IsNormalized(string text)
    {
        if (text.Length == 0)
        {
            return true;
        }

        if (char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[^1]))
        {
            return false;
        }

        for (var i = 1; i < text.Length; i++)
        {
            if (char.IsWhiteSpace(text[i]) && (text[i] != ' ' || text[i - 1] == ' '))
            {
                return false;
            }
        }

        return true;
    }
}
