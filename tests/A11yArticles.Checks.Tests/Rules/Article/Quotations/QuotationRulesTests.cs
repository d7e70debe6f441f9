namespace A11yArticles.Checks.Tests.Rules.Article.Quotations;

public sealed class QuotationRulesTests : RuleExampleTests
{
    protected override IEnumerable<RuleExample> Examples =>
    [
        Pass("A11Y-QUOTE-001", "quotation in a figure", "<figure><blockquote><p>We will rebuild.</p></blockquote><figcaption>The mayor</figcaption></figure>"),
        Fail("A11Y-QUOTE-001", "empty blockquote", "<blockquote> </blockquote>"),
        Fail("A11Y-QUOTE-001", "nested only to indent", "<blockquote><blockquote><p>Indented text</p></blockquote></blockquote>"),
        Fail("A11Y-QUOTE-001", "a form indented with blockquote", "<blockquote><form><label>Email <input></label></form></blockquote>"),

        Pass("A11Y-QUOTE-002", "attribution in figcaption", "<figure><blockquote><p>We will rebuild.</p></blockquote><figcaption>— The mayor</figcaption></figure>"),
        Pass("A11Y-QUOTE-002", "quotation of two paragraphs", "<blockquote><p>First.</p><p>Second.</p></blockquote>"),
        Fail("A11Y-QUOTE-002", "footer inside the blockquote", "<blockquote><p>We will rebuild.</p><footer>The mayor</footer></blockquote>"),
        Fail("A11Y-QUOTE-002", "dash paragraph inside", "<blockquote><p>We will rebuild.</p><p>— The mayor</p></blockquote>"),
        Fail("A11Y-QUOTE-002", "cite at the end inside", "<blockquote><p>We will rebuild.</p><cite>The mayor</cite></blockquote>"),

        Pass("A11Y-QUOTE-003", "q with words", "<p>She said <q>yes</q>.</p>"),
        Fail("A11Y-QUOTE-003", "empty q", "<p>She said <q></q>.</p>"),

        Pass("A11Y-QUOTE-004", "hidden pull quote repeating the body", "<main><p>The mayor said <q>We will rebuild the bridge</q> on Monday.</p><aside aria-hidden=\"true\" class=\"pull-quote\">“We will rebuild the bridge”</aside></main>"),
        Pass("A11Y-QUOTE-004", "exposed pull quote", "<main><p>Text.</p><aside aria-label=\"Quotation\"><blockquote>Only here</blockquote></aside></main>"),
        Fail("A11Y-QUOTE-004", "hidden pull quote found nowhere else", "<main><p>The mayor spoke on Monday.</p><aside aria-hidden=\"true\" class=\"pull-quote\">“We will rebuild the bridge”</aside></main>"),
        Fail("A11Y-QUOTE-004", "hidden blockquote with new words", "<main><p>Text.</p><blockquote aria-hidden=\"true\">Never said elsewhere</blockquote></main>"),
    ];
}
