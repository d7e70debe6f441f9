using System.Text;
using A11yArticles.HtmlInput;

namespace A11yArticles.Checks.Tests.Engine;

/// <summary>
/// Pages are read as browsers read them (the HTML standard's encoding sniffing), in every encoding
/// real sites use; invalid bytes become U+FFFD with a warning, never a refusal.
/// </summary>
public sealed class HtmlDecodingTests
{
    static HtmlDecodingTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private static string Page(string head, string text) =>
        $"<!DOCTYPE html>\n<html lang=\"en\">\n<head>{head}<title>{text}</title></head>\n<body>\n<a href=\"#m\">Skip</a>\n<main id=\"m\"><h1>{text}</h1><p lang=\"xx\">{text}</p></main>\n</body>\n</html>\n";

    public static TheoryData<string, int, string, string> Legacy() => new()
    {
        // label in the page, code page of the bytes, the name the decoder reports, text with characters outside ASCII
        { "windows-1252", 1252, "windows-1252", "Café, señor, garçon – “quotes” €" },
        { "ISO-8859-1", 1252, "windows-1252", "Straße, Müller, naïve, déjà vu" },
        { "latin1", 28591, "windows-1252", "Ångström, Øre, Ñandú" },
        { "Shift_JIS", 932, "Shift_JIS", "新しい図書館が火曜日に開館した" },
        { "sjis", 932, "Shift_JIS", "「こんにちは」と彼女は言った" },
        { "GBK", 936, "GBK", "新图书馆周二开放，读者排队入场" },
        { "gb2312", 936, "GBK", "市政府宣布新的自行车道" },
        { "EUC-KR", 949, "EUC-KR", "새 도서관이 화요일에 문을 열었다" },
        { "Big5", 950, "Big5", "新圖書館週二開幕" },
        { "windows-1251", 1251, "windows-1251", "Новая библиотека открылась во вторник" },
        { "KOI8-R", 20866, "KOI8-R", "Новая библиотека" },
        { "iso-8859-7", 28597, "ISO-8859-7", "Η νέα βιβλιοθήκη άνοιξε" },
        { "windows-1256", 1256, "windows-1256", "افتتحت المكتبة الجديدة يوم الثلاثاء" },
    };

    [Theory]
    [MemberData(nameof(Legacy))]
    public void A_page_declared_in_a_legacy_encoding_is_read_in_it(string label, int codePage, string name, string text)
    {
        var bytes = Encoding.GetEncoding(codePage).GetBytes(Page($"<meta charset=\"{label}\">", text));

        var decoded = HtmlDecoding.Decode(bytes);

        Assert.Equal(name, decoded.EncodingName);
        Assert.Contains($"<h1>{text}</h1>", decoded.Text, StringComparison.Ordinal);
        Assert.Empty(decoded.Warnings);
    }

    [Theory]
    [MemberData(nameof(Legacy))]
    public void A_page_declared_with_http_equiv_is_read_in_its_encoding(string label, int codePage, string name, string text)
    {
        var bytes = Encoding.GetEncoding(codePage).GetBytes(Page($"<!-- <meta charset=\"utf-8\"> in a comment does not count --><meta http-equiv=\"Content-Type\" content=\"text/html; charset={label}\">", text));

        var decoded = HtmlDecoding.Decode(bytes);

        Assert.Equal(name, decoded.EncodingName);
        Assert.Contains(text, decoded.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_content_charset_without_http_equiv_is_not_a_declaration()
    {
        // The standard needs the pragma for content="...charset=": without it, the page is UTF-8 (valid here).
        var bytes = Encoding.UTF8.GetBytes(Page("<meta content=\"text/html; charset=shift_jis\">", "Café"));

        Assert.Equal("UTF-8", HtmlDecoding.Decode(bytes).EncodingName);
    }

    [Theory]
    [InlineData("utf-16le")]
    [InlineData("utf-16be")]
    public void A_byte_order_mark_wins_over_the_declaration(string which)
    {
        var page = Page("<meta charset=\"windows-1252\">", "Ünïcödé 新しい");
        byte[] bytes = which == "utf-16le"
            ? [0xFF, 0xFE, .. Encoding.Unicode.GetBytes(page)]
            : [0xFE, 0xFF, .. Encoding.BigEndianUnicode.GetBytes(page)];

        var decoded = HtmlDecoding.Decode(bytes);

        Assert.Equal(which == "utf-16le" ? "UTF-16LE" : "UTF-16BE", decoded.EncodingName);
        Assert.Equal(page, decoded.Text);
        Assert.Empty(decoded.Warnings);
    }

    [Fact]
    public void A_utf8_byte_order_mark_is_removed()
    {
        var page = Page("", "Café");

        var decoded = HtmlDecoding.Decode([0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(page)]);

        Assert.Equal(page, decoded.Text);
        Assert.Equal("UTF-8", decoded.EncodingName);
    }

    [Fact]
    public void A_declared_utf16_without_a_byte_order_mark_is_read_as_utf8()
    {
        var decoded = HtmlDecoding.Decode(Encoding.UTF8.GetBytes(Page("<meta charset=\"utf-16\">", "Café")));

        Assert.Equal("UTF-8", decoded.EncodingName);
        Assert.Contains("<h1>Café</h1>", decoded.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Invalid_bytes_become_replacement_characters_with_a_warning_never_a_refusal()
    {
        byte[] bytes = [.. Encoding.UTF8.GetBytes("<!DOCTYPE html><meta charset=utf-8><title>Bad bytes</title><p>a"), 0xC3, 0x28, 0xFF, .. Encoding.UTF8.GetBytes("b</p>")];

        var decoded = HtmlDecoding.Decode(bytes);

        Assert.Contains("<p>a\uFFFD(\uFFFDb</p>", decoded.Text, StringComparison.Ordinal);
        Assert.Equal(["is not valid UTF-8 (invalid byte sequence at byte 63); invalid bytes were replaced by U+FFFD"], decoded.Warnings);
    }

    [Fact]
    public void Invalid_bytes_in_a_legacy_encoding_become_replacement_characters_too()
    {
        // 0x81 0x20 is not a Shift_JIS character.
        byte[] bytes = [.. Encoding.ASCII.GetBytes("<meta charset=\"shift_jis\"><title>x</title><p>"), 0x81, 0x20, .. Encoding.GetEncoding(932).GetBytes("図書館</p>")];

        var decoded = HtmlDecoding.Decode(bytes);

        Assert.Contains("\uFFFD", decoded.Text, StringComparison.Ordinal);
        Assert.Contains("図書館</p>", decoded.Text, StringComparison.Ordinal);
        Assert.Single(decoded.Warnings, warning => warning.StartsWith("is not valid Shift_JIS", StringComparison.Ordinal));
    }

    [Fact]
    public void An_undeclared_page_that_is_not_utf8_is_read_as_windows_1252_as_browsers_do()
    {
        var bytes = Encoding.GetEncoding(1252).GetBytes(Page("", "Café, señor – “quotes”"));

        var decoded = HtmlDecoding.Decode(bytes);

        Assert.Equal("windows-1252", decoded.EncodingName);
        Assert.Contains("<h1>Café, señor – “quotes”</h1>", decoded.Text, StringComparison.Ordinal);
        Assert.Equal(["declares no character encoding and is not UTF-8; read as windows-1252, as browsers do (declare it with <meta charset>)"], decoded.Warnings);
    }

    [Fact]
    public void An_undeclared_utf8_page_with_a_few_broken_bytes_stays_utf8()
    {
        byte[] bytes = [.. Encoding.UTF8.GetBytes(Page("", "Café 新しい")), .. Encoding.GetEncoding(1252).GetBytes("<p>Señor</p>")];

        var decoded = HtmlDecoding.Decode(bytes);

        Assert.Equal("UTF-8", decoded.EncodingName);
        Assert.Contains("<h1>Café 新しい</h1>", decoded.Text, StringComparison.Ordinal);
        Assert.Contains("<p>Se\uFFFDor</p>", decoded.Text, StringComparison.Ordinal);
        Assert.Single(decoded.Warnings);
    }

    [Fact]
    public void An_unknown_label_is_read_as_utf8_with_a_warning()
    {
        var decoded = HtmlDecoding.Decode(Encoding.UTF8.GetBytes(Page("<meta charset=\"klingon-1\">", "Café")));

        Assert.Equal("UTF-8", decoded.EncodingName);
        Assert.Equal(["declares the unknown character encoding 'klingon-1'; read as UTF-8"], decoded.Warnings);
    }

    [Fact]
    public void A_declaration_after_the_first_1024_bytes_is_not_seen()
    {
        var page = "<!DOCTYPE html><html><head>" + new string(' ', 1100) + "<meta charset=\"shift_jis\"><title>Late</title></head><body><p>Café</p></body></html>";

        var decoded = HtmlDecoding.Decode(Encoding.UTF8.GetBytes(page));

        Assert.Equal("UTF-8", decoded.EncodingName);
    }

    [Fact]
    public void Nul_bytes_and_byte_order_marks_in_the_middle_are_text_not_a_failure()
    {
        byte[] bytes = [.. Encoding.UTF8.GetBytes("<!DOCTYPE html><html lang=\"en\"><title>T</title><p>a"), 0, 0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("b</p>")];

        var decoded = HtmlDecoding.Decode(bytes);

        Assert.Contains("<p>a\u0000\uFEFFb</p>", decoded.Text, StringComparison.Ordinal);
        HtmlChecker.Default.Check(bytes, "nul.html");
    }

    /// <summary>
    /// U+FFFF is three valid UTF-8 bytes, and AngleSharp's tokenizer took it for the end of the input:
    /// everything after it was lost (here the <c>main</c> landmark and its finding). Browsers read on.
    /// </summary>
    [Fact]
    public void The_noncharacter_U_FFFF_does_not_end_the_page()
    {
        byte[] bytes = [.. Encoding.UTF8.GetBytes("<!DOCTYPE html><html lang=\"en\"><head><title>T</title></head><body><p>before "), 0xEF, 0xBF, 0xBF, .. Encoding.UTF8.GetBytes(" after</p><main><h1>Head</h1><p lang=\"xx\">Later</p></main></body></html>")];

        var report = HtmlChecker.ForRules("A11Y-LANG-002").Check(bytes, "noncharacter.html");
        var document = HtmlChecker.Parse(Encoding.UTF8.GetString(bytes));

        Assert.Equal("<p lang=\"xx\">Later</p>", Assert.Single(report.Findings).Snippet);
        Assert.Equal("before \uFFFD after", document.QuerySelector("p")!.TextContent);
        Assert.NotNull(document.QuerySelector("main h1"));
    }

    [Theory]
    [InlineData("Shift_JIS", 932, "図書館")]
    [InlineData("GBK", 936, "图书馆")]
    [InlineData("windows-1252", 1252, "Café")]
    [InlineData("ISO-8859-1", 1252, "Müller")]
    public void The_checker_reads_bytes_in_the_page_s_encoding_and_reports_its_text(string label, int codePage, string text)
    {
        var bytes = Encoding.GetEncoding(codePage).GetBytes(Page($"<meta charset=\"{label}\">", text));

        var report = HtmlChecker.ForRules("A11Y-LANG-002").Check(bytes, "legacy.html");

        var finding = Assert.Single(report.Findings);
        Assert.Equal($"<p lang=\"xx\">{text}</p>", finding.Snippet);
        Assert.Empty(report.InputWarnings);
    }

    [Fact]
    public async Task CheckFileAsync_decodes_as_browsers_do_and_reports_invalid_bytes()
    {
        var path = Path.Combine(Path.GetTempPath(), $"a11y-decoding-{Guid.NewGuid():N}.html");
        try
        {
            await File.WriteAllBytesAsync(path, [.. Encoding.GetEncoding(932).GetBytes(Page("<meta charset=\"shift_jis\">", "図書館")), 0x81, 0x20]);

            var report = await HtmlChecker.ForRules("A11Y-LANG-002").CheckFileAsync(path);

            Assert.Equal("<p lang=\"xx\">図書館</p>", Assert.Single(report.Findings).Snippet);
            Assert.Single(report.InputWarnings, warning => warning.Contains("replaced by U+FFFD", StringComparison.Ordinal));
        }
        finally
        {
            File.Delete(path);
        }
    }
}
