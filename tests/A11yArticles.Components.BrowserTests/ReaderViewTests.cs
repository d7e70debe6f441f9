using A11yArticles.Components;
using System.Text.Json;
using A11yArticles.Model;
using A11yArticles.TestSupport;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace A11yArticles.Components.BrowserTests;

/// <summary>
/// What a browser's reader view makes of every rendered seed page (and the rich article). Mozilla's
/// Readability, the library behind Firefox's Reader View, pinned in <c>js/package-lock.json</c> and
/// installed by <c>npm ci</c> there (./test.sh does it), is injected into the page in Chromium and
/// run as Firefox runs it, on a copy of the document. Its title must be the headline, its byline the
/// authors (never the dateline), its language and direction the article's, and no label the
/// components add (visually hidden words, the header's "By", "Published", "Updated") may run into a
/// neighbouring word in its <c>textContent</c>. Without Readability installed the tests fail and say
/// how to install it; they never skip.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ReaderViewTests(RenderedSeedSite site, ITestOutputHelper output)
{
    public static TheoryData<string> Pages => new(RenderedSeedSite.PageNames);

    /// <summary>The page as published (with its JSON-LD): Readability's title, byline, lang and dir.</summary>
    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Readability_reports_the_headline_the_authors_the_language_and_the_direction(string page)
    {
        var article = ArticleOf(page);
        var reading = await ReadAsync(site.UrlOf(page));
        output.WriteLine($"{page}: {reading.AsPublished}");

        var expectedByline = article.Authors.IsDefaultOrEmpty ? null : string.Join(", ", article.Authors.Select(author => author.Name));
        var problems = new List<string>();
        Expect(problems, "title", article.Headline, reading.AsPublished.Title);
        Expect(problems, "byline", expectedByline, reading.AsPublished.Byline);
        Expect(problems, "lang", article.Language, reading.AsPublished.Lang);
        Expect(problems, "dir", article.Direction == TextDirection.RightToLeft ? "rtl" : "ltr", reading.AsPublished.Dir);
        Assert.True(problems.Count == 0, $"Readability on {page}:{Environment.NewLine}{string.Join(Environment.NewLine, problems)}");
    }

    /// <summary>
    /// The markup alone (JSON-LD and author meta tags removed, as on a host page without structured
    /// data): Readability's byline is the byline element's text, or nothing when the article has no
    /// authors; never the dateline or anything else.
    /// </summary>
    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Without_structured_data_the_byline_comes_from_the_byline_element_and_never_from_the_dateline(string page)
    {
        var article = ArticleOf(page);
        var reading = await ReadAsync(site.UrlOf(page));
        output.WriteLine($"{page} without JSON-LD: {reading.MarkupOnly}");

        var problems = new List<string>();
        Expect(problems, "byline", BylineAsShown(article), reading.MarkupOnly.Byline);
        if (article.Dateline is { } dateline && reading.MarkupOnly.Byline is { } byline && byline.Contains(dateline, StringComparison.Ordinal))
        {
            problems.Add($"byline: the dateline \"{dateline}\" is read as the author");
        }

        Assert.True(problems.Count == 0, $"Readability on {page} without its JSON-LD:{Environment.NewLine}{string.Join(Environment.NewLine, problems)}");
    }

    /// <summary>
    /// Readability's <c>textContent</c> is its article's text nodes end to end, without layout: where
    /// two text nodes meet with a letter or digit on both sides, the two words become one ("ByJane",
    /// "EnglandPublished", "2026Updated"). No such join may involve visually hidden text or the
    /// article's header. Joins between other blocks of the body (a heading and the paragraph after it)
    /// are written to the test output, not failed: the body's markup has no breaks between blocks.
    /// </summary>
    [Theory]
    [MemberData(nameof(Pages))]
    public async Task No_label_runs_into_a_neighbouring_word_in_Readabilitys_text(string page)
    {
        var reading = await ReadAsync(site.UrlOf(page));

        Assert.True(reading.TextNodesMakeTextContent, $"{page}: the text nodes walked are not Readability's textContent, so the check below would not cover it");
        var labelled = reading.Joins.Where(join => join.InvolvesALabel).ToList();
        foreach (var join in reading.Joins.Where(join => !join.InvolvesALabel))
        {
            output.WriteLine($"{page}: body blocks meet without a space (not failed here): {join}");
        }

        Assert.True(labelled.Count == 0,
            $"{page}: in Readability's textContent, a label runs into a neighbouring word:{Environment.NewLine}{string.Join(Environment.NewLine, labelled)}");
    }

    /// <summary>
    /// The control: on pages broken the way the header used to be (the dateline's class named
    /// "dateline", no break between the header's parts), the same checks find the dateline read as
    /// the author and the hidden "Published" label run into the dateline.
    /// </summary>
    [Fact]
    public async Task The_checks_find_a_dateline_read_as_the_author_and_a_label_run_into_a_word()
    {
        var noAuthors = await BrokenPageAsync(Seeds.AmloWelcomesHarris, "broken-reader-dateline.html", html =>
            html.Replace("class=\"a11y-article__location\"", "class=\"a11y-article__dateline\"", StringComparison.Ordinal));
        var reading = await ReadAsync(noAuthors);
        Assert.Equal("Mexico City, Mexico", reading.AsPublished.Byline);

        var withDate = await BrokenPageAsync("biblioteca-nocturna-sevilla.txt", "broken-reader-merge.html", html =>
            html.Replace("</p>\n", "</p>", StringComparison.Ordinal).Replace("</h1>\n", "</h1>", StringComparison.Ordinal));
        reading = await ReadAsync(withDate);
        var join = Assert.Single(reading.Joins, join => join.AfterPart == VisuallyHidden);
        Assert.EndsWith("España", join.Before, StringComparison.Ordinal);
        Assert.StartsWith("Publicado", join.After, StringComparison.Ordinal);
        Assert.Contains(reading.Joins, join => join.BeforePart == ArticleHeader && join.After.StartsWith("Actualizado", StringComparison.Ordinal));
    }

    private const string VisuallyHidden = "visually hidden";

    private const string ArticleHeader = "article header";

    private async Task<string> BrokenPageAsync(string seed, string fileName, Func<string, string> breakIt)
    {
        var html = await File.ReadAllTextAsync(Path.Combine(site.Folder, Path.ChangeExtension(seed, ".html")));
        var broken = breakIt(html);
        Assert.NotEqual(html, broken);
        await File.WriteAllTextAsync(Path.Combine(site.Folder, fileName), broken);
        return site.Site.UrlOf(fileName).AbsoluteUri;
    }

    private static Article ArticleOf(string page) =>
        page == RichArticle.FileName ? RichArticle.Create() : Importers.ArticleImporter.ImportFile(Seeds.PathOf(page));

    /// <summary>The byline's text as the header writes it: "By A, B and C" in the article's language.</summary>
    private static string? BylineAsShown(Article article)
    {
        if (article.Authors.IsDefaultOrEmpty)
        {
            return null;
        }

        var strings = ArticleStrings.For(article.Language);
        var names = article.Authors.Select(author => author.Name).ToList();
        var list = names.Count == 1 ? names[0] : $"{string.Join(", ", names[..^1])} {strings.And} {names[^1]}";
        return $"{strings.By} {list}";
    }

    private static void Expect(List<string> problems, string field, string? expected, string? actual)
    {
        if (!string.Equals(expected, actual, StringComparison.Ordinal))
        {
            problems.Add($"{field}: expected {Quote(expected)}, Readability reports {Quote(actual)}");
        }
    }

    private static string Quote(string? text) => text is null ? "nothing (null)" : $"\"{text}\"";

    /// <summary>The pinned Readability.js, or a failure that says how to install it.</summary>
    private static string ReadabilityScript
    {
        get
        {
            var folder = Path.Combine(RenderedSeedSite.RepositoryRoot, "tests", "A11yArticles.Components.BrowserTests", "js");
            using var lockFile = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "package-lock.json")));
            var pinned = lockFile.RootElement.GetProperty("packages").GetProperty("node_modules/@mozilla/readability").GetProperty("version").GetString();
            var package = Path.Combine(folder, "node_modules", "@mozilla", "readability");
            var script = Path.Combine(package, "Readability.js");
            string? installed = null;
            if (File.Exists(Path.Combine(package, "package.json")))
            {
                using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(package, "package.json")));
                installed = manifest.RootElement.GetProperty("version").GetString();
            }

            if (!File.Exists(script) || installed != pinned)
            {
                throw new InvalidOperationException(
                    $"The reader-view tests need Mozilla's Readability {pinned} (npm package @mozilla/readability, pinned in {folder}/package-lock.json), " +
                    (installed is null ? "which is not installed. " : $"but {installed} is installed. ") +
                    $"Run 'npm ci' in {folder} (./test.sh does this before the tests; it needs Node.js and npm: on Debian 'apt-get install npm').");
            }

            return script;
        }
    }

    private async Task<Reading> ReadAsync(string url)
    {
        var script = ReadabilityScript;
        var page = await site.Browser.NewPageAsync();
        try
        {
            await page.GotoAsync(url);
            await page.AddScriptTagAsync(new PageAddScriptTagOptions { Path = script });
            var result = await page.EvaluateAsync<JsonElement>(ReadScript, new { visuallyHidden = VisuallyHidden, articleHeader = ArticleHeader });
            return Reading.From(result, url);
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    // Runs in the page. First marks, in the live page, the text the join check watches: visually
    // hidden elements (a box of at most 1 x 1 px that clips its content, the way .visually-hidden does)
    // and the article's header. Then runs Readability twice on copies of the document, as Firefox does:
    // as published, and without structured data. Its serializer hands back the article element itself,
    // whose text nodes are walked for joins.
    private const string ReadScript = """
        ({ visuallyHidden, articleHeader }) => {
            for (const element of document.body.querySelectorAll('*')) {
                const style = getComputedStyle(element);
                const box = element.getBoundingClientRect();
                const clips = style.overflow !== 'visible' || style.clipPath !== 'none' || style.clip !== 'auto';
                if (element.textContent.trim() && box.width <= 1 && box.height <= 1 && clips) {
                    element.dataset.readerViewPart = visuallyHidden;
                }
            }
            const header = document.querySelector('article > header');
            for (const element of header ? [header, ...header.querySelectorAll('*')] : []) {
                element.dataset.readerViewPart ??= articleHeader;
            }

            const read = doc => new Readability(doc, { serializer: element => element }).parse();
            const facts = result => result && { title: result.title, byline: result.byline, lang: result.lang, dir: result.dir };

            const asPublished = read(document.cloneNode(true));
            const bare = document.cloneNode(true);
            bare.querySelectorAll('script[type="application/ld+json"], meta[name="author" i], meta[property="article:author"]').forEach(e => e.remove());
            const markupOnly = read(bare);
            if (!asPublished) {
                return { asPublished: null, markupOnly: facts(markupOnly) };
            }

            const partOf = node => node.parentElement?.closest('[data-reader-view-part]')?.dataset.readerViewPart ?? 'body';
            const walker = asPublished.content.ownerDocument.createTreeWalker(asPublished.content, NodeFilter.SHOW_TEXT);
            const joins = [];
            let walked = '';
            let previous = null;
            for (let node; (node = walker.nextNode());) {
                walked += node.data;
                if (!node.data) {
                    continue;
                }
                if (previous && /[\p{L}\p{N}\p{M}]$/u.test(previous.data) && /^[\p{L}\p{N}\p{M}]/u.test(node.data)) {
                    joins.push({ before: previous.data.slice(-40), after: node.data.slice(0, 40), beforePart: partOf(previous), afterPart: partOf(node) });
                }
                previous = node;
            }

            return {
                asPublished: facts(asPublished),
                markupOnly: facts(markupOnly),
                textNodesMakeTextContent: walked === asPublished.textContent,
                joins,
            };
        }
        """;

    private sealed record Facts(string? Title, string? Byline, string? Lang, string? Dir)
    {
        public static Facts From(JsonElement facts, string url, string which) =>
            facts.ValueKind == JsonValueKind.Object
                ? new(Text(facts, "title"), Text(facts, "byline"), Text(facts, "lang"), Text(facts, "dir"))
                : throw new InvalidOperationException($"Readability found no article in {url} ({which}).");

        private static string? Text(JsonElement facts, string name) =>
            facts.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

        public override string ToString() => $"title {Quote(Title)}, byline {Quote(Byline)}, lang {Quote(Lang)}, dir {Quote(Dir)}";
    }

    private sealed record Join(string Before, string After, string BeforePart, string AfterPart)
    {
        public bool InvolvesALabel => BeforePart != "body" || AfterPart != "body";

        public override string ToString() => $"\"…{Before}\" ({BeforePart}) + \"{After}…\" ({AfterPart}) read as \"{LastWord(Before)}{FirstWord(After)}\"";

        private static string LastWord(string text) => text.Split(' ', '\n', '\u00a0')[^1];

        private static string FirstWord(string text) => text.Split(' ', '\n', '\u00a0')[0];
    }

    private sealed record Reading(Facts AsPublished, Facts MarkupOnly, bool TextNodesMakeTextContent, IReadOnlyList<Join> Joins)
    {
        public static Reading From(JsonElement result, string url) => new(
            Facts.From(result.GetProperty("asPublished"), url, "as published"),
            Facts.From(result.GetProperty("markupOnly"), url, "without JSON-LD"),
            result.GetProperty("textNodesMakeTextContent").GetBoolean(),
            [.. result.GetProperty("joins").EnumerateArray().Select(join => new Join(
                join.GetProperty("before").GetString()!,
                join.GetProperty("after").GetString()!,
                join.GetProperty("beforePart").GetString()!,
                join.GetProperty("afterPart").GetString()!))]);
    }
}
