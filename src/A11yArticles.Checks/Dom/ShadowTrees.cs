using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace A11yArticles.Checks.Dom;

/// <summary>
/// The shadow trees a page declares in its own HTML, so a static checker can see them:
/// <list type="bullet">
/// <item>declarative shadow DOM, <c>&lt;template shadowrootmode="open|closed"&gt;</c>: AngleSharp's parser
/// attaches it to the host (<see cref="IElement.ShadowRoot"/>) as a browser does;</item>
/// <item>the simplest imperative pattern of an inline script: a host found by
/// <c>document.querySelector('#id')</c> or <c>document.getElementById('id')</c>, a root made by
/// <c>host.attachShadow({...})</c>, then <c>root.innerHTML = '&lt;literal HTML&gt;'</c> (single or double
/// quotes, or a template literal without <c>${}</c>). That HTML is parsed as the host's shadow tree.</item>
/// </list>
/// Anything else a script does (other selectors, appendChild, templates cloned, loops, concatenation)
/// is not run and not guessed at.
/// </summary>
internal static partial class ShadowTrees
{
    private const string Id = @"[A-Za-z_][A-Za-z0-9_-]*";

    // document.querySelector('#id') or document.getElementById('id'): group "qid" or "gid".
    private const string Lookup = @"document\s*\.\s*(?:querySelector\s*\(\s*(?<q>['""`])#(?<qid>" + Id + @")\k<q>\s*\)|getElementById\s*\(\s*(?<g>['""`])(?<gid>" + Id + @")\k<g>\s*\))";

    // Scripts are untrusted input: every pattern has a time limit (a script that hits it is left
    // unread), and identifiers start only where a word starts, so a long run of letters is not
    // scanned again from each of its positions.
    private const int MatchTimeoutMilliseconds = 250;

    [GeneratedRegex(@"\b(?:const|let|var)\s+(?<name>[A-Za-z_$][\w$]*)\s*=\s*" + Lookup, RegexOptions.None, MatchTimeoutMilliseconds)]
    private static partial Regex HostVariable();

    [GeneratedRegex(@"\b(?:const|let|var)\s+(?<name>[A-Za-z_$][\w$]*)\s*=\s*(?:(?<host>[A-Za-z_$][\w$]*)|" + Lookup + @")\s*\.\s*attachShadow\s*\(\s*\{[^{}]*\}\s*\)", RegexOptions.None, MatchTimeoutMilliseconds)]
    private static partial Regex RootVariable();

    [GeneratedRegex(@"(?<![\w$])(?<root>[A-Za-z_$][\w$]*)\s*\.\s*innerHTML\s*=\s*(?:'(?<single>(?:[^'\\\r\n]|\\.)*)'|""(?<double>(?:[^""\\\r\n]|\\.)*)""|`(?<template>(?:[^`\\$]|\\.|\$(?!\{))*)`)(?=\s*(?:;|\r?\n|$))", RegexOptions.Multiline, MatchTimeoutMilliseconds)]
    private static partial Regex InnerHtml();

    /// <summary>The top-level elements of the element's shadow tree: declarative, or from an inline script (<paramref name="scripted"/>); empty when it has none.</summary>
    public static IReadOnlyList<IElement> ChildrenOf(IElement element, IReadOnlyDictionary<IElement, IReadOnlyList<IElement>>? scripted)
    {
        if (element.ShadowRoot is { } root)
        {
            return [.. root.Children];
        }

        return scripted is not null && scripted.TryGetValue(element, out var children) ? children : [];
    }

    /// <summary>
    /// Runs the recognised pattern of the inline scripts: host id → shadow HTML, parsed into a detached
    /// shadow root (the document itself is not changed). Null when no script attaches a shadow root.
    /// </summary>
    public static Dictionary<IElement, IReadOnlyList<IElement>>? FromScripts(IDocument document, IEnumerable<IElement> scripts, Func<string, IElement?> elementById)
    {
        Dictionary<IElement, IReadOnlyList<IElement>>? result = null;
        foreach (var script in scripts)
        {
            if (script.HasAttribute("src") || !IsJavaScript(script.GetAttribute("type")))
            {
                continue;
            }

            var code = script.TextContent;
            if (!code.Contains("attachShadow", StringComparison.Ordinal))
            {
                continue;
            }

            try
            {
                result = FromScript(document, code, elementById, result);
            }
            catch (RegexMatchTimeoutException)
            {
                // Too costly to read: this script's shadow trees are not checked.
            }
        }

        return result;
    }

    private static Dictionary<IElement, IReadOnlyList<IElement>>? FromScript(
        IDocument document, string code, Func<string, IElement?> elementById, Dictionary<IElement, IReadOnlyList<IElement>>? result)
    {
        var hosts = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (Match match in HostVariable().Matches(code))
        {
            hosts[match.Groups["name"].Value] = LookupId(match);
        }

        var roots = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (Match match in RootVariable().Matches(code))
        {
            var hostId = match.Groups["host"].Success ? hosts.GetValueOrDefault(match.Groups["host"].Value) : LookupId(match);
            if (hostId is not null)
            {
                roots[match.Groups["name"].Value] = hostId;
            }
        }

        foreach (Match match in InnerHtml().Matches(code))
        {
            if (!roots.TryGetValue(match.Groups["root"].Value, out var hostId) || elementById(hostId) is not { ShadowRoot: null } host)
            {
                continue;
            }

            var html = Unescape(match.Groups["single"].Success ? match.Groups["single"].Value
                : match.Groups["double"].Success ? match.Groups["double"].Value
                : match.Groups["template"].Value);

            // A stand-in host of the same name carries the parsed tree, so the page's own DOM stays as it was.
            // (The HTML parser accepts tag names that CreateElement refuses: that host is skipped.)
            IShadowRoot root;
            try
            {
                root = document.CreateElement(host.LocalName).AttachShadow();
                root.InnerHtml = html;
            }
            catch (Exception error) when (error is not OutOfMemoryException)
            {
                continue;
            }

            result ??= new Dictionary<IElement, IReadOnlyList<IElement>>(ReferenceEqualityComparer.Instance);
            result[host] = [.. root.Children];
        }

        return result;
    }

    private static string LookupId(Match match) => match.Groups["qid"].Success ? match.Groups["qid"].Value : match.Groups["gid"].Value;

    private static bool IsJavaScript(string? type) =>
        string.IsNullOrWhiteSpace(type)
        || type.Trim().ToLowerInvariant() is "module" or "text/javascript" or "application/javascript" or "text/ecmascript" or "application/ecmascript";

    /// <summary>The value of a JavaScript string literal's body (the common escapes).</summary>
    private static string Unescape(string literal)
    {
        if (!literal.Contains('\\', StringComparison.Ordinal))
        {
            return literal;
        }

        var builder = new StringBuilder(literal.Length);
        for (var i = 0; i < literal.Length; i++)
        {
            var character = literal[i];
            if (character != '\\' || i + 1 == literal.Length)
            {
                builder.Append(character);
                continue;
            }

            var next = literal[++i];
            switch (next)
            {
                case 'n': builder.Append('\n'); break;
                case 't': builder.Append('\t'); break;
                case 'r': builder.Append('\r'); break;
                case 'u' when i + 4 < literal.Length && int.TryParse(literal.AsSpan(i + 1, 4), System.Globalization.NumberStyles.HexNumber, System.Globalization.CultureInfo.InvariantCulture, out var code):
                    builder.Append((char)code);
                    i += 4;
                    break;
                default: builder.Append(next); break;
            }
        }

        return builder.ToString();
    }
}
