using System.Text;
using System.Text.Json;
using Microsoft.Playwright;

namespace A11yArticles.Testing.ScreenReader;

/// <summary>
/// Chromium's own accessibility tree (what it hands to screen readers), read through a CDP session
/// with <c>Accessibility.getFullAXTree</c>, joined with the DOM (<c>DOM.getDocument</c>) by backend
/// node id so that an element's tag and attributes are known too. It is faithful for roles, names,
/// focus and generated content such as the quotation marks CSS adds to <c>&lt;q&gt;</c>.
/// </summary>
internal sealed class ChromiumAccessibilityTree
{
    private static readonly HashSet<string> BlockRoles = ["paragraph", "heading", "listitem", "blockquote", "figcaption", "caption", "cell", "term", "definition"];

    private readonly Dictionary<string, AxNode> _nodes;
    private readonly Dictionary<int, DomNode> _dom;

    private ChromiumAccessibilityTree(Dictionary<string, AxNode> nodes, AxNode root, Dictionary<int, DomNode> dom)
    {
        _nodes = nodes;
        Root = root;
        _dom = dom;
        ByBackendId = nodes.Values.Where(n => n.BackendId is not null).GroupBy(n => n.BackendId!.Value).ToDictionary(g => g.Key, g => g.First());
    }

    public AxNode Root { get; }

    public Dictionary<int, AxNode> ByBackendId { get; }

    public static async Task<ChromiumAccessibilityTree> LoadAsync(IPage page)
    {
        var session = await page.Context.NewCDPSessionAsync(page);
        try
        {
            var document = await session.SendAsync("DOM.getDocument", new Dictionary<string, object> { ["depth"] = -1, ["pierce"] = true });
            var dom = new Dictionary<int, DomNode>();
            CollectDom(document!.Value.GetProperty("root"), null, dom);

            var tree = await session.SendAsync("Accessibility.getFullAXTree");
            var nodes = new Dictionary<string, AxNode>();
            foreach (var element in tree!.Value.GetProperty("nodes").EnumerateArray())
            {
                var node = AxNode.From(element);
                nodes[node.Id] = node;
            }

            var root = nodes.Values.FirstOrDefault(n => n.ParentId is null)
                ?? throw new InvalidOperationException("Chromium returned an accessibility tree without a root.");
            return new ChromiumAccessibilityTree(nodes, root, dom);
        }
        finally
        {
            await session.DetachAsync();
        }
    }

    /// <summary>Every node in reading (tree) order, ignored ones included.</summary>
    public IEnumerable<AxNode> Walk(AxNode? from = null)
    {
        var stack = new Stack<AxNode>();
        stack.Push(from ?? Root);
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            yield return node;
            for (var i = node.ChildIds.Count - 1; i >= 0; i--)
            {
                if (_nodes.TryGetValue(node.ChildIds[i], out var child))
                {
                    stack.Push(child);
                }
            }
        }
    }

    /// <summary>The text a screen reader reads inside <paramref name="node"/>: its static text, with a space between blocks.</summary>
    public string TextOf(AxNode node)
    {
        var text = new StringBuilder();
        AxNode? lastBlock = null;
        void Visit(AxNode current, AxNode? block)
        {
            if (current.Ignored && current != node)
            {
                // Ignored nodes are not read, but their children can be (a generic wrapper).
                if (current.IsHidden)
                {
                    return;
                }
            }

            if (current.Role == "StaticText" && !current.Ignored)
            {
                if (text.Length > 0 && block != lastBlock && !char.IsWhiteSpace(text[^1]) && !current.Name.StartsWith(' '))
                {
                    text.Append(' ');
                }

                text.Append(current.Name);
                lastBlock = block;
                return;
            }

            var childBlock = BlockRoles.Contains(current.Role) ? current : block;
            foreach (var childId in current.ChildIds)
            {
                if (_nodes.TryGetValue(childId, out var child))
                {
                    Visit(child, childBlock);
                }
            }
        }

        Visit(node, node);
        return Normalize(text.ToString());
    }

    public DomNode? DomOf(AxNode node) => node.BackendId is { } id && _dom.TryGetValue(id, out var domNode) ? domNode : null;

    public IEnumerable<DomNode> DomElements(string tagName) =>
        _dom.Values.Where(n => n.Tag == tagName).OrderBy(n => n.Order);

    public static string Normalize(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static void CollectDom(JsonElement element, DomNode? parent, Dictionary<int, DomNode> dom)
    {
        var attributes = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        if (element.TryGetProperty("attributes", out var flat))
        {
            var pairs = flat.EnumerateArray().Select(a => a.GetString() ?? "").ToList();
            for (var i = 0; i + 1 < pairs.Count; i += 2)
            {
                attributes[pairs[i]] = pairs[i + 1];
            }
        }

        var node = new DomNode(
            element.GetProperty("backendNodeId").GetInt32(),
            element.GetProperty("nodeType").GetInt32() == 1 ? element.GetProperty("nodeName").GetString()!.ToLowerInvariant() : "",
            attributes,
            parent,
            dom.Count,
            element.GetProperty("nodeType").GetInt32() == 3 && element.TryGetProperty("nodeValue", out var value) ? value.GetString() ?? "" : "");
        dom[node.BackendId] = node;
        parent?.Children.Add(node);
        if (element.TryGetProperty("children", out var children))
        {
            foreach (var child in children.EnumerateArray())
            {
                CollectDom(child, node, dom);
            }
        }
    }

    internal sealed class AxNode
    {
        public required string Id { get; init; }
        public string? ParentId { get; init; }
        public required string Role { get; init; }
        public required string Name { get; init; }
        public bool Ignored { get; init; }
        public bool IsHidden { get; init; }
        public int? BackendId { get; init; }
        public required IReadOnlyList<string> ChildIds { get; init; }
        public required IReadOnlyDictionary<string, JsonElement> Properties { get; init; }

        public static AxNode From(JsonElement element)
        {
            var properties = new Dictionary<string, JsonElement>();
            if (element.TryGetProperty("properties", out var list))
            {
                foreach (var property in list.EnumerateArray())
                {
                    properties[property.GetProperty("name").GetString()!] = property.GetProperty("value").TryGetProperty("value", out var value) ? value.Clone() : default;
                }
            }

            var ignored = element.TryGetProperty("ignored", out var ignoredValue) && ignoredValue.GetBoolean();
            var hidden = ignored && element.TryGetProperty("ignoredReasons", out var reasons) &&
                reasons.EnumerateArray().Any(r => r.GetProperty("name").GetString() is "ariaHiddenElement" or "ariaHiddenSubtree" or "notRendered" or "notVisible" or "inertElement" or "inertSubtree");
            return new AxNode
            {
                Id = element.GetProperty("nodeId").GetString()!,
                ParentId = element.TryGetProperty("parentId", out var parent) ? parent.GetString() : null,
                Role = element.TryGetProperty("role", out var role) && role.TryGetProperty("value", out var roleValue) ? roleValue.GetString() ?? "" : "",
                Name = element.TryGetProperty("name", out var name) && name.TryGetProperty("value", out var nameValue) ? nameValue.GetString() ?? "" : "",
                Ignored = ignored,
                IsHidden = hidden,
                BackendId = element.TryGetProperty("backendDOMNodeId", out var backend) ? backend.GetInt32() : null,
                ChildIds = element.TryGetProperty("childIds", out var childIds) ? childIds.EnumerateArray().Select(c => c.GetString()!).ToList() : [],
                Properties = properties,
            };
        }
    }

    internal sealed record DomNode(int BackendId, string Tag, IReadOnlyDictionary<string, string> Attributes, DomNode? Parent, int Order, string Text)
    {
        public List<DomNode> Children { get; } = [];

        /// <summary>The text content of the node, as the DOM has it (no CSS, no accessibility tree).</summary>
        public string TextContent => Text + string.Concat(Children.Select(child => child.TextContent));

        public DomNode? Closest(string tag)
        {
            for (var node = this; node is not null; node = node.Parent)
            {
                if (node.Tag == tag)
                {
                    return node;
                }
            }

            return null;
        }
    }
}
