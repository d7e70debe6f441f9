using AngleSharp.Dom;

namespace A11yArticles.Checks.Dom;

/// <summary>Document-order walks without recursion and without the selector engine (which costs a parse per call).</summary>
internal static class Traversal
{
    /// <summary>The element and every element below it, in document order.</summary>
    public static List<IElement> ElementsFrom(IElement root)
    {
        var result = new List<IElement>();
        var stack = new Stack<IElement>();
        stack.Push(root);
        while (stack.Count > 0)
        {
            var element = stack.Pop();
            result.Add(element);
            for (var child = element.LastElementChild; child is not null; child = child.PreviousElementSibling)
            {
                stack.Push(child);
            }
        }

        return result;
    }

    /// <summary>The nearest ancestor-or-self with the local name (like Closest, without parsing a selector).</summary>
    public static IElement? Closest(IElement? element, string localName)
    {
        for (var current = element; current is not null; current = current.ParentElement)
        {
            if (current.LocalName == localName)
            {
                return current;
            }
        }

        return null;
    }

    /// <summary>Every element strictly below <paramref name="root"/>, in document order, lazily.</summary>
    public static IEnumerable<IElement> DescendantElements(IElement root)
    {
        var stack = new Stack<IElement>();
        for (var child = root.LastElementChild; child is not null; child = child.PreviousElementSibling)
        {
            stack.Push(child);
        }

        while (stack.Count > 0)
        {
            var element = stack.Pop();
            yield return element;
            for (var child = element.LastElementChild; child is not null; child = child.PreviousElementSibling)
            {
                stack.Push(child);
            }
        }
    }
}
