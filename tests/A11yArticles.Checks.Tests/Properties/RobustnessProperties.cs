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
    public void Never_throws_on_deep_nesting()
    {
        Gen.Int[1000, 20000].Select(Pick(Tags)).Sample((depth, tag) =>
        {
            var open = "<" + tag + ">";
            var close = "</" + tag.Split(' ')[0] + ">";
            var html = RuleExampleTests.Page(string.Concat(Enumerable.Repeat(open, depth)) + "deep text" + string.Concat(Enumerable.Repeat(close, depth)));
            HtmlChecker.Default.Check(html, "deep.html");
        }, iter: 6, threads: 1);
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

        // Every section holds exactly one image without alt.
        Assert.Equal(sections, report.Findings.Count(finding => finding.Rule.Id == "A11Y-ACT-23A2A8"));
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
