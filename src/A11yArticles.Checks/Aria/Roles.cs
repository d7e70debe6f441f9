using AngleSharp.Dom;
using A11yArticles.Checks.Dom;

namespace A11yArticles.Checks.Aria;

/// <summary>
/// The semantic role of an element: the first valid token of its <c>role</c> attribute (ARIA fallback
/// roles), else the implicit role from HTML-AAM / SVG-AAM. A <c>none</c>/<c>presentation</c> role is
/// ignored when the element is focusable or has a global ARIA attribute (presentational role conflict).
/// </summary>
internal sealed class Roles
{
    private readonly PageFacts facts;

    public Roles(PageFacts facts) => this.facts = facts;

    /// <summary>The first concrete role token of the role attribute, or null.</summary>
    public static string? ExplicitRole(IElement element) => ParseRole(element.GetAttribute("role"));

    /// <inheritdoc cref="ExplicitRole(IElement)"/>
    public static string? ExplicitRole(ElementFacts record)
    {
        if (!record.ExplicitRoleKnown)
        {
            record.ExplicitRole = ParseRole(record.RoleAttribute);
            record.ExplicitRoleKnown = true;
        }

        return record.ExplicitRole;
    }

    private static string? ParseRole(string? value)
    {
        if (value is null)
        {
            return null;
        }

        foreach (var token in value.Split([' ', '\t', '\n', '\r', '\f'], StringSplitOptions.RemoveEmptyEntries))
        {
            var role = token.ToLowerInvariant();
            if (AriaTables.IsConcreteRole(role))
            {
                return role;
            }
        }

        return null;
    }

    /// <summary>The element has a global ARIA attribute (other than aria-hidden, aria-label, aria-labelledby of a decorative element).</summary>
    public static bool HasGlobalAriaAttribute(IElement element) =>
        element.Attributes.Any(attribute => AriaTables.Attributes.TryGetValue(attribute.Name, out var definition) && definition.IsGlobal && attribute.Name != "aria-hidden");

    /// <summary>The role assistive technologies see (null when the element has no role, e.g. a plain text container in SVG).</summary>
    public string? Role(IElement element) => Role(facts.Of(element));

    /// <inheritdoc cref="Role(IElement)"/>
    public string? Role(ElementFacts record)
    {
        if (record.RoleKnown)
        {
            return record.Role;
        }

        var element = record.Element;
        var role = ExplicitRole(record);
        if (role is "none" or "presentation")
        {
            if (PageFacts.IsFocusable(record) || HasGlobalAriaAttribute(element))
            {
                role = ImplicitRole(element);
            }
        }
        else if (role is null)
        {
            role = ImplicitRole(element);
        }
        else if (role is "image")
        {
            role = "img";
        }

        record.Role = role;
        record.RoleKnown = true;
        return role;
    }

    /// <summary>The element was marked decorative: role none/presentation, or an img with alt="".</summary>
    public static bool IsMarkedDecorative(IElement element)
    {
        var explicitRole = ExplicitRole(element);
        if (explicitRole is "none" or "presentation")
        {
            return true;
        }

        return explicitRole is null && element.LocalName == "img" && element.NamespaceUri == NamespaceNames.HtmlUri
            && element.GetAttribute("alt") == string.Empty;
    }

    /// <summary>The implicit role of the element (HTML-AAM, SVG-AAM), or null.</summary>
    public string? ImplicitRole(IElement element)
    {
        if (element.NamespaceUri == NamespaceNames.SvgUri)
        {
            return element.LocalName switch
            {
                "svg" => "graphics-document",
                "a" => element.HasAttribute("href") || element.HasAttribute("xlink:href") ? "link" : "group",
                "g" => "group",
                "image" => "img",
                "circle" or "ellipse" or "line" or "path" or "polygon" or "polyline" or "rect" or "use" => "graphics-symbol",
                "text" => "group",
                _ => null,
            };
        }

        if (element.NamespaceUri == NamespaceNames.MathMlUri)
        {
            return element.LocalName == "math" ? "math" : null;
        }

        switch (element.LocalName)
        {
            case "a":
            case "area":
                return element.HasAttribute("href") ? "link" : "generic";
            case "article": return "article";
            case "aside": return InSectioningContent(element) && !HasName(element) ? "generic" : "complementary";
            case "blockquote": return "blockquote";
            case "button": return "button";
            case "caption": return "caption";
            case "code": return "code";
            case "datalist": return "listbox";
            case "del": return "deletion";
            case "details": return "group";
            case "dfn": return "term";
            case "dialog": return "dialog";
            case "dd": return "definition";
            case "dt": return "term";
            case "em": return "emphasis";
            case "fieldset": return "group";
            case "figure": return "figure";
            case "footer": return InSectioningContent(element) ? "generic" : "contentinfo";
            case "form": return HasName(element) ? "form" : "form";
            case "h1":
            case "h2":
            case "h3":
            case "h4":
            case "h5":
            case "h6":
                return "heading";
            case "header": return InSectioningContent(element) ? "generic" : "banner";
            case "hr": return "separator";
            case "html": return "document";
            case "iframe": return null;
            case "img":
                return element.GetAttribute("alt") == string.Empty && !HasName(element) && !facts.IsFocusable(element) && !HasGlobalAriaAttribute(element)
                    ? "presentation"
                    : "img";
            case "input": return InputRole(element);
            case "ins": return "insertion";
            case "li": return element.ParentElement?.LocalName is "ul" or "ol" or "menu" ? "listitem" : "generic";
            case "main": return "main";
            case "mark": return "mark";
            case "math": return "math";
            case "menu":
            case "ol":
            case "ul":
                return "list";
            case "meter": return "meter";
            case "nav": return "navigation";
            case "optgroup": return "group";
            case "option": return "option";
            case "output": return "status";
            case "p": return "paragraph";
            case "progress": return "progressbar";
            case "search": return "search";
            case "section": return HasName(element) ? "region" : "generic";
            case "select":
                return element.HasAttribute("multiple") || (int.TryParse(element.GetAttribute("size"), out var size) && size > 1) ? "listbox" : "combobox";
            case "strong": return "strong";
            case "sub": return "subscript";
            case "sup": return "superscript";
            case "summary": return null; // HTML-AAM maps summary to no ARIA role (browsers expose a disclosure triangle).
            case "svg": return "graphics-document";
            case "table": return "table";
            case "tbody":
            case "thead":
            case "tfoot":
                return "rowgroup";
            case "td": return Traversal.Closest(element, "table") is { } table && ExplicitRole(table) is "grid" or "treegrid" ? "gridcell" : "cell";
            case "textarea": return "textbox";
            case "th": return HeaderRole(element);
            case "time": return "time";
            case "tr": return "row";
            case "b":
            case "bdi":
            case "bdo":
            case "body":
            case "data":
            case "div":
            case "i":
            case "pre":
            case "q":
            case "samp":
            case "small":
            case "span":
            case "u":
            case "address":
            case "hgroup":
                return "generic";
            default:
                return null;
        }
    }

    private static bool HasName(IElement element) =>
        !string.IsNullOrWhiteSpace(element.GetAttribute("aria-label"))
        || !string.IsNullOrWhiteSpace(element.GetAttribute("aria-labelledby"))
        || !string.IsNullOrWhiteSpace(element.GetAttribute("title"));

    private static bool InSectioningContent(IElement element)
    {
        for (var ancestor = element.ParentElement; ancestor is not null; ancestor = ancestor.ParentElement)
        {
            if (ancestor.LocalName is "article" or "aside" or "main" or "nav" or "section")
            {
                return true;
            }

            var role = ExplicitRole(ancestor);
            if (role is "article" or "complementary" or "main" or "navigation" or "region")
            {
                return true;
            }
        }

        return false;
    }

    private static string HeaderRole(IElement element)
    {
        var scope = element.GetAttribute("scope")?.Trim().ToLowerInvariant();
        if (scope is "row" or "rowgroup")
        {
            return "rowheader";
        }

        if (scope is "col" or "colgroup")
        {
            return "columnheader";
        }

        // No scope: a header in a row whose other cells are data cells is a row header.
        if (element.ParentElement is { LocalName: "tr" } row
            && row.Children.Any(cell => cell.LocalName == "td")
            && row.ParentElement?.LocalName != "thead")
        {
            return "rowheader";
        }

        return "columnheader";
    }

    private static string? InputRole(IElement element)
    {
        var type = element.GetAttribute("type")?.Trim().ToLowerInvariant() ?? "text";
        var hasList = element.HasAttribute("list");
        return type switch
        {
            "button" or "image" or "reset" or "submit" => "button",
            "checkbox" => "checkbox",
            "radio" => "radio",
            "range" => "slider",
            "number" => "spinbutton",
            "search" => hasList ? "combobox" : "searchbox",
            "hidden" => null,
            "color" or "file" => null,
            "date" or "datetime-local" or "month" or "time" or "week" => "textbox",
            "email" or "tel" or "text" or "url" => hasList ? "combobox" : "textbox",
            "password" => "textbox",
            _ => hasList ? "combobox" : "textbox",
        };
    }
}
