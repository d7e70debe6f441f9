using A11yArticles.Checks;

namespace A11yArticles.Testing.BrowserChecks;

/// <summary>
/// The W3C ACT rules that need a rendered page, implemented by this kit in Chromium (computed styles,
/// layout, focus and screenshots): text contrast (<c>afw4f7</c>, <c>09o5cg</c>), important letter and
/// word spacing and line height in style attributes (<c>24afc2</c>, <c>9e45ec</c>, <c>78fd32</c>),
/// scrollable content reachable by keyboard (<c>0ssw9k</c>), orientation not locked by CSS transforms
/// (<c>b33eff</c>) and visible focus (<c>oj04fd</c>).
/// </summary>
public static class BrowserRules
{
    /// <summary>The group of the browser rules' findings (beside <see cref="RuleGroups.Article"/> and <see cref="RuleGroups.Act"/>).</summary>
    public const string Group = "browser";

    /// <summary>Text has minimum contrast (WCAG 1.4.3).</summary>
    public static RuleInfo TextContrast { get; } = Rule("AFW4F7", "Text has minimum contrast", "1.4.3,1.4.6", "afw4f7", Severity.Error,
        "Darken the text or lighten its background (or the reverse) until the contrast is at least 4.5:1, or 3:1 for large text (24px, or 18.66px bold).");

    /// <summary>Text has enhanced contrast (WCAG 1.4.6, level AAA: a warning).</summary>
    public static RuleInfo TextContrastEnhanced { get; } = Rule("09O5CG", "Text has enhanced contrast", "1.4.3,1.4.6", "09o5cg", Severity.Warning,
        "For level AAA, raise the contrast to at least 7:1, or 4.5:1 for large text.");

    /// <summary>Important letter spacing in style attributes is wide enough (WCAG 1.4.12).</summary>
    public static RuleInfo LetterSpacing { get; } = Rule("24AFC2", "Important letter spacing in style attributes is wide enough", "1.4.12", "24afc2", Severity.Error,
        "Remove !important from letter-spacing in the style attribute (so users can widen it), or make it at least 0.12em.");

    /// <summary>Important word spacing in style attributes is wide enough (WCAG 1.4.12).</summary>
    public static RuleInfo WordSpacing { get; } = Rule("9E45EC", "Important word spacing in style attributes is wide enough", "1.4.12", "9e45ec", Severity.Error,
        "Remove !important from word-spacing in the style attribute (so users can widen it), or make it at least 0.16em.");

    /// <summary>Important line height in style attributes is wide enough (WCAG 1.4.12).</summary>
    public static RuleInfo LineHeight { get; } = Rule("78FD32", "Important line height in style attributes is wide enough", "1.4.12", "78fd32", Severity.Error,
        "Remove !important from line-height in the style attribute (so users can raise it), or make it at least 1.5.");

    /// <summary>Scrollable content can be reached with sequential focus navigation (WCAG 2.1.1, 2.1.3).</summary>
    public static RuleInfo ScrollableReachable { get; } = Rule("0SSW9K", "Scrollable content can be reached with sequential focus navigation", "2.1.1,2.1.3", "0ssw9k", Severity.Error,
        "Put tabindex=\"0\" on the scrolling element (with a role such as region and an accessible name), or make sure it contains a focusable element.");

    /// <summary>Orientation of the page is not restricted using CSS transforms (WCAG 1.3.4).</summary>
    public static RuleInfo Orientation { get; } = Rule("B33EFF", "Orientation of the page is not restricted using CSS transforms", "1.3.4", "b33eff", Severity.Error,
        "Do not rotate content by a quarter turn in an orientation media query to lock the page to portrait or landscape.");

    /// <summary>Element in sequential focus order has visible focus (WCAG 2.4.7).</summary>
    public static RuleInfo FocusVisible { get; } = Rule("OJ04FD", "Element in sequential focus order has visible focus", "2.4.7", "oj04fd", Severity.Error,
        "Do not remove the focus outline without a replacement: give :focus-visible an outline, border or background that changes.");

    /// <summary>The eight rules, in the order they are reported.</summary>
    public static IReadOnlyList<RuleInfo> All { get; } =
        [TextContrast, TextContrastEnhanced, LetterSpacing, WordSpacing, LineHeight, ScrollableReachable, Orientation, FocusVisible];

    /// <summary>The rule for an ACT id (lower case), or null.</summary>
    internal static RuleInfo? ForActRule(string actRule) => All.FirstOrDefault(rule => rule.ActRules[0] == actRule);

    private static RuleInfo Rule(string id, string title, string wcag, string act, Severity severity, string help) =>
        new($"A11Y-ACT-{id}", title, Group, wcag.Split(','), [act], severity, help);
}
