using AngleSharp.Dom;

namespace A11yArticles.Importers.Html;

/// <summary>
/// Shortens long chains of plain wrappers before extraction: a <c>div</c> or <c>span</c> whose only
/// content is one more such wrapper, hundreds of levels down (issue 15's hostile pages). Readability's
/// scoring (SmartReader) reads the text of every candidate and of its ancestors, so its work grows
/// with the page's size times its depth: a 1 MB page of 250-deep chains took 15 times a normal 1 MB
/// page to import. A chain longer than <see cref="KeptLevels"/> keeps its outer and inner halves
/// and loses the middle, which holds nothing a reader sees (no text, no other element) and nothing a
/// screen reader announces (only wrappers without <c>lang</c>, <c>dir</c>, <c>role</c>, <c>aria-*</c>
/// or other meaningful attributes are taken out).
/// Real pages are not changed: their wrapper chains are a few levels long (the deepest pages of both
/// evaluation corpora nest 51 levels in all).
/// </summary>
internal static class WrapperChains
{
    /// <summary>The most levels of one chain that are kept: the outermost half and the innermost half.</summary>
    public const int KeptLevels = 16;

    /// <summary>Attributes that do not change what a reader sees or hears of a wrapper's content.</summary>
    private static readonly HashSet<string> PlainAttributes = new(StringComparer.OrdinalIgnoreCase) { "class", "id", "style" };

    /// <summary>Shortens every chain of plain wrappers under <paramref name="root"/> to at most <see cref="KeptLevels"/> levels; returns how many wrappers were taken out.</summary>
    public static int Collapse(IElement root)
    {
        var removed = 0;
        var pending = new Stack<IElement>();
        pending.Push(root);
        while (pending.Count > 0)
        {
            var element = pending.Pop();
            if (IsPlainWrapper(element))
            {
                removed += Shorten(element);
            }

            for (var child = element.LastElementChild; child is not null; child = child.PreviousElementSibling)
            {
                pending.Push(child);
            }
        }

        return removed;
    }

    /// <summary>Takes out the middle of the chain that starts at <paramref name="top"/>, if it is too long.</summary>
    private static int Shorten(IElement top)
    {
        // The chain: top, its only child, that one's only child, ... as long as each is a plain wrapper.
        var chain = new List<IElement> { top };
        for (var current = top; OnlyChild(current) is { } child && IsPlainWrapper(child); current = child)
        {
            chain.Add(child);
        }

        if (chain.Count <= KeptLevels)
        {
            return 0;
        }

        // The outer half's last wrapper adopts the inner half's first one; the middle goes with what it held.
        var outer = chain[(KeptLevels / 2) - 1];
        var inner = chain[chain.Count - (KeptLevels / 2)];
        var middle = chain[KeptLevels / 2];
        inner.Remove();
        outer.ReplaceChild(inner, middle);
        return chain.Count - KeptLevels;
    }

    private static bool IsPlainWrapper(IElement element) =>
        element.LocalName is "div" or "span"
        && element.NamespaceUri == NamespaceNames.HtmlUri
        && element.Attributes.All(attribute => PlainAttributes.Contains(attribute.Name));

    /// <summary>The element's one child element when it holds nothing else but white space and comments; otherwise null.</summary>
    private static IElement? OnlyChild(IElement element)
    {
        IElement? only = null;
        foreach (var node in element.ChildNodes)
        {
            switch (node)
            {
                case IElement child when only is null:
                    only = child;
                    break;
                case IElement:
                    return null;
                case IText text when !string.IsNullOrWhiteSpace(text.Data):
                    return null;
            }
        }

        return only;
    }
}
