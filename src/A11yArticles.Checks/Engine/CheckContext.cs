using AngleSharp.Dom;
using A11yArticles.Checks.Aria;
using A11yArticles.Checks.Dom;

namespace A11yArticles.Checks.Engine;

/// <summary>One document being checked: the parsed DOM, the shared services, and the findings so far.</summary>
internal sealed class CheckContext
{
    private const int SnippetLength = 160;

    /// <summary>How many children of one element a snippet looks at (comments and the like add nothing).</summary>
    private const int MaxChildrenScanned = 4 * SnippetLength;
    private readonly List<Finding> findings = [];

    public CheckContext(IDocument document)
    {
        Document = document;
        Facts = new PageFacts(document);
        Roles = new Roles(Facts);
        Names = new AccessibleNames(Facts, Roles);
    }

    public IDocument Document { get; }

    /// <summary>False for an SVG or XML document read by the HTML parser: page-level rules (title, html lang) do not apply.</summary>
    public bool IsHtmlPage { get; init; } = true;

    public PageFacts Facts { get; }

    public Roles Roles { get; }

    public AccessibleNames Names { get; }

    public IReadOnlyList<Finding> Findings => findings;

    /// <summary>The findings counted but not listed, by rule, in rule id order (<see cref="HtmlChecker.MaxFindingsPerRule"/>).</summary>
    public IReadOnlyList<OmittedFindings> Omitted => [.. omittedByRule
        .OrderBy(pair => pair.Key.Id, StringComparer.Ordinal)
        .Select(pair => new OmittedFindings(pair.Key, pair.Value))];

    private readonly Dictionary<RuleInfo, int> reportedByRule = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<RuleInfo, int> omittedByRule = new(ReferenceEqualityComparer.Instance);

    /// <summary>
    /// The source is a whole page (it has a doctype, or an html or body tag), not a fragment such as a
    /// rendered component: page-level rules (skip link, one main, landmarks) only apply to whole pages.
    /// </summary>
    public bool IsWholePage => Document.Doctype is not null
        || Document.DocumentElement?.SourceReference is { Position.Line: > 0 }
        || Document.Body?.SourceReference is { Position.Line: > 0 };

    /// <summary>Every element of the document in document order (computed once).</summary>
    public IReadOnlyList<IElement> Elements => elements ??= Facts.All.Select(facts => facts.Element).ToArray();

    private IReadOnlyList<IElement>? elements;
    private Selectors? selectors;

    private readonly Dictionary<string, object> shared = new(StringComparer.Ordinal);

    /// <summary>A value shared between rules for this document, computed on first use.</summary>
    public T GetOrAdd<T>(string key, Func<T> create)
        where T : class
    {
        if (!shared.TryGetValue(key, out var value))
        {
            value = create();
            shared[key] = value;
        }

        return (T)value;
    }

    /// <summary>A value shared between rules for this document, computed on first use from an argument (no closure to allocate per call).</summary>
    public T GetOrAdd<T, TArgument>(string key, TArgument argument, Func<TArgument, T> create)
        where T : class
    {
        if (!shared.TryGetValue(key, out var value))
        {
            value = create(argument);
            shared[key] = value;
        }

        return (T)value;
    }

    public void Report(RuleInfo rule, INode node, string message)
    {
        // Past the cap, a finding is only counted: no selector, snippet or position is built for it.
        var reported = reportedByRule.GetValueOrDefault(rule);
        if (reported >= HtmlChecker.MaxFindingsPerRule)
        {
            omittedByRule[rule] = omittedByRule.GetValueOrDefault(rule) + 1;
            return;
        }

        reportedByRule[rule] = reported + 1;
        var element = node as IElement ?? node.ParentElement;

        // In a shadow tree, the selector and the position are those of the (outermost) host: CSS
        // selectors do not reach into shadow trees, and a tree from a script has no place in the source.
        var located = element;
        while (located is not null && Facts.Of(located) is { Scope: > 0 } shadowFacts)
        {
            var top = shadowFacts;
            while (top.Parent is { } up)
            {
                top = up;
            }

            located = top.Host?.Element;
        }

        // Elements the parser implied (tbody, html) have no source position: use the nearest one that
        // has. A declarative shadow tree keeps its own positions; a tree from a script takes its host's.
        var positioned = element;
        while (positioned is not null && positioned.SourceReference is not { Position.Line: > 0 })
        {
            positioned = positioned.ParentElement;
        }

        for (positioned ??= located; positioned is not null && positioned.SourceReference is not { Position.Line: > 0 };)
        {
            positioned = positioned.ParentElement;
        }

        var position = positioned?.SourceReference?.Position;
        findings.Add(new Finding(
            rule,
            message,
            located is null ? string.Empty : (selectors ??= new Selectors(Facts.All.Where(facts => facts.Scope == 0).Select(facts => facts.Id))).For(located),
            position is { Line: > 0 } known ? known.Line : 1,
            position is { Column: > 0 } knownColumn ? knownColumn.Column : 1,
            element is null ? string.Empty : Snippet(element)));
    }

    /// <summary>
    /// The element's outer HTML cut to about 160 characters, built without serialising the whole
    /// subtree (which could be megabytes, or nested too deep to serialise recursively).
    /// </summary>
    private static string Snippet(IElement element)
    {
        var builder = new System.Text.StringBuilder();
        AppendBounded(builder, element);
        var text = builder.ToString();
        if (text.Length > SnippetLength)
        {
            text = text[..SnippetLength].TrimEnd() + "…";
        }

        return text.ReplaceLineEndings(" ");
    }

    private static void AppendBounded(System.Text.StringBuilder builder, IElement root)
    {
        // Iterative pre-order walk; stops as soon as the snippet is long enough.
        var stack = new Stack<(INode Node, bool Closing)>(16);
        stack.Push((root, false));
        while (stack.Count > 0 && builder.Length <= SnippetLength)
        {
            var (node, closing) = stack.Pop();
            if (node is IElement element)
            {
                if (closing)
                {
                    builder.Append("</").Append(element.LocalName).Append('>');
                    continue;
                }

                builder.Append('<').Append(element.LocalName);
                foreach (var attribute in element.Attributes)
                {
                    builder.Append(' ').Append(attribute.Name).Append("=\"").Append(attribute.Value.Replace("\"", "&quot;", StringComparison.Ordinal)).Append('"');
                    if (builder.Length > SnippetLength)
                    {
                        break;
                    }
                }

                builder.Append('>');
                if (IsVoid(element.LocalName))
                {
                    continue;
                }

                stack.Push((element, true));

                // Children by index (PreviousSibling scans the parent's child list), and only as many as
                // could show: each element or text adds at least one character to the snippet.
                var children = element.ChildNodes;
                var shown = new List<INode>();
                for (var i = 0; i < children.Length && shown.Count <= SnippetLength && i < MaxChildrenScanned; i++)
                {
                    if (children[i] is IElement or IText)
                    {
                        shown.Add(children[i]);
                    }
                }

                for (var i = shown.Count - 1; i >= 0; i--)
                {
                    stack.Push((shown[i], false));
                }
            }
            else if (node is IText text)
            {
                var data = text.Data.Length > SnippetLength ? text.Data[..(SnippetLength + 1)] : text.Data;
                builder.Append(data.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal));
            }
        }
    }

    private static bool IsVoid(string name) => name is "area" or "base" or "br" or "col" or "embed" or "hr" or "img" or "input" or "link" or "meta" or "source" or "track" or "wbr";
}
