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

    /// <summary>
    /// Selectors already built for this document, by element: an element's selector extends its
    /// parent's, so findings on nested or sibling elements do not each walk up to the root again.
    /// </summary>
    private readonly Dictionary<IElement, string> known = new(ReferenceEqualityComparer.Instance);

    public string For(IElement element)
    {
        // Up to the nearest element whose selector is known, has a unique id, or is the root...
        var chain = new List<IElement>();
        string? selector = null;
        for (var current = element; current is not null; current = current.ParentElement)
        {
            if (known.TryGetValue(current, out selector))
            {
                break;
            }

            var id = current.Id;
            if (!string.IsNullOrEmpty(id) && idCounts.GetValueOrDefault(id) == 1 && PlainIdentifier().IsMatch(id))
            {
                selector = known[current] = "#" + id;
                break;
            }

            if (current.ParentElement is null)
            {
                selector = known[current] = Name(current);
                break;
            }

            chain.Add(current);
        }

        // ...then down again, one child step at a time.
        for (var i = chain.Count - 1; i >= 0; i--)
        {
            var current = chain[i];
            var (index, sameName) = Position(current);
            var step = sameName > 1 ? $"{Name(current)}:nth-of-type({index})" : Name(current);
            selector = known[current] = selector is null ? step : string.Concat(selector, " > ", step);
        }

        return selector ?? string.Empty;
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

    private static string Name(IElement element) => IsPlainName(element.LocalName) ? element.LocalName : "*";

    /// <summary>The name is a CSS identifier that needs no escaping (what <see cref="PlainIdentifier"/> matches), without a regular expression.</summary>
    private static bool IsPlainName(string name)
    {
        if (name.Length == 0 || !(char.IsAsciiLetter(name[0]) || name[0] == '_'))
        {
            return false;
        }

        foreach (var c in name)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c is '_' or '-'))
            {
                return false;
            }
        }

        return true;
    }
}
