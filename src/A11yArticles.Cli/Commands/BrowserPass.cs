using System.Text.Json;
using A11yArticles.Checks;
using A11yArticles.Testing.Browsers;
using A11yArticles.Testing.BrowserChecks;

namespace A11yArticles.Cli.Commands;

/// <summary>
/// <c>check --browser</c>: one headless Chromium for the whole run, a fresh context per file, every
/// request that is not local blocked. Each page is checked as the browser shows it (static rules on
/// the live DOM, and the browser ACT rules), within <see cref="PageTimeout"/>.
/// </summary>
internal sealed class BrowserPass : IAsyncDisposable
{
    /// <summary>The longest one page may take, loading included.</summary>
    public static readonly TimeSpan PageTimeout = TimeSpan.FromSeconds(30);

    private readonly BrowserSession _session;
    private readonly HtmlChecker _checker;

    private BrowserPass(BrowserSession session, HtmlChecker checker)
    {
        _session = session;
        _checker = checker;
    }

    /// <summary>Launches Chromium. <see cref="BrowserNotFoundException"/> when there is none (its message says how to get one).</summary>
    public static async Task<BrowserPass> StartAsync(HtmlChecker checker) => new(await A11yBrowser.LaunchAsync(), checker);

    public Task<BrowserCheckReport> CheckAsync(string path, string sourceHtml, CancellationToken cancellationToken) =>
        BrowserChecker.CheckFileAsync(_session, path, new BrowserCheckOptions
        {
            StaticChecker = _checker,
            SourceHtml = sourceHtml,
            Timeout = PageTimeout,
        }, cancellationToken);

    /// <summary>
    /// The ACT scorer's JSON lines: one per browser rule with its outcome (failed, passed,
    /// inapplicable, cantTell), and one per static ACT rule that failed (the static rules report
    /// failures only).
    /// </summary>
    public static IReadOnlyList<string> ActLines(BrowserCheckReport result)
    {
        var browserIds = result.BrowserRules.Select(rule => rule.ActRule).ToHashSet(StringComparer.Ordinal);
        var lines = result.Report.FailedActRules
            .Where(id => !browserIds.Contains(id))
            .Select(id => Line(id, "failed"))
            .ToList();
        lines.AddRange(result.BrowserRules.Select(rule => Line(rule.ActRule, rule.Outcome switch
        {
            BrowserRuleOutcome.Failed => "failed",
            BrowserRuleOutcome.Passed => "passed",
            BrowserRuleOutcome.CantTell => "cantTell",
            _ => "inapplicable",
        })));
        return lines;
    }

    private static string Line(string rule, string outcome) => JsonSerializer.Serialize(new Dictionary<string, string> { ["rule"] = rule, ["outcome"] = outcome });

    public ValueTask DisposeAsync() => _session.DisposeAsync();
}
