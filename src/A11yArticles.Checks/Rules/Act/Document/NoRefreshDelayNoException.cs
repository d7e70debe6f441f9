using A11yArticles.Checks.Engine;

namespace A11yArticles.Checks.Rules.Act.Document;

/// <summary>ACT rule bisz58: Meta element has no refresh delay (no exception).</summary>
internal sealed class NoRefreshDelayNoException : Rule
{
    public override RuleInfo Info { get; } = Describe(
        "A11Y-ACT-BISZ58",
        "Meta element has no refresh delay (no exception)",
        RuleGroups.Act,
        "2.2.1,2.2.4,3.2.5",
        "bisz58",
        Severity.Error,
        "Redirect immediately (delay 0) or on the server; never refresh a page on a timer.");

    public override void Check(CheckContext context)
    {
        if (MetaRefresh.Find(context) is var (element, delay) && delay > 0)
        {
            Report(context, element, $"the page refreshes or redirects after {delay} seconds");
        }
    }
}
