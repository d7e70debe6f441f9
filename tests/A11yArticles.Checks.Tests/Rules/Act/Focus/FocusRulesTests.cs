namespace A11yArticles.Checks.Tests.Rules.Act.Focus;

public sealed class FocusRulesTests : RuleExampleTests
{
    protected override IEnumerable<RuleExample> Examples =>
    [
        Pass("A11Y-ACT-307N5Z", "button with text", "<button>Play</button>"),
        Pass("A11Y-ACT-307N5Z", "link inside a button with tabindex -1", "<div role=\"button\" tabindex=\"0\">Play <a href=\"/help\" tabindex=\"-1\">help</a></div>"),
        Fail("A11Y-ACT-307N5Z", "link inside a role button", "<div role=\"button\" tabindex=\"0\">Play <a href=\"/help\">help</a></div>"),
        Fail("A11Y-ACT-307N5Z", "button inside a tab", "<div role=\"tablist\"><div role=\"tab\">News <button>Close</button></div></div>"),

        Pass("A11Y-ACT-6CFA84", "hidden decoration", "<div aria-hidden=\"true\"><span>★</span></div>"),
        Pass("A11Y-ACT-6CFA84", "hidden link taken out of the Tab order", "<div aria-hidden=\"true\"><a href=\"/\" tabindex=\"-1\">Home</a></div>"),
        Pass("A11Y-ACT-6CFA84", "hidden link also display none", "<div aria-hidden=\"true\"><a href=\"/\" style=\"display:none\">Home</a></div>"),
        Fail("A11Y-ACT-6CFA84", "hidden link", "<div aria-hidden=\"true\"><a href=\"/\">Home</a></div>"),
        Fail("A11Y-ACT-6CFA84", "hidden button itself", "<button aria-hidden=\"true\">Menu</button>"),
        Pass("A11Y-ACT-6CFA84", "hidden link behind a modal dialog", "<div aria-hidden=\"true\"><a href=\"/\">Home</a></div><dialog open data-a11y-modal><button>Close</button></dialog>"),
        Fail("A11Y-ACT-6CFA84", "hidden link inside a modal dialog", "<dialog open data-a11y-modal><div aria-hidden=\"true\"><a href=\"/\">Home</a></div></dialog>"),

        Pass("A11Y-ACT-AKN7BN", "iframe in the Tab order", "<iframe title=\"Links\" srcdoc=\"<a href='/'>Home</a>\"></iframe>"),
        Pass("A11Y-ACT-AKN7BN", "excluded iframe without focusable content", "<iframe title=\"Text\" tabindex=\"-1\" srcdoc=\"<p>Hello</p>\"></iframe>"),
        Fail("A11Y-ACT-AKN7BN", "excluded iframe with a link", "<iframe title=\"Links\" tabindex=\"-1\" srcdoc=\"<a href='/'>Home</a>\"></iframe>"),
        // A dialog the browser check found shown modally makes the rest of the page inert, the frame included.
        Pass("A11Y-ACT-AKN7BN", "excluded iframe behind a modal dialog", "<iframe title=\"Links\" tabindex=\"-1\" srcdoc=\"<a href='/'>Home</a>\"></iframe><dialog open data-a11y-modal><button>Close</button></dialog>"),
        Fail("A11Y-ACT-AKN7BN", "excluded iframe beside a dialog shown without modality", "<iframe title=\"Links\" tabindex=\"-1\" srcdoc=\"<a href='/'>Home</a>\"></iframe><dialog open><button>Close</button></dialog>"),
        Fail("A11Y-ACT-AKN7BN", "excluded iframe inside a modal dialog", "<dialog open data-a11y-modal><iframe title=\"Links\" tabindex=\"-1\" srcdoc=\"<a href='/'>Home</a>\"></iframe></dialog>"),
    ];
}
