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
            PushChildren(stack, element);
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
        PushChildren(stack, root);

        while (stack.Count > 0)
        {
            var element = stack.Pop();
            yield return element;
            PushChildren(stack, element);
        }
    }

    /// <summary>
    /// Pushes the element children last to first, by index: AngleSharp finds a node's siblings by
    /// searching its parent's child list, so sibling links cost more on wide parents.
    /// </summary>
    private static void PushChildren(Stack<IElement> stack, IElement element)
    {
        var children = element.ChildNodes;
        for (var i = children.Length - 1; i >= 0; i--)
        {
            if (children[i] is IElement child)
            {
                stack.Push(child);
            }
        }
    }

    /// <summary>
    /// Some text below the node is not white space: <c>!string.IsNullOrWhiteSpace(node.TextContent)</c>
    /// without building the text (AngleSharp builds it with a locked pool of string builders).
    /// </summary>
    public static bool HasNonWhiteSpaceText(INode node)
    {
        Stack<INode>? stack = null; // only made when the text is below child elements
        for (var current = node; current is not null; current = stack is { Count: > 0 } ? stack.Pop() : null)
        {
            var children = current.ChildNodes;
            for (var i = 0; i < children.Length; i++)
            {
                switch (children[i])
                {
                    case IText text when !string.IsNullOrWhiteSpace(text.Data):
                        return true;
                    case IElement child:
                        (stack ??= new Stack<INode>()).Push(child);
                        break;
                }
            }
        }

        return false;
    }
}
