using AngleSharp.Dom;

namespace A11yArticles.Checks.Dom;

/// <summary>
/// What the checker knows about one element, in one record: computed once by <see cref="PageFacts"/>'s
/// document-order pass (the inherited properties), or on first use (role, accessible name, focus).
/// Rules that walk the page read these records directly instead of looking facts up per element.
/// </summary>
internal sealed class ElementFacts
{
    public ElementFacts(IElement element, int index, ElementFacts? parent)
    {
        Element = element;
        Index = index;
        Parent = parent;
    }

    public IElement Element { get; }

    /// <summary>Position in document order (shadow trees follow their host's subtree; see <see cref="PageFacts"/>).</summary>
    public int Index { get; }

    /// <summary>
    /// The index of the last element of this element's subtree: the subtree is the run
    /// <see cref="Index"/>..<see cref="SubtreeEnd"/> of <see cref="PageFacts.All"/>.
    /// </summary>
    public int SubtreeEnd { get; internal set; }

    /// <summary>The other element is this one or inside it (constant time, unlike walking the tree).</summary>
    public bool Contains(ElementFacts other) => Index >= 0 && other.Index >= Index && other.Index <= SubtreeEnd;

    /// <summary>The parent element's record; null for the root and for the top elements of a shadow tree.</summary>
    public ElementFacts? Parent { get; }

    /// <summary>For a top element of a shadow tree: its host's record (the parent in the flat tree).</summary>
    public ElementFacts? Host { get; init; }

    /// <summary>The tree the element is in: 0 for the document, a number per shadow tree (each its own id namespace).</summary>
    public int Scope { get; init; }

    /// <summary>
    /// The element is in the document's own tree, not in a shadow tree (declared with
    /// <c>&lt;template shadowrootmode&gt;</c>, as the browser check serialises the live DOM, or built by
    /// an inline script). Only there do document-level elements count: a <c>&lt;title&gt;</c> or a
    /// <c>&lt;meta&gt;</c> in a shadow tree is not the page's title, viewport or refresh.
    /// </summary>
    public bool IsInDocumentTree => Scope == 0;

    /// <summary>Where inherited properties come from: the parent, or the host for a shadow tree's top element.</summary>
    public ElementFacts? InheritsFrom => Parent ?? Host;

    /// <summary>The id attribute (null when absent).</summary>
    public string? Id { get; init; }

    /// <summary>The role attribute as written (null when absent).</summary>
    public string? RoleAttribute { get; init; }

    /// <summary>How many attributes the element has (rules that look for one skip elements without any).</summary>
    public int AttributeCount { get; init; }

    /// <summary>The element has some <c>aria-*</c> attribute.</summary>
    public bool HasAriaAttribute { get; init; }

    /// <summary>Neither the element nor an ancestor is <c>display: none</c>.</summary>
    public bool IsRendered { get; internal set; }

    /// <summary>The computed <c>visibility</c> is hidden or collapse.</summary>
    public bool IsVisibilityHidden { get; internal set; }

    /// <summary>The element has a <c>style</c> attribute.</summary>
    public bool HasStyleAttribute { get; init; }

    /// <summary>The element has a <c>tabindex</c> attribute.</summary>
    public bool HasTabIndexAttribute { get; init; }

    /// <summary>The element has a <c>hidden</c> attribute.</summary>
    public bool HasHiddenAttribute { get; init; }

    /// <summary>The element or an ancestor has <c>aria-hidden="true"</c>.</summary>
    public bool IsAriaHidden { get; init; }

    /// <summary>
    /// The element or an ancestor is <c>inert</c>, or a modal dialog blocks the document and the
    /// element is not in it (see <see cref="PageFacts.ModalAttribute"/>).
    /// </summary>
    public bool IsInert { get; internal set; }

    /// <summary>An open dialog marked as shown modally (<see cref="PageFacts.ModalAttribute"/>).</summary>
    public bool IsModalDialog { get; init; }

    /// <summary>Rendered, not visibility-hidden.</summary>
    public bool IsVisible => IsRendered && !IsVisibilityHidden;

    /// <summary>In the accessibility tree: visible and not aria-hidden.</summary>
    public bool IsInAccessibilityTree => IsRendered && !IsVisibilityHidden && !IsAriaHidden;

    // Filled on first use by Roles, AccessibleNames and PageFacts.
    internal bool RoleKnown;
    internal string? Role;
    internal string? Name;
    internal sbyte Focusable = -1;
    internal bool ExplicitRoleKnown;
    internal string? ExplicitRole;
}
