namespace A11yArticles.Checks.Tests.Rules.Article.Text;

public sealed class TextRulesTests : RuleExampleTests
{
    protected override IEnumerable<RuleExample> Examples =>
    [
        Pass("A11Y-TEXT-001", "space outside the hidden text", "<p><span class=\"visually-hidden\">By</span> Jane Doe</p>"),
        Pass("A11Y-TEXT-001", "space inside the hidden text", "<p class=\"published\"><span class=\"visually-hidden\">Published </span><time datetime=\"2021-06-08\">8 June 2021</time></p>"),
        Pass("A11Y-TEXT-001", "punctuation after the hidden text", "<p><span class=\"sr-only\">Author</span>: Jane</p>"),
        Pass("A11Y-TEXT-001", "hidden text alone in its block", "<p>Jane</p><p><span class=\"visually-hidden\">Photo</span></p><p>Credit</p>"),
        Pass("A11Y-TEXT-001", "a line break between", "<p><span class=\"visually-hidden\">By</span><br>Jane</p>"),
        Pass("A11Y-TEXT-001", "aria-hidden neighbour is not read", "<p><a href=\"#r\"><span aria-hidden=\"true\">↩a</span><span class=\"visually-hidden\">Back to reference 1a</span></a></p><p id=\"r\">r</p>"),
        Pass("A11Y-TEXT-001", "a script written without spaces", "<p><span class=\"visually-hidden\">作者</span>张三</p>"),
        Pass("A11Y-TEXT-001", "hidden text at the edge of a link, word outside it", "<p><a href=\"/b\">Budget<span class=\"visually-hidden\"> story</span></a>today</p>"),
        Pass("A11Y-TEXT-001", "a class that only looks similar", "<p><span class=\"visually-hidden-label-x\">By</span>Jane</p>"),
        Pass("A11Y-TEXT-001", "hidden by display none", "<p><span class=\"sr-only\" hidden>By</span>Jane</p>"),
        Fail("A11Y-TEXT-001", "hidden word runs into the next", "<p><span class=\"visually-hidden\">By</span>Jane Doe</p>"),
        Fail("A11Y-TEXT-001", "inside a link: the link's name runs together", "<p><a href=\"/budget\"><span class=\"sr-only\">Read more about</span>Budget</a></p>"),
        Fail("A11Y-TEXT-001", "previous word runs into the hidden text", "<p>Jane<span class=\"screen-reader-text\">Doe</span></p>"),
        Fail("A11Y-TEXT-001", "across emphasis", "<p><span class=\"visually-hidden\">Rated</span><strong>4</strong> stars</p>"),
        Fail("A11Y-TEXT-001", "inside emphasis, word after it", "<p><em><span class=\"visuallyhidden\">Note</span></em>this</p>"),
        Fail("A11Y-TEXT-001", "the next word 250 spans deep (just under the nesting limit)", "<p><span class=\"sr-only\">By</span>" + string.Concat(Enumerable.Repeat("<span>", 250)) + "Jane" + string.Concat(Enumerable.Repeat("</span>", 250)) + "</p>"),
    ];
}
