using AngleSharp.Dom;

namespace A11yArticles.Checks.Engine;

/// <summary>A rule: metadata plus a check over one parsed document.</summary>
internal abstract class Rule
{
    public abstract RuleInfo Info { get; }

    /// <summary>Reports every violation in the document through <see cref="CheckContext.Report"/>.</summary>
    public abstract void Check(CheckContext context);

    protected static RuleInfo Describe(string id, string title, string group, string wcag, string act, Severity severity, string help, string sameFaultAs = "") =>
        new(id, title, group, Split(wcag), Split(act), severity, help) { SameFaultAs = Split(sameFaultAs) };

    private static string[] Split(string list) =>
        list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    protected void Report(CheckContext context, INode node, string message) => context.Report(Info, node, message);
}
