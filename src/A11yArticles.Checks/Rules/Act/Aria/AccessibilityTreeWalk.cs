using A11yArticles.Checks.Engine;
using AngleSharp.Dom;

namespace A11yArticles.Checks.Rules.Act.Aria;

/// <summary>
/// Parent and children in the accessibility tree as the ARIA ownership rules see them: elements with
/// role none/presentation (without a conflict) and hidden elements are skipped, aria-owns moves
/// elements under their owner.
/// </summary>
internal static class AccessibilityTreeWalk
{
    /// <summary>The elements an element owns: its rendered children (looking through none/presentation) plus those named in aria-owns.</summary>
    public static List<IElement> OwnedElements(CheckContext context, IElement element)
    {
        var result = new List<IElement>();
        var ownedElsewhere = OwnedByAriaOwns(context);

        // A shadow host's children in the accessibility tree are its shadow tree's top elements (and its light children).
        foreach (var child in ChildElements(element).Concat(context.Facts.ShadowChildren(element)))
        {
            if (ownedElsewhere.TryGetValue(child, out var owner) && owner != element)
            {
                continue;
            }

            Flatten(context, child, result);
        }

        foreach (var id in (element.GetAttribute("aria-owns") ?? string.Empty).Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (context.Facts.ElementById(id, element) is { } referenced && !element.Contains(referenced))
            {
                Flatten(context, referenced, result);
            }
        }

        return result;
    }

    /// <summary>The element children, read by index (AngleSharp's Children makes a collection and an enumerator per call).</summary>
    private static List<IElement> ChildElements(IElement element)
    {
        var children = element.ChildNodes;
        var result = new List<IElement>(children.Length);
        for (var i = 0; i < children.Length; i++)
        {
            if (children[i] is IElement child)
            {
                result.Add(child);
            }
        }

        return result;
    }

    /// <summary>Adds the element, or, when it is none/presentation, what its children add; nothing when it is hidden (no recursion).</summary>
    private static void Flatten(CheckContext context, IElement element, List<IElement> result)
    {
        // Most owned elements are neither hidden nor presentational: no stack for them.
        if (!context.Facts.IsInAccessibilityTree(element))
        {
            return;
        }

        if (!IsPresentational(context, element))
        {
            result.Add(element);
            return;
        }

        var stack = new Stack<IElement>();
        stack.Push(element);
        while (stack.Count > 0)
        {
            var current = stack.Pop();
            if (!context.Facts.IsInAccessibilityTree(current))
            {
                continue;
            }

            if (!IsPresentational(context, current))
            {
                result.Add(current);
                continue;
            }

            var children = current.ChildNodes;
            for (var i = children.Length - 1; i >= 0; i--)
            {
                if (children[i] is IElement child)
                {
                    stack.Push(child);
                }
            }
        }
    }

    /// <summary>The accessibility parent: aria-owns owner, else the nearest ancestor that is not transparent.</summary>
    public static IElement? Parent(CheckContext context, IElement element)
    {
        if (OwnedByAriaOwns(context).TryGetValue(element, out var owner))
        {
            return owner;
        }

        // Up the flat tree: from the top of a shadow tree to its host (id references do not cross, ancestry does).
        for (var ancestor = context.Facts.ComposedParent(element); ancestor is not null; ancestor = context.Facts.ComposedParent(ancestor))
        {
            if (OwnedByAriaOwns(context).TryGetValue(ancestor, out var ancestorOwner) && IsTransparent(context, ancestor))
            {
                return ancestorOwner;
            }

            if (!IsTransparent(context, ancestor))
            {
                return ancestor;
            }
        }

        return null;
    }

    /// <summary>Role none/presentation: the element itself is not exposed, its children are.</summary>
    private static bool IsPresentational(CheckContext context, IElement element) =>
        context.Roles.Role(element) is "none" or "presentation";

    /// <summary>Presentational, or a plain generic element (no ARIA attribute, not focusable) that browsers leave out of the tree.</summary>
    private static bool IsTransparent(CheckContext context, IElement element) =>
        IsPresentational(context, element)
        || (context.Roles.Role(element) is "generic" or null
            && !element.Attributes.Any(attribute => attribute.Name.StartsWith("aria-", StringComparison.Ordinal))
            && !context.Facts.IsFocusable(element));

    private static Dictionary<IElement, IElement> OwnedByAriaOwns(CheckContext context) =>
        context.GetOrAdd("aria-owns", context, static context =>
        {
            var map = new Dictionary<IElement, IElement>(ReferenceEqualityComparer.Instance);
            foreach (var facts in context.Facts.All)
            {
                if (!facts.HasAriaAttribute || facts.Element is not { } owner || !owner.HasAttribute("aria-owns"))
                {
                    continue;
                }

                foreach (var id in (owner.GetAttribute("aria-owns") ?? string.Empty).Split(' ', StringSplitOptions.RemoveEmptyEntries))
                {
                    if (context.Facts.ElementById(id, owner) is { } owned && !map.ContainsKey(owned) && !owned.Contains(owner))
                    {
                        map[owned] = owner;
                    }
                }
            }

            return map;
        });
}
