using A11yArticles.Checks.Dom;

namespace A11yArticles.Checks.Engine;

/// <summary>
/// A rule that looks at one element at a time. The checker walks the document once and offers each
/// element only to the element rules that asked for it: by its name (<see cref="ElementNames"/>), an
/// attribute it has (<see cref="AttributeNames"/>, where <c>aria-*</c> stands for any ARIA
/// attribute) or its computed role (<see cref="RoleNames"/>). A rule that names nothing is offered
/// every element. Each element comes at most once per rule, in document order. See
/// docs/architecture.md, "Rule dispatch".
/// </summary>
internal abstract class ElementRule : Rule
{
    /// <summary>Element local names this rule looks at (empty: none by name).</summary>
    public virtual IReadOnlyList<string> ElementNames => [];

    /// <summary>Attribute names; an element that has one is offered (<c>aria-*</c>: any attribute starting with <c>aria-</c>).</summary>
    public virtual IReadOnlyList<string> AttributeNames => [];

    /// <summary>Computed roles (<see cref="Aria.Roles.Role(ElementFacts)"/>); an element with one is offered.</summary>
    public virtual IReadOnlyList<string> RoleNames => [];

    /// <summary>Checks one element the dispatch offered (it may still not apply: the rule decides).</summary>
    public abstract void Check(CheckContext context, ElementFacts element);

    /// <summary>Runs this rule alone over the document (the checker runs element rules together in one pass).</summary>
    public sealed override void Check(CheckContext context) => new ElementDispatch([this]).Run(context);
}
