using A11yArticles.Rendering;
using A11yArticles.Importers;
using A11yArticles.TestSupport;

namespace A11yArticles.Checks.Tests.Testing;

/// <summary>The pages and fragments the components render pass every rule.</summary>
public sealed class RenderedPagesTests
{
    public static TheoryData<string> SeedFiles => new(Seeds.All.Select(Path.GetFileName)!);

    [Theory]
    [MemberData(nameof(SeedFiles))]
    public async Task The_rendered_page_of_every_seed_has_no_finding(string seed)
    {
        var article = ArticleImporter.ImportFile(Seeds.PathOf(seed));

        var report = HtmlChecker.Default.Check(await ArticleRenderer.RenderPageAsync(article), seed);

        Assert.True(report.Findings.Count == 0, string.Join("\n", report.Findings.Select(finding => $"{finding.Rule.Id} {finding.Selector}: {finding.Message}")));
    }

    [Theory]
    [MemberData(nameof(SeedFiles))]
    public async Task The_rendered_article_of_every_seed_has_no_finding(string seed)
    {
        var article = ArticleImporter.ImportFile(Seeds.PathOf(seed));

        await A11yAssert.NoViolationsAsync(ArticleRenderer.RenderArticleAsync(article));
    }
}

/// <summary>
/// A source with an invalid language (<c>xx</c>) never becomes a page that fails the language rules:
/// the importers share the checker's validator (<see cref="LanguageTag"/>), so they refuse the tag
/// (front matter) or drop it with a warning (HTML, Markdown spans) before anything is rendered.
/// </summary>
public sealed class InvalidLanguagePagesTests
{
    private const string Words = "The council met on Tuesday evening in the old town hall to discuss the budget for the coming year, and many residents came. ";

    public static TheoryData<string, string, ArticleFormat> Sources => new()
    {
        { "page-lang.html", $"<!DOCTYPE html><html lang=\"xx\"><head><title>Council budget</title></head><body><article><h1>Council budget</h1><p>{Words}</p><p>{Words}</p></article></body></html>", ArticleFormat.Html },
        { "span-lang.html", $"<!DOCTYPE html><html lang=\"en\"><head><title>Council budget</title></head><body><article><h1>Council budget</h1><p>{Words}</p><p>She said <span lang=\"xx\">hasta luego</span>. {Words}</p></article></body></html>", ArticleFormat.Html },
        { "span-lang.md", $"# Council budget\n\n{Words}\n\nShe said [hasta luego]{{lang=xx}}.\n\n## Later {{lang=xx}}\n\n{Words}", ArticleFormat.Markdown },
    };

    [Theory]
    [MemberData(nameof(Sources))]
    public async Task The_rendered_page_passes_the_language_rules(string name, string source, ArticleFormat format)
    {
        var imported = ArticleImporter.Import(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(source)), name, format);
        var html = await ArticleRenderer.RenderPageAsync(imported.Article);

        Assert.NotEmpty(imported.Warnings);
        Assert.DoesNotContain("lang=\"xx\"", html, StringComparison.Ordinal);
        var report = HtmlChecker.ForRules("bf051a", "de46e4", "A11Y-LANG-*").Check(html, name);
        Assert.True(report.Findings.Count == 0, string.Join("\n", report.Findings.Select(finding => $"{finding.Rule.Id} {finding.Selector}: {finding.Message}")));
    }

    [Theory]
    [InlineData("story.txt", ArticleFormat.PlainText)]
    [InlineData("story.md", ArticleFormat.Markdown)]
    public void Front_matter_with_an_invalid_language_is_refused_before_any_page_exists(string name, ArticleFormat format)
    {
        var source = format == ArticleFormat.Markdown ? $"---\nlang: xx\n---\n# Council budget\n\n{Words}" : $"---\nlang: xx\n---\nCouncil budget\n\n{Words}";

        var error = Assert.Throws<ArticleImportException>(() => ArticleImporter.Import(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(source)), name, format));

        Assert.Contains("'lang: xx' is not a BCP 47 language tag", error.Message, StringComparison.Ordinal);
    }

    /// <summary>The control: the same page with the tag left in fails both ACT rules, so the test above can fail.</summary>
    [Fact]
    public void A_page_that_kept_the_invalid_tag_would_fail_both_act_rules()
    {
        var html = $"<!DOCTYPE html><html lang=\"xx\"><head><title>T</title></head><body><main><p>{Words}<span lang=\"xx\">hasta luego</span></p></main></body></html>";

        var failed = HtmlChecker.ForRules("bf051a", "de46e4").Check(html).Findings.Select(finding => finding.Rule.Id).Distinct().Order();

        Assert.Equal(["A11Y-ACT-BF051A", "A11Y-ACT-DE46E4"], failed);
    }
}
