namespace A11yArticles.Checks.Engine;

/// <summary>
/// One finding per problem. Some article rules check what a W3C ACT rule also checks (a link without
/// a name, an invalid lang); they stay so that <c>--rules article</c> alone still finds those faults.
/// When both rules ran and reported the same element, the reader of the report gets the ACT finding
/// once, with the article rule's advice added, instead of two findings for one fault. The pairs are
/// declared by the article rule (<see cref="RuleInfo.SameFaultAs"/>), never guessed from shared
/// success criteria: two faults on one element can share a criterion (an empty heading that also
/// skips a level) and are then both reported.
/// </summary>
internal static class SameFaultFindings
{
    public static List<Finding> Merge(IReadOnlyList<Finding> findings)
    {
        if (!findings.Any(finding => finding.Rule.SameFaultAs.Count > 0))
        {
            return [.. findings];
        }

        // The same element has the same selector within one report.
        var actFindings = findings
            .Select((finding, index) => (finding, index))
            .Where(pair => pair.finding.Rule.ActRules.Count > 0)
            .ToLookup(pair => pair.finding.Selector, StringComparer.Ordinal);
        var merged = findings.ToArray();
        var dropped = new bool[merged.Length];
        for (var i = 0; i < merged.Length; i++)
        {
            var rule = findings[i].Rule;
            if (rule.SameFaultAs.Count == 0)
            {
                continue;
            }

            foreach (var (act, index) in actFindings[findings[i].Selector])
            {
                if (act.Rule.ActRules.Any(id => rule.SameFaultAs.Contains(id, StringComparer.Ordinal)))
                {
                    merged[index] = merged[index] with { Message = $"{merged[index].Message} (also {rule.Id}: {rule.Help})" };
                    dropped[i] = true;
                    break;
                }
            }
        }

        return [.. merged.Where((_, index) => !dropped[index])];
    }
}
