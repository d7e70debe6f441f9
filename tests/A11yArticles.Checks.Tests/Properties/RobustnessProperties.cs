using System.Text;
using A11yArticles.Checks.Engine;
using CsCheck;

namespace A11yArticles.Checks.Tests.Properties;

/// <summary>The checker never throws, whatever it is given, and its work grows linearly with the page.</summary>
public sealed class RobustnessProperties
{
    private static readonly string[] Tags =
    [
        "div", "span", "p", "a href=\"/x\"", "button", "ul", "li", "table", "tr", "td", "th", "blockquote", "q", "main", "nav",
        "section aria-label=\"s\"", "svg role=\"img\"", "label", "input", "select", "option", "details", "summary", "h1", "h3",
        "div role=\"list\"", "div role=\"listitem\"", "span aria-hidden=\"true\"", "div role=\"button\" tabindex=\"0\"", "time",
        "img src=\"a.png\"", "iframe srcdoc=\"<a href='/'>x</a>\" tabindex=\"-1\"", "div style=\"display:none\"", "p lang=\"xx\"",
    ];

    private static Gen<string> Pick(string[] choices) => Gen.Int[0, choices.Length - 1].Select(index => choices[index]);

    private static string RichPage() =>
        RuleExampleTests.Page(
            "<style>.h { display: none } p > q { visibility: hidden }</style><a href=\"#m\">Skip</a><header><nav aria-label=\"Main\"><a href=\"/\">Home</a></nav></header>"
            + "<main id=\"m\"><article><h1>Headline</h1><p>Text with <q>a quote</q> and <a href=\"/more\">a link</a>.</p>"
            + "<figure><blockquote><p>Quoted</p></blockquote><figcaption>Someone</figcaption></figure>"
            + "<table><tr><th>Head</th></tr><tr><td headers=\"x\">Cell</td></tr></table>"
            + "<form><label>Email <input type=\"email\" autocomplete=\"email\"></label><select aria-label=\"Pick\"><option>1</option></select></form>"
            + "<div role=\"tablist\"><div role=\"tab\" aria-selected=\"true\">Tab</div></div><img src=\"a.png\" alt=\"\"><svg role=\"img\"><title>T</title></svg>"
            + "<p class=\"h\" lang=\"fr\" dir=\"rtl\">Caché</p><time datetime=\"2021-06-08\">Today</time><meta http-equiv=\"refresh\" content=\"5\"></article></main>"
            + "<footer><p>©</p></footer>");

    [Fact]
    public void Never_throws_on_random_bytes()
    {
        Gen.Byte.Array[0, 4000].Sample(bytes =>
        {
            var html = Encoding.UTF8.GetString(bytes);
            HtmlChecker.Default.Check(html, "random.html");
        }, iter: 200);
    }

    [Fact]
    public void Never_throws_on_random_markup_soup()
    {
        var token = Gen.OneOf(
            Pick(Tags).Select(tag => "<" + tag + ">"),
            Pick(Tags).Select(tag => "</" + tag.Split(' ')[0] + ">"),
            Gen.String[Gen.Char.AlphaNumeric, 0, 12],
            Pick(["<", ">", "\"", "'", "=", "&amp", "<!--", "-->", "<![CDATA[", "aria-labelledby=\"a b\"", " id=\"a\"", "role=\"", "\u0000", "\uD800"]));
        token.Array[0, 300].Select(tokens => string.Concat(tokens)).Sample(html => HtmlChecker.Default.Check(html), iter: 300);
    }

    [Fact]
    public void Never_throws_on_a_truncated_document()
    {
        var page = RichPage();
        Gen.Int[0, page.Length].Sample(length => HtmlChecker.Default.Check(page[..length], "truncated.html"), iter: 300);
    }

    [Fact]
    public void Deep_nesting_is_checked_up_to_the_limit_and_refused_beyond_it_naming_the_page()
    {
        Gen.Int[1, 20000].Select(Pick(Tags)).Sample((depth, tag) =>
        {
            var open = "<" + tag + ">";
            var close = "</" + tag.Split(' ')[0] + ">";
            var html = RuleExampleTests.Page(string.Concat(Enumerable.Repeat(open, depth)) + "deep text" + string.Concat(Enumerable.Repeat(close, depth)));
            if (depth <= HtmlChecker.MaxNesting - 10)
            {
                // Well under the limit (the page around it adds a few levels): checked, whatever the tag.
                HtmlChecker.Default.Check(html, "deep.html");
            }
            else if (depth > HtmlChecker.MaxNesting)
            {
                // Void elements (img, input) and inline ones that close each other (a, li, p, td...) never nest deep; the rest are refused.
                try
                {
                    HtmlChecker.Default.Check(html, "deep.html");
                }
                catch (PageRefusedException refused)
                {
                    Assert.Equal("deep.html", refused.SourceName);
                    Assert.StartsWith("deep.html: nests elements more than 256 deep", refused.Message, StringComparison.Ordinal);
                }
            }
        }, iter: 40, threads: 1);
    }

    [Theory]
    [InlineData("div")]
    [InlineData("span")]
    [InlineData("blockquote")]
    [InlineData("b")]
    [InlineData("section aria-label=\"s\"")]
    [InlineData("ul><li")]
    [InlineData("table><tr><td")]
    [InlineData("svg><g")]
    public void Elements_that_truly_nest_are_refused_beyond_the_limit(string tag)
    {
        var open = "<" + tag + ">";
        var html = RuleExampleTests.Page(string.Concat(Enumerable.Repeat(open, HtmlChecker.MaxNesting)) + "deep text");

        var refused = Assert.Throws<PageRefusedException>(() => HtmlChecker.Default.Check(html, "deep.html"));

        Assert.Contains("nests elements more than 256 deep", refused.Problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<p>")]
    [InlineData("<li>")]
    [InlineData("<a href=\"/x\">")]
    [InlineData("<td>")]
    [InlineData("<option>")]
    [InlineData("<dt>")]
    [InlineData("<h2>")]
    [InlineData("<br>")]
    [InlineData("<svg/>")]
    [InlineData("<table>")]
    public void Elements_that_close_each_other_do_not_count_as_nesting(string tag)
    {
        // Unclosed p, li, a, cells... are closed by the next one, as the HTML parser closes them: a
        // page of 5,000 of them is flat, and is checked.
        var html = RuleExampleTests.Page("<ul><table><tr>" + string.Concat(Enumerable.Repeat(tag + "text ", 5000)));

        HtmlChecker.Default.Check(html, "flat.html");
    }

    [Fact]
    public void An_element_with_too_many_attributes_is_refused_in_linear_time()
    {
        var attributes = string.Join(' ', Enumerable.Range(0, 200_000).Select(index => $"a{index}=\"v\""));

        var refused = Assert.Throws<PageRefusedException>(() => HtmlChecker.Default.Check(RuleExampleTests.Page($"<div {attributes}>x</div>"), "attributes.html"));

        Assert.Equal("attributes.html: has an element with 200,000 attributes (<div> at line 5); elements with more than 256 attributes are refused (no real page has them, and they make parsing slow)", refused.Message);
        HtmlChecker.Default.Check(RuleExampleTests.Page($"<div {string.Join(' ', Enumerable.Range(0, 256).Select(index => $"data-a{index}=\"v\""))}>x</div>"), "256.html");
    }

    [Fact]
    public void Completes_a_five_megabyte_page_and_finds_what_it_holds()
    {
        var builder = new StringBuilder("<!DOCTYPE html><html lang=\"en\"><head><title>Big</title></head><body><a href=\"#m\">Skip</a><main id=\"m\"><h1>Big page</h1>");
        var sections = 0;
        while (builder.Length < 5_000_000)
        {
            builder.Append(Section(sections++));
        }

        builder.Append("</main></body></html>");

        var report = HtmlChecker.Default.Check(builder.ToString(), "big.html");

        // Every section holds exactly one image without alt: the first ones are listed, the rest counted.
        Assert.True(sections > HtmlChecker.MaxFindingsPerRule, $"{sections} sections");
        Assert.Equal(HtmlChecker.MaxFindingsPerRule, report.Findings.Count(finding => finding.Rule.Id == "A11Y-ACT-23A2A8"));
        Assert.Equal(sections - HtmlChecker.MaxFindingsPerRule, report.Omitted.Single(omitted => omitted.Rule.Id == "A11Y-ACT-23A2A8").Count);
    }

    /// <summary>
    /// Linear in the page size: checking a page four times as long allocates about four times as much
    /// (allocation counts the checker's work without timing it). A quadratic checker would show 16.
    /// </summary>
    [Fact]
    public void Work_grows_linearly_with_the_page()
    {
        var small = Allocated(400);
        var large = Allocated(1600);

        var ratio = (double)large / small;
        Assert.InRange(ratio, 2.5, 6.0);
    }

    /// <summary>
    /// A charset declaration is read by the decoder, never again by the parser: AngleSharp's default
    /// configuration looked for "charset" in an <c>http-equiv</c> meta's <c>content</c> by copying the
    /// rest of the value at each position, n² for a value of n characters (found by the fuzzer: a
    /// 180 KB page allocated 1.1 GB). A value four times as long must allocate about four times as much.
    /// </summary>
    [Fact]
    public void A_long_content_value_in_a_charset_declaration_is_read_in_linear_time()
    {
        static long Allocated(int length)
        {
            var value = string.Concat(Enumerable.Repeat("words of the page ", length / 18));
            var page = RuleExampleTests.Page($"<meta http-equiv=\"content-type\" content=\"{value}\"><p>Text</p>");
            _ = HtmlChecker.Default.Check(page, "warm-up.html");
            var before = GC.GetAllocatedBytesForCurrentThread();
            HtmlChecker.Default.Check(page, "declaration.html");
            return GC.GetAllocatedBytesForCurrentThread() - before;
        }

        var ratio = (double)Allocated(20_000) / Allocated(5_000);

        Assert.InRange(ratio, 1.0, 6.0);
    }

    private static long Allocated(int sections)
    {
        var builder = new StringBuilder("<!DOCTYPE html><html lang=\"en\"><head><title>T</title></head><body><a href=\"#m\">Skip</a><main id=\"m\"><h1>Page</h1>");
        for (var index = 0; index < sections; index++)
        {
            builder.Append(Section(index));
        }

        builder.Append("</main></body></html>");
        var document = HtmlChecker.Parse(builder.ToString());
        _ = HtmlChecker.Default.Check(HtmlChecker.Parse("<p>warm up</p>"));
        var before = GC.GetAllocatedBytesForCurrentThread();
        HtmlChecker.Default.Check(document, "linear.html");
        return GC.GetAllocatedBytesForCurrentThread() - before;
    }

    private static string Section(int index) =>
        $"<section aria-labelledby=\"s{index}\"><h2 id=\"s{index}\">Section {index}</h2>"
        + $"<p>Paragraph {index} with <a href=\"/p/{index}\">a link to part {index}</a> and <q>a quotation</q>.</p>"
        + "<img src=\"photo.jpg\"><ul><li>One</li><li>Two</li></ul>"
        + $"<table><tr><th>Year</th><td>{2000 + index % 25}</td></tr></table>"
        + $"<label>Field {index} <input name=\"f{index}\" autocomplete=\"name\"></label>"
        + "<div role=\"button\" tabindex=\"0\">Act</div><time datetime=\"2021-06-08\">8 June</time></section>";
}
