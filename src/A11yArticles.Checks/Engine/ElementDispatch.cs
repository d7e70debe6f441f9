using System.Collections.Frozen;
using A11yArticles.Checks.Dom;

namespace A11yArticles.Checks.Engine;

/// <summary>
/// One walk over the document for every <see cref="ElementRule"/>: each element goes to the rules
/// that asked for its name, one of its attributes or its role, and to the rules that asked for every
/// element. Built once per checker (the rule set is fixed) and shared between threads: it holds no
/// per-document state.
/// </summary>
internal sealed class ElementDispatch
{
    private const string AnyAria = "aria-*";

    private readonly ElementRule[] rules;
    private readonly int[] everyElement;
    private readonly FrozenDictionary<string, int[]> byName;
    private readonly FrozenDictionary<string, int[]> byAttribute;
    private readonly FrozenDictionary<string, int[]> byRole;
    private readonly int[] anyAria;

    public ElementDispatch(IReadOnlyList<ElementRule> rules)
    {
        this.rules = [.. rules];
        everyElement = [.. Enumerable.Range(0, this.rules.Length).Where(i => this.rules[i] is { ElementNames.Count: 0, AttributeNames.Count: 0, RoleNames.Count: 0 })];
        byName = Index(rule => rule.ElementNames);
        byAttribute = Index(rule => rule.AttributeNames.Where(name => name != AnyAria));
        byRole = Index(rule => rule.RoleNames);
        anyAria = [.. Enumerable.Range(0, this.rules.Length).Where(i => this.rules[i].AttributeNames.Contains(AnyAria))];
    }

    public int Count => rules.Length;

    /// <summary>Key (name, attribute or role) → the rules that asked for it, frozen for fast lookups.</summary>
    private FrozenDictionary<string, int[]> Index(Func<ElementRule, IEnumerable<string>> keys) =>
        Enumerable.Range(0, rules.Length)
            .SelectMany(i => keys(rules[i]).Select(key => (Key: key, Rule: i)))
            .GroupBy(item => item.Key, StringComparer.Ordinal)
            .ToFrozenDictionary(group => group.Key, group => group.Select(item => item.Rule).Distinct().ToArray(), StringComparer.Ordinal);

    /// <summary>Offers every element of the document, in document order, to the rules that want it.</summary>
    public void Run(CheckContext context)
    {
        if (rules.Length == 0)
        {
            return;
        }

        // The index of the last element offered to each rule: a rule wanted by two keys gets the element once.
        var offered = new int[rules.Length];
        Array.Fill(offered, -1);
        var all = context.Facts.All;
        for (var index = 0; index < all.Count; index++)
        {
            var facts = all[index];
            foreach (var rule in everyElement)
            {
                rules[rule].Check(context, facts);
            }

            if (byName.TryGetValue(facts.Element.LocalName, out var named))
            {
                Offer(context, facts, index, named, offered);
            }

            if (facts.AttributeCount > 0 && (byAttribute.Count > 0 || anyAria.Length > 0))
            {
                var attributes = facts.Element.Attributes;
                for (var i = 0; i < attributes.Length; i++)
                {
                    var name = attributes[i]?.Name;
                    if (name is null)
                    {
                        continue;
                    }

                    if (byAttribute.TryGetValue(name, out var withAttribute))
                    {
                        Offer(context, facts, index, withAttribute, offered);
                    }

                    if (anyAria.Length > 0 && name.StartsWith("aria-", StringComparison.Ordinal))
                    {
                        Offer(context, facts, index, anyAria, offered);
                    }
                }
            }

            if (byRole.Count > 0 && context.Roles.Role(facts) is { } role && byRole.TryGetValue(role, out var withRole))
            {
                Offer(context, facts, index, withRole, offered);
            }
        }
    }

    private void Offer(CheckContext context, ElementFacts facts, int index, int[] wanting, int[] offered)
    {
        foreach (var rule in wanting)
        {
            if (offered[rule] != index)
            {
                offered[rule] = index;
                rules[rule].Check(context, facts);
            }
        }
    }
}
