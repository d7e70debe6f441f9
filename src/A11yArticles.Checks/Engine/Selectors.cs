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
    /// parent's children by index. A wide parent (many findings among thousands of siblings would
    /// make that quadratic) gets a table of its children's positions, built once and kept as long as
    /// the parent lives.
    /// </summary>
    private static (int Index, int SameName) Position(IElement element)
    {
        var parent = element.ParentElement!;
        var children = parent.ChildNodes;
        if (children.Length >= WideParent)
        {
            // Rebuilt when the parent's children changed since (a document may be checked, changed and checked again).
            var table = PositionTables.GetValue(parent, BuildPositionTable);
            if (table.Count != children.Length || !table.Positions.TryGetValue(element, out var known))
            {
                table = BuildPositionTable(parent);
                PositionTables.AddOrUpdate(parent, table);
                known = table.Positions.GetValueOrDefault(element);
            }

            return known;
        }

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

    private const int WideParent = 64;

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<IElement, PositionTable> PositionTables = new();

    /// <summary>The positions of a parent's element children, and how many child nodes it had when they were taken.</summary>
    private sealed record PositionTable(int Count, Dictionary<IElement, (int Index, int SameName)> Positions);

    private static PositionTable BuildPositionTable(IElement parent)
    {
        var children = parent.ChildNodes;
        var totals = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < children.Length; i++)
        {
            if (children[i] is IElement child)
            {
                totals[child.LocalName] = totals.GetValueOrDefault(child.LocalName) + 1;
            }
        }

        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var positions = new Dictionary<IElement, (int Index, int SameName)>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < children.Length; i++)
        {
            if (children[i] is IElement child)
            {
                var index = seen[child.LocalName] = seen.GetValueOrDefault(child.LocalName) + 1;
                positions[child] = (index, totals[child.LocalName]);
            }
        }

        return new PositionTable(children.Length, positions);
    }

    private static string Name(IElement element) => PlainIdentifier().IsMatch(element.LocalName) ? element.LocalName : "*";
}
