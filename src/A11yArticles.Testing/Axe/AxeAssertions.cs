using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace A11yArticles.Testing;

/// <summary>axe-core, in the page as the browser renders it, plus the static check of its HTML.</summary>
public static class AxeAssertions
{
    /// <summary>
    /// Runs axe-core on the page (and <see cref="AxeAssertionOptions.StaticCheck"/> on its HTML) and
    /// fails when either finds anything. Emulated media (dark scheme, forced colours) apply, so a
    /// scan after <see cref="PageEmulation.EmulateDarkSchemeAsync"/> checks the dark colours.
    /// </summary>
    /// <param name="page">A loaded page.</param>
    /// <param name="options">Tags, disabled rules and the static check; defaults when omitted.</param>
    /// <returns>axe's full result, for a test that wants to log passes or incomplete rules.</returns>
    /// <exception cref="A11yAssertionException">One line per violation: rule, impact, help, help URL and every element (selector and HTML).</exception>
    public static async Task<AxeResult> AssertNoAxeViolationsAsync(this IPage page, AxeAssertionOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(page);
        options ??= new AxeAssertionOptions();
        var runOptions = new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = [.. options.Tags] },
            Rules = options.DisabledRules.ToDictionary(rule => rule, _ => new RuleOptions { Enabled = false }),
        };
        var result = await page.RunAxe(runOptions);

        var problems = result.Violations.Select(Describe).ToList();
        if (options.StaticCheck is { } staticCheck)
        {
            var findings = await staticCheck.CheckAsync(await page.ContentAsync(), page.Url);
            problems.AddRange(findings.Select(finding => "static check: " + finding));
        }

        if (result.Passes.Length == 0 && problems.Count == 0)
        {
            problems.Add("axe ran no rule that passed: the page is empty or the tags select no rule (" + string.Join(", ", options.Tags) + ")");
        }

        return problems.Count == 0 ? result : throw new A11yAssertionException(nameof(AssertNoAxeViolationsAsync), page.Url, problems);
    }

    private static string Describe(AxeResultItem violation) =>
        $"{violation.Id} ({violation.Impact}): {violation.Help}. {violation.HelpUrl}" +
        string.Concat(violation.Nodes.Select(node =>
            $"\n  at {node.Target}: {Shorten(node.Html)}" +
            string.Concat(node.Any.Concat(node.All).Concat(node.None).Select(check => "\n    " + Shorten(check.Message, 300)))));

    internal static string Shorten(string? text, int length = 160)
    {
        var flat = (text ?? "").ReplaceLineEndings(" ").Trim();
        return flat.Length <= length ? flat : flat[..(length - 1)] + "…";
    }
}
