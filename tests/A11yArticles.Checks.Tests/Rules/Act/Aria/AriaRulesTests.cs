namespace A11yArticles.Checks.Tests.Rules.Act.Aria;

public sealed class AriaRulesTests : RuleExampleTests
{
    protected override IEnumerable<RuleExample> Examples =>
    [
        Pass("A11Y-ACT-5F99A7", "defined attribute", "<div aria-live=\"polite\">Saved</div>"),
        Fail("A11Y-ACT-5F99A7", "misspelt attribute", "<div aria-lable=\"Saved\">Saved</div>"),

        Pass("A11Y-ACT-674B10", "valid role", "<div role=\"navigation\"><a href=\"/\">Home</a></div>"),
        Pass("A11Y-ACT-674B10", "fallback list with one valid role", "<span role=\"switcher button\" tabindex=\"0\">On</span>"),
        Pass("A11Y-ACT-674B10", "hidden element", "<div role=\"nonsense\" hidden>x</div>"),
        Fail("A11Y-ACT-674B10", "misspelt role", "<div role=\"buton\">Go</div>"),
        Fail("A11Y-ACT-674B10", "abstract role", "<div role=\"widget\">Go</div>"),

        Pass("A11Y-ACT-6A7281", "boolean value", "<div role=\"checkbox\" aria-checked=\"mixed\">All</div>"),
        Pass("A11Y-ACT-6A7281", "token list", "<div aria-live=\"polite\" aria-relevant=\"additions text\"></div>"),
        Fail("A11Y-ACT-6A7281", "wrong token", "<div aria-live=\"loud\">News</div>"),
        Fail("A11Y-ACT-6A7281", "integer expected", "<div role=\"heading\" aria-level=\"one\">News</div>"),
        Fail("A11Y-ACT-6A7281", "true/false expected", "<div role=\"textbox\" aria-multiline=\"yes\" aria-label=\"Note\"></div>"),

        Pass("A11Y-ACT-5C01EA", "pressed on a button", "<button aria-pressed=\"true\">Bold</button>"),
        Pass("A11Y-ACT-5C01EA", "global attribute anywhere", "<p aria-describedby=\"n\">Text</p><p id=\"n\">Note</p>"),
        Fail("A11Y-ACT-5C01EA", "checked on a link", "<a href=\"/\" aria-checked=\"true\">Home</a>"),
        Fail("A11Y-ACT-5C01EA", "sort on a paragraph", "<p aria-sort=\"ascending\">Text</p>"),

        Pass("A11Y-ACT-KB1M8S", "label on a link", "<a href=\"/\" aria-label=\"Home page\">Home</a>"),
        Fail("A11Y-ACT-KB1M8S", "label on a span", "<span aria-label=\"Price\">€5</span>"),
        Fail("A11Y-ACT-KB1M8S", "labelledby on a paragraph", "<p aria-labelledby=\"x\">Text</p><h2 id=\"x\">Title</h2>"),

        Pass("A11Y-ACT-4E8AB6", "checkbox with checked state", "<div role=\"checkbox\" aria-checked=\"false\" tabindex=\"0\">Agree</div>"),
        Pass("A11Y-ACT-4E8AB6", "native checkbox as switch", "<input type=\"checkbox\" role=\"switch\" aria-label=\"Dark mode\">"),
        Fail("A11Y-ACT-4E8AB6", "checkbox without checked state", "<div role=\"checkbox\" tabindex=\"0\">Agree</div>"),
        Fail("A11Y-ACT-4E8AB6", "slider without value", "<div role=\"slider\" tabindex=\"0\" aria-label=\"Volume\"></div>"),

        Pass("A11Y-ACT-BC4A75", "list of listitems", "<div role=\"list\"><div role=\"listitem\">One</div><div role=\"listitem\">Two</div></div>"),
        Pass("A11Y-ACT-BC4A75", "tablist through a presentational wrapper", "<ul role=\"tablist\"><li role=\"presentation\"><a role=\"tab\" href=\"#a\">A</a></li></ul>"),
        Pass("A11Y-ACT-BC4A75", "native table with a caption", "<table><caption>Opening hours</caption><tr><th>Day</th><td>9-5</td></tr></table>"),
        Pass("A11Y-ACT-BC4A75", "grid with a caption", "<table role=\"grid\"><caption>Seats</caption><tr><td role=\"gridcell\">A1</td></tr></table>"),
        Fail("A11Y-ACT-BC4A75", "native list holding divs", "<ul><div>One</div><div>Two</div></ul>"),
        Fail("A11Y-ACT-BC4A75", "list role does not take a caption", "<div role=\"list\"><div role=\"caption\">Tools</div><div role=\"listitem\">Saw</div></div>"),
        Fail("A11Y-ACT-BC4A75", "list with a plain span", "<div role=\"list\"><span>One</span></div>"),
        Fail("A11Y-ACT-BC4A75", "menu owning a link", "<div role=\"menu\"><a href=\"/\">Home</a></div>"),

        Pass("A11Y-ACT-FF89C9", "listitem in a list", "<div role=\"list\"><div role=\"listitem\">One</div></div>"),
        Pass("A11Y-ACT-FF89C9", "option owned by aria-owns", "<div role=\"listbox\" aria-owns=\"o\" aria-label=\"Pick\"></div><div id=\"o\" role=\"option\">One</div>"),
        Fail("A11Y-ACT-FF89C9", "tab outside a tablist", "<div role=\"tab\">News</div>"),
        Fail("A11Y-ACT-FF89C9", "listitem in a region", "<div role=\"list\"><section aria-label=\"Box\"><div role=\"listitem\">One</div></section></div>"),

        // Shadow trees the page declares: the host is the parent in the accessibility tree; aria-owns does not reach inside.
        Pass("A11Y-ACT-FF89C9", "tabs in the declarative shadow tree of a tablist", "<div role=\"tablist\" aria-label=\"Sections\"><template shadowrootmode=\"open\"><div role=\"tab\">World</div><div role=\"tab\">Sport</div></template></div>"),
        Pass("A11Y-ACT-FF89C9", "tab in a tablist's shadow tree set by a script", "<div id=\"tabs\" role=\"tablist\" aria-label=\"Sections\"></div><script>const tabs = document.getElementById(\"tabs\"); const shadow = tabs.attachShadow({ mode: \"closed\" }); shadow.innerHTML = `<div role=\"tab\">World</div>`;</script>"),
        Pass("A11Y-ACT-FF89C9", "a script the checker does not run (concatenated HTML) adds nothing", "<span id=\"box\"></span><script>const box = document.querySelector('#box'); const root = box.attachShadow({ mode: 'open' }); root.innerHTML = '<div role=\"tab\">' + label + '</div>';</script>"),
        Fail("A11Y-ACT-FF89C9", "menuitem in a closed declarative shadow tree, aria-owns from outside", "<div role=\"menu\" aria-label=\"File\" aria-owns=\"save\"></div><p><template shadowrootmode=\"closed\"><div id=\"save\" role=\"menuitem\">Save</div></template></p>"),
        Fail("A11Y-ACT-FF89C9", "tab in a shadow tree set by a script, aria-owns from outside", "<div role=\"tablist\" aria-label=\"Sections\" aria-owns=\"t1\"></div><span id=\"box\"></span><script>let box = document.querySelector(\"#box\"); let root = box.attachShadow({mode: \"open\"}); root.innerHTML = \"<div id=\\\"t1\\\" role=\\\"tab\\\">Sport</div>\";</script>"),
        Fail("A11Y-ACT-FF89C9", "listitem in a shadow tree under a region", "<div role=\"list\"><section aria-label=\"Box\"><template shadowrootmode=\"open\"><div role=\"listitem\">One</div></template></section></div>"),

        Pass("A11Y-ACT-46CA7F", "decorative image", "<img src=\"line.png\" alt=\"\">"),
        Pass("A11Y-ACT-46CA7F", "presentational table", "<table role=\"presentation\"><tr><td>Layout</td></tr></table>"),
        Fail("A11Y-ACT-46CA7F", "decorative image with a label", "<img src=\"line.png\" alt=\"\" aria-label=\"Line\">"),
        Fail("A11Y-ACT-46CA7F", "presentational but focusable", "<nav role=\"none\" tabindex=\"0\"><a href=\"/\">Home</a></nav>"),
    ];
}
