using System.Text;
using System.Text.RegularExpressions;
using A11yArticles.Rendering;
using A11yArticles.Importers;
using A11yArticles.Importers.Markdown;
using A11yArticles.Importers.PlainText;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using CsCheck;

namespace A11yArticles.Importers.Tests;

/// <summary>
/// Nothing lost, nothing added: for generated articles (several languages, every quotation
/// convention, nesting, multi-paragraph quotations, speakers, datelines, page chrome, unclosed
/// quotations), every word of the source appears in the rendered page's article, in order, and no
/// other word does, apart from the helper text the components add and label (a quotation's caption).
/// </summary>
public sealed partial class NothingLostProperties
{
    private static readonly string[] Vocabulary =
    [
        "the", "council", "met", "on", "Tuesday", "library", "budget", "readers", "town", "hall", "said", "added", "she",
        "la", "biblioteca", "nueva", "abrió", "ayer", "dijo", "según", "año", "niños", "señora",
        "le", "conseil", "a", "voté", "budget", "élèves", "déclaré", "été", "très",
        "der", "Rat", "hat", "gestern", "abgestimmt", "sagte", "Bürger", "Straße", "über",
        "المكتبة", "قالت", "الجديدة", "في", "عمّان",
        "図書館", "新しい", "读者", "42", "2024", "3.5",
    ];

    private static readonly (string Open, string Close)[] Conventions =
    [
        ("“", "”"), ("\"", "\""), ("«", "»"), ("« ", " »"), ("«\u202F", "\u202F»"), ("„", "“"), ("「", "」"), ("»", "«"),
    ];

    private static readonly (string Open, string Close)[] InnerConventions = [("‘", "’"), ("‹", "›"), ("『", "』"), ("‚", "‘")];

    private static readonly string[] Names = ["Harris", "Rosa Elvira Méndez", "Marie Dupont", "Angela Berg"];

    private static readonly string[] Chrome = ["Skip to content", "Saltar al contenido", "Aller au contenu", "Zum Inhalt springen", "تخطي إلى المحتوى"];

    private static readonly Gen<string> Word = Gen.OneOf(Vocabulary);

    private static readonly Gen<string> Words = Word.Array[1, 6].Select(words => string.Join(' ', words));

    private static readonly Gen<string> Quotation =
        from convention in Gen.OneOf(Conventions)
        from before in Words
        from nested in Gen.Bool
        from inner in Gen.OneOf(InnerConventions)
        from innerWords in Words
        from after in Words
        select nested
            ? $"{convention.Open}{before} {inner.Open}{innerWords}{inner.Close} {after}{convention.Close}"
            : $"{convention.Open}{before} {after}{convention.Close}";

    private static readonly Gen<string> Segment = Gen.Frequency(
        (4, Words),
        (2, Quotation),
        (1, Gen.OneOf(Names).Select(name => $"said {name}")),
        (1, Gen.OneOf(Names).Select(name => $"{name} sagte")));

    private static readonly Gen<string> Paragraph = Segment.Array[1, 6].Select(segments => string.Join(' ', segments) + ".");

    /// <summary>The newspaper convention: every paragraph opens with the mark, only the last one closes.</summary>
    private static readonly Gen<string> LongQuotation =
        from convention in Gen.OneOf(("“", "”"), ("«", "»"), ("„", "“"))
        from parts in Words.Array[2, 4]
        from name in Gen.OneOf(Names)
        select string.Join("\n\n", parts.Select((part, i) => convention.Item1 + part + (i == parts.Length - 1 ? "," + convention.Item2 + " said " + name + "." : ".")));

    private static readonly Gen<string> Unclosed = Words.Select(words => "She said “" + words + ".");

    private static readonly Gen<GeneratedArticle> Article =
        from chrome in Gen.OneOf(Chrome).Array[0, 1]
        from headline in Words
        from dateline in Gen.OneOf("", "Mexico City, Mexico — ", "Berlin — ", "عمّان، الأردن — ")
        from blocks in Gen.Frequency((6, Paragraph), (1, LongQuotation), (1, Unclosed)).Array[1, 6]
        select new GeneratedArticle(chrome.FirstOrDefault(), headline, dateline + string.Join("\n\n", blocks));

    [Fact]
    public void Plain_text_keeps_every_word_in_order()
    {
        Article.Sample(
            generated =>
            {
                var article = PlainTextImporter.Parse(generated.PlainText, "generated.txt");
                AssertSameWords(generated.SourceWords, RenderedWords(article));
            },
            iter: 150);
    }

    [Fact]
    public void Markdown_keeps_every_word_in_order()
    {
        Article.Sample(
            generated =>
            {
                var article = MarkdownImporter.Parse(generated.Markdown, "generated.md").Article;
                AssertSameWords(generated.MarkdownWords, RenderedWords(article));
            },
            iter: 150);
    }

    private static readonly Gen<string> LanguageSpan =
        from words in Words
        from language in Gen.OneOf("es", "fr", "de", "ar", "ja")
        select $"[{words}]{{lang={language}}}";

    /// <summary>
    /// Markdown paragraphs with any number of <c>[words]{lang=xx}</c> spans among plain words and
    /// quotations. A paragraph that starts "42." would be a list item's number in Markdown, so its
    /// full stop is escaped, as in <see cref="GeneratedArticle.Markdown"/>.
    /// </summary>
    private static readonly Gen<string> ParagraphWithSpans =
        Gen.Frequency((3, Words), (2, LanguageSpan), (1, Quotation)).Array[1, 6].Select(segments => ListMarker().Replace(string.Join(' ', segments) + ".", "$1\\$2"));

    [Fact]
    public void Markdown_language_spans_keep_every_word_and_mark_each_span()
    {
        ParagraphWithSpans.Array[1, 4].Sample(
            paragraphs =>
            {
                var markdown = "# Headline\n\n" + string.Join("\n\n", paragraphs) + "\n";
                var article = MarkdownImporter.Parse(markdown, "spans.md").Article;

                var withoutAttributes = LanguageAttributes().Replace(markdown, "");
                AssertSameWords(WordsOf(withoutAttributes), RenderedWords(article));
                var spans = article.AllBlocks.SelectMany(block => Model.ModelTraversal.InlinesOf(block)).SelectMany(Model.ModelTraversal.DescendantsAndSelf).OfType<Model.ForeignInline>();
                Assert.Equal(LanguageAttributes().Count(markdown), spans.Count());
            },
            iter: 100);
    }

    private static void AssertSameWords(IReadOnlyList<string> source, IReadOnlyList<string> rendered)
    {
        if (!source.SequenceEqual(rendered))
        {
            var at = source.Zip(rendered).TakeWhile(pair => pair.First == pair.Second).Count();
            Assert.Fail(
                $"words differ at {at}: source has [{string.Join(' ', source.Skip(at).Take(8))}], page has [{string.Join(' ', rendered.Skip(at).Take(8))}]");
        }
    }

    private static List<string> RenderedWords(Model.Article article)
    {
        var html = Task.Run(() => ArticleRenderer.RenderPageAsync(article)).GetAwaiter().GetResult();
        var page = new HtmlParser().ParseDocument(html);
        var text = new StringBuilder();
        var stack = new Stack<INode>();
        stack.Push(page.QuerySelector("article")!);
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            if (node is IText run)
            {
                text.Append(run.Data);
                continue;
            }

            // The labelled helper text the components add: a stand-alone quotation's caption ("— Harris")
            // and visually hidden labels; and data no one reads (the JSON-LD script).
            if (node is IElement element && (element.ClassList.Contains("visually-hidden") || element.LocalName is "script" or "style" or "template" || element is { LocalName: "figcaption", ParentElement: { } parent } && parent.ClassList.Contains("a11y-quote")))
            {
                continue;
            }

            text.Append(' ');
            for (var i = node.ChildNodes.Length - 1; i >= 0; i--)
            {
                stack.Push(node.ChildNodes[i]);
            }
        }

        return WordsOf(text.ToString());
    }

    internal static List<string> WordsOf(string text) => [.. WordPattern().Matches(text).Select(match => match.Value)];

    [GeneratedRegex(@"(?m)^(\d+)([.)])")]
    private static partial Regex ListMarker();

    [GeneratedRegex(@"\{lang=[a-z]+\}")]
    private static partial Regex LanguageAttributes();

    [GeneratedRegex(@"[\p{L}\p{M}\p{N}]+")]
    private static partial Regex WordPattern();

    internal sealed record GeneratedArticle(string? Chrome, string Headline, string Body)
    {
        public string PlainText => (Chrome is null ? "" : Chrome + "\n\n") + Headline + "\n\n" + Body + "\n";

        /// <summary>The words a reader must find: everything but the page chrome.</summary>
        public List<string> SourceWords => WordsOf(Headline + "\n\n" + Body);

        /// <summary>
        /// The same article in Markdown: a level-1 headline, the same paragraphs. A paragraph that
        /// starts "2024." would be a list item's number in Markdown, so its full stop is escaped.
        /// </summary>
        public string Markdown => "# " + Headline + "\n\n" + ListMarker().Replace(Body, "$1\\$2") + "\n";

        public List<string> MarkdownWords => WordsOf(Headline + "\n\n" + Body);

        public override string ToString() => PlainText;
    }
}
