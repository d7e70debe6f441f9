using A11yArticles.Checks.Engine;

namespace A11yArticles.Checks.Rules.Act.Document;

/// <summary>ACT rule bc659a: Meta element has no refresh delay (more than 20 hours is allowed).</summary>
internal sealed class NoRefreshDelay : Rule
{
    public override RuleInfo Info { get; } = Describe(
        "A11Y-ACT-BC659A",
        "Meta element has no refresh delay",
        RuleGroups.Act,
        "2.2.1,2.2.4,3.2.5",
        "bc659a",
        Severity.Error,
        "Redirect on the server, or with a delay of 0; let the user refresh the page instead of a timed refresh.");

    public override void Check(CheckContext context)
    {
        if (MetaRefresh.Find(context) is var (element, delay) && delay > 0 && delay <= 72000)
        {
            Report(context, element, $"the page refreshes or redirects after {delay} seconds");
        }
    }
}
