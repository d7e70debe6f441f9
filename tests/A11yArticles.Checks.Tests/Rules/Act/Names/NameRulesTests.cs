namespace A11yArticles.Checks.Tests.Rules.Act.Names;

public sealed class NameRulesTests : RuleExampleTests
{
    protected override IEnumerable<RuleExample> Examples =>
    [
        Pass("A11Y-ACT-23A2A8", "img with alt", "<img src=\"map.png\" alt=\"Map of the border crossing\">"),
        Pass("A11Y-ACT-23A2A8", "decorative img", "<img src=\"rule.png\" alt=\"\">"),
        Pass("A11Y-ACT-23A2A8", "role img named by aria-labelledby", "<div role=\"img\" aria-labelledby=\"c\">★★★</div><p id=\"c\">Three stars</p>"),
        Pass("A11Y-ACT-23A2A8", "hidden img", "<img src=\"x.png\" style=\"display: none\">"),
        Fail("A11Y-ACT-23A2A8", "img without alt", "<img src=\"portrait.jpg\">"),
        Fail("A11Y-ACT-23A2A8", "role img without name", "<span role=\"img\">🌵</span>"),
        Fail("A11Y-ACT-23A2A8", "decorative img made focusable", "<img src=\"x.png\" alt=\"\" tabindex=\"0\">"),

        Pass("A11Y-ACT-59796F", "image button with alt", "<input type=\"image\" src=\"go.png\" alt=\"Search\">"),
        Pass("A11Y-ACT-59796F", "image button with title", "<input type=\"image\" src=\"go.png\" title=\"Search\">"),
        Fail("A11Y-ACT-59796F", "image button without alt", "<input type=\"image\" src=\"go.png\">"),
        Fail("A11Y-ACT-59796F", "image button with empty alt", "<input type=\"image\" src=\"go.png\" alt=\"\">"),

        Pass("A11Y-ACT-7D6734", "svg img with title", "<svg role=\"img\"><title>Rising prices</title><path d=\"M0 0L9 9\"/></svg>"),
        Pass("A11Y-ACT-7D6734", "svg without role", "<svg><path d=\"M0 0L9 9\"/></svg>"),
        Fail("A11Y-ACT-7D6734", "svg img without name", "<svg role=\"img\"><circle r=\"4\"/></svg>"),
        Fail("A11Y-ACT-7D6734", "graphics-symbol without name", "<svg><circle role=\"graphics-symbol\" r=\"4\"/></svg>"),

        Pass("A11Y-ACT-8FC3B6", "object with aria-label", "<object data=\"chart.png\" type=\"image/png\" aria-label=\"Chart of sales\"></object>"),
        Pass("A11Y-ACT-8FC3B6", "object with a document", "<object data=\"page.html\" type=\"text/html\"></object>"),
        Fail("A11Y-ACT-8FC3B6", "image object named only by fallback", "<object data=\"chart.png\">Chart of sales</object>"),
        Fail("A11Y-ACT-8FC3B6", "video object without name", "<object data=\"clip.mp4\" type=\"video/mp4\"></object>"),

        Pass("A11Y-ACT-97A4E1", "button with text", "<button>Send</button>"),
        Pass("A11Y-ACT-97A4E1", "submit input has a default name", "<input type=\"submit\">"),
        Pass("A11Y-ACT-97A4E1", "role button with aria-label", "<span role=\"button\" tabindex=\"0\" aria-label=\"Close\">×</span>"),
        Fail("A11Y-ACT-97A4E1", "empty button", "<button></button>"),
        Fail("A11Y-ACT-97A4E1", "input button without value", "<input type=\"button\">"),
        Fail("A11Y-ACT-97A4E1", "button whose only content is hidden", "<button><span aria-hidden=\"true\">×</span></button>"),

        Pass("A11Y-ACT-C487AE", "link with text", "<a href=\"/about\">About us</a>"),
        Pass("A11Y-ACT-C487AE", "image link with alt", "<a href=\"/\"><img src=\"logo.png\" alt=\"Home\"></a>"),
        Fail("A11Y-ACT-C487AE", "empty link", "<a href=\"/next\"></a>"),
        Fail("A11Y-ACT-C487AE", "image link with empty alt", "<a href=\"/\"><img src=\"logo.png\" alt=\"\"></a>"),
        Fail("A11Y-ACT-C487AE", "role link without name", "<span role=\"link\" tabindex=\"0\"></span>"),

        Pass("A11Y-ACT-M6B1Q3", "menuitem with text", "<div role=\"menu\"><div role=\"menuitem\">Open</div></div>"),
        Fail("A11Y-ACT-M6B1Q3", "empty menuitem", "<div role=\"menu\"><div role=\"menuitem\"></div></div>"),

        Pass("A11Y-ACT-2T702H", "summary with text", "<details><summary>Opening hours</summary><p>9 to 5</p></details>"),
        Fail("A11Y-ACT-2T702H", "empty summary", "<details><summary></summary><p>9 to 5</p></details>"),

        Pass("A11Y-ACT-CAE760", "iframe with title", "<iframe title=\"Weather map\" src=\"map.html\"></iframe>"),
        Fail("A11Y-ACT-CAE760", "iframe without title", "<iframe src=\"map.html\"></iframe>"),

        Pass("A11Y-ACT-FFD0E9", "heading with text", "<h2>Background</h2>"),
        Pass("A11Y-ACT-FFD0E9", "heading with image alt", "<h2><img src=\"b.png\" alt=\"Background\"></h2>"),
        Fail("A11Y-ACT-FFD0E9", "empty heading", "<h2></h2>"),
        Fail("A11Y-ACT-FFD0E9", "heading with only hidden text", "<h3><span aria-hidden=\"true\">Background</span></h3>"),
    ];
}
