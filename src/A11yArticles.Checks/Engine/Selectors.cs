using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace A11yArticles.Checks.Engine;

/// <summary>Builds a CSS selector that finds one element: its id when unique, else a child path from the nearest ancestor with a unique id.</summary>
internal sealed partial class Selectors
{
    private readonly Dictionary<string, int> idCounts = new(StringComparer.Ordinal);

    public Selectors(IEnumerable<string?> ids)
    {
        foreach (var id in ids)
        {
            if (!string.IsNullOrEmpty(id))
            {
                idCounts[id] = idCounts.GetValueOrDefault(id) + 1;
            }
        }
    }

    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_-]*$")]
    private static partial Regex PlainIdentifier();

    public string For(IElement element)
    {
        var parts = new List<string>();
        for (var current = element; current is not null; current = current.ParentElement)
        {
            var id = current.Id;
            if (!string.IsNullOrEmpty(id) && PlainIdentifier().IsMatch(id) && idCounts.GetValueOrDefault(id) == 1)
            {
                parts.Add("#" + id);
                break;
            }

            if (current.ParentElement is null)
            {
                parts.Add(Name(current));
                break;
            }

            var (index, sameName) = Position(current);
            parts.Add(sameName > 1 ? $"{Name(current)}:nth-of-type({index})" : Name(current));
        }

        parts.Reverse();
        return string.Join(" > ", parts);
    }

    /// <summary>
    /// The element's nth-of-type index and how many siblings share its name: one scan of the
    /// parent's children by index (findings are few; no table per parent is kept).
    /// </summary>
    private static (int Index, int SameName) Position(IElement element)
    {
        var children = element.ParentElement!.ChildNodes;
        var name = element.LocalName;
        int index = 0, sameName = 0;
        for (var i = 0; i < children.Length; i++)
        {
            if (children[i] is IElement sibling && sibling.LocalName == name)
            {
                sameName++;
                if (ReferenceEquals(sibling, element))
                {
                    index = sameName;
                }
            }
        }

        return (index, sameName);
    }

    private static string Name(IElement element) => PlainIdentifier().IsMatch(element.LocalName) ? element.LocalName : "*";
}
