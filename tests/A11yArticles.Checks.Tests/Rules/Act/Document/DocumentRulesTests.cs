namespace A11yArticles.Checks.Tests.Rules.Act.Document;

public sealed class DocumentRulesTests : RuleExampleTests
{
    protected override IEnumerable<RuleExample> Examples =>
    [
        Pass("A11Y-ACT-2779A5", "page with title", "<p>Text</p>"),
        FailPage("A11Y-ACT-2779A5", "page without title", "<!DOCTYPE html><html lang=\"en\"><head></head><body><p>Text</p></body></html>"),
        FailPage("A11Y-ACT-2779A5", "empty title", "<!DOCTYPE html><html lang=\"en\"><head><title> </title></head><body><p>Text</p></body></html>"),
        // A title in a shadow tree is no page title (document.title reads the document's own tree).
        FailPage("A11Y-ACT-2779A5", "only title in a shadow tree", "<!DOCTYPE html><html lang=\"en\"><head></head><body><div><template shadowrootmode=\"open\"><title>Recipes</title><p>Soup</p></template></div></body></html>"),
        PassPage("A11Y-ACT-2779A5", "title in the body", "<!DOCTYPE html><html lang=\"en\"><head></head><body><title>Recipes</title><p>Soup</p></body></html>"),

        Pass("A11Y-ACT-B5C3F8", "html with lang", "<p>Text</p>"),
        FailPage("A11Y-ACT-B5C3F8", "html without lang", "<!DOCTYPE html><html><head><title>T</title></head><body><p>Text</p></body></html>"),
        FailPage("A11Y-ACT-B5C3F8", "html with blank lang", "<!DOCTYPE html><html lang=\" \"><head><title>T</title></head><body><p>Text</p></body></html>"),

        Pass("A11Y-ACT-BF051A", "html lang with region", "<p>Texto</p>", "es-MX"),
        Fail("A11Y-ACT-BF051A", "unknown primary language", "<p>Text</p>", "xyz"),
        Fail("A11Y-ACT-BF051A", "three-letter code where a two-letter one exists", "<p>Text</p>", "eng"),

        Pass("A11Y-ACT-DE46E4", "valid passage language", "<p lang=\"fr\">Bonjour</p>"),
        Pass("A11Y-ACT-DE46E4", "invalid lang without text", "<div lang=\"xyz\"></div>"),
        Fail("A11Y-ACT-DE46E4", "invalid passage language", "<p lang=\"french\">Bonjour</p>"),
        Fail("A11Y-ACT-DE46E4", "blank passage language", "<p lang=\" \">Bonjour</p>"),

        Pass("A11Y-ACT-B4F0C3", "zoom allowed", "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><p>Text</p>"),
        Pass("A11Y-ACT-B4F0C3", "maximum scale 3", "<meta name=\"viewport\" content=\"maximum-scale=3\"><p>Text</p>"),
        Fail("A11Y-ACT-B4F0C3", "user-scalable no", "<meta name=\"viewport\" content=\"width=device-width, user-scalable=no\"><p>Text</p>"),
        Fail("A11Y-ACT-B4F0C3", "maximum scale 1.5", "<meta name=\"viewport\" content=\"maximum-scale=1.5\"><p>Text</p>"),
        Pass("A11Y-ACT-B4F0C3", "viewport meta in a shadow tree sets no viewport", "<div><template shadowrootmode=\"open\"><meta name=\"viewport\" content=\"user-scalable=no\"><p>Text</p></template></div>"),

        Pass("A11Y-ACT-BC659A", "immediate redirect", "<meta http-equiv=\"refresh\" content=\"0; url=/new\"><p>Moved</p>"),
        Pass("A11Y-ACT-BC659A", "refresh after more than 20 hours", "<meta http-equiv=\"refresh\" content=\"72001\"><p>Text</p>"),
        Fail("A11Y-ACT-BC659A", "refresh after 30 seconds", "<meta http-equiv=\"refresh\" content=\"30\"><p>Text</p>"),
        Pass("A11Y-ACT-BC659A", "refresh meta in a shadow tree refreshes nothing", "<div><template shadowrootmode=\"open\"><meta http-equiv=\"refresh\" content=\"30\"><p>Text</p></template></div>"),

        Pass("A11Y-ACT-BISZ58", "immediate redirect", "<meta http-equiv=\"refresh\" content=\"0; url=/new\"><p>Moved</p>"),
        Pass("A11Y-ACT-BISZ58", "invalid content is ignored by browsers", "<meta http-equiv=\"refresh\" content=\"soon\"><p>Text</p>"),
        Fail("A11Y-ACT-BISZ58", "refresh after a day", "<meta http-equiv=\"refresh\" content=\"86400\"><p>Text</p>"),
        Pass("A11Y-ACT-BISZ58", "refresh meta in a shadow tree refreshes nothing", "<div><template shadowrootmode=\"open\"><meta http-equiv=\"refresh\" content=\"86400\"><p>Text</p></template></div>"),
        // The first valid refresh of the document's own tree counts, whatever a shadow tree holds before it.
        Fail("A11Y-ACT-BISZ58", "refresh after the shadow tree's", "<div><template shadowrootmode=\"open\"><meta http-equiv=\"refresh\" content=\"0\"></template></div><meta http-equiv=\"refresh\" content=\"86400\"><p>Text</p>"),
    ];

    [Fact]
    public void Page_rules_do_not_apply_to_an_svg_document()
    {
        var report = HtmlChecker.ForRules("2779a5", "b5c3f8").Check("<svg xmlns=\"http://www.w3.org/2000/svg\"><title>Logo</title></svg>", "logo.svg");

        Assert.Empty(report.Findings);
    }
}
