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

    private readonly Dictionary<IElement, (int Index, int SameName)> positions = new(ReferenceEqualityComparer.Instance);

    /// <summary>The element's nth-of-type index and how many siblings share its name, computed once per parent.</summary>
    private (int Index, int SameName) Position(IElement element)
    {
        if (!positions.TryGetValue(element, out var position))
        {
            var counts = new Dictionary<string, int>(StringComparer.Ordinal);
            var children = element.ParentElement!.Children;
            foreach (var sibling in children)
            {
                counts[sibling.LocalName] = counts.GetValueOrDefault(sibling.LocalName) + 1;
                positions[sibling] = (counts[sibling.LocalName], 0);
            }

            foreach (var sibling in children)
            {
                positions[sibling] = (positions[sibling].Index, counts[sibling.LocalName]);
            }

            position = positions[element];
        }

        return position;
    }

    private static string Name(IElement element) => PlainIdentifier().IsMatch(element.LocalName) ? element.LocalName : "*";
}
