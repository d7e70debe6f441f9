namespace A11yArticles.Checks.Tests.Rules.Article.Language;

public sealed class LanguageRulesTests : RuleExampleTests
{
    protected override IEnumerable<RuleExample> Examples =>
    [
        Pass("A11Y-TIME-001", "date", "<time datetime=\"2021-06-08\">8 June</time>"),
        Pass("A11Y-TIME-001", "global date and time", "<time datetime=\"2021-06-08T14:30:00-05:00\">2:30 pm</time>"),
        Pass("A11Y-TIME-001", "duration", "<time datetime=\"PT2H30M\">two and a half hours</time>"),
        Pass("A11Y-TIME-001", "text that is a date", "<time>2021-06-08</time>"),
        Fail("A11Y-TIME-001", "no datetime and prose", "<time>Tuesday</time>"),
        Fail("A11Y-TIME-001", "impossible date", "<time datetime=\"2021-02-30\">30 February</time>"),
        Fail("A11Y-TIME-001", "US style date", "<time datetime=\"06/08/2021\">8 June</time>"),

        Pass("A11Y-LANG-001", "lang with script and region", "<p>Text</p>", "zh-Hant-TW"),
        Fail("A11Y-LANG-001", "malformed tag", "<p>Text</p>", "en_US"),
        Fail("A11Y-LANG-001", "unknown language", "<p>Text</p>", "english"),
        FailPage("A11Y-LANG-001", "missing lang", "<!DOCTYPE html><html><head><title>T</title></head><body><p>Text</p></body></html>"),

        Pass("A11Y-LANG-002", "valid passage tags", "<p lang=\"es-419\">Hola</p><p lang=\"\">?</p>"),
        Fail("A11Y-LANG-002", "underscore", "<p lang=\"pt_BR\">Olá</p>"),
        Fail("A11Y-LANG-002", "made-up language", "<span lang=\"klingon\">Qapla'</span>"),

        Pass("A11Y-DIR-001", "rtl and auto", "<p dir=\"rtl\" lang=\"ar\">مرحبا</p><p dir=\"auto\">x</p>"),
        Fail("A11Y-DIR-001", "right-to-left spelled out", "<p dir=\"right-to-left\" lang=\"ar\">مرحبا</p>"),
    ];
}
