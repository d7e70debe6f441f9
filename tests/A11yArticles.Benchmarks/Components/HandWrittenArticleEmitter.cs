using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using A11yArticles.Components;
using A11yArticles.Model;

namespace A11yArticles.Benchmarks.Components;

/// <summary>
/// The floor: the same HTML that <c>ArticleView</c> and <c>ArticlePage</c> write for the benchmark
/// articles (header, paragraphs with quotations, JSON-LD, page shell), written by hand into one
/// <see cref="StringBuilder"/> with the same encoder. It knows only what those articles contain;
/// <see cref="ComponentRenderingBenchmarks.GlobalSetup"/> checks that its output equals the components'.
/// </summary>
internal static class HandWrittenArticleEmitter
{
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    public static string Page(Article article)
    {
        var strings = ArticleStrings.For(article.Language);
        var site = article.SiteName ?? "A11yArticles";
        var html = new StringBuilder(16 * 1024);
        html.Append("<!DOCTYPE html><html lang=\"").Append(Attr(article.Language)).Append("\" dir=\"").Append(Dir(article)).Append("\"><head>")
            .Append("<meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
            .Append("<title>").Append(Text($"{article.Headline} – {site}")).Append("</title>")
            .Append("<link rel=\"stylesheet\" href=\"").Append(Attr(ArticleAssets.StylesheetPath)).Append("\" />")
            .Append("<script src=\"").Append(Attr(ArticleAssets.ScriptPath)).Append("\" defer></script></head>")
            .Append("<body class=\"a11y-page\"><div class=\"a11y-skip-links\"><a href=\"#article-main\" class=\"a11y-skip-link\" data-a11y-skip-link data-enhance-nav=\"false\">")
            .Append(Text(strings.SkipToContent)).Append("</a></div>")
            .Append("<header class=\"a11y-page__header\"><p class=\"a11y-page__site-name\">").Append(Text(site)).Append("</p></header>")
            .Append("<main id=\"article-main\" class=\"a11y-page__main\">");
        View(article, html);
        html.Append("<p class=\"a11y-page__back-to-top\"><a href=\"#top\">").Append(Text(strings.BackToTop)).Append("</a></p></main>")
            .Append("<footer class=\"a11y-page__footer\"><p>").Append(Text(site)).Append("</p></footer></body></html>");
        return html.ToString();
    }

    public static string View(Article article)
    {
        var html = new StringBuilder(16 * 1024);
        View(article, html);
        return html.ToString();
    }

    private static void View(Article article, StringBuilder html)
    {
        var strings = ArticleStrings.For(article.Language);
        html.Append("<article class=\"a11y-article\" aria-labelledby=\"article-headline\" lang=\"").Append(Attr(article.Language))
            .Append("\" dir=\"").Append(Dir(article)).Append("\"><header class=\"a11y-article__header\">")
            .Append("<h1 id=\"article-headline\" class=\"a11y-article__headline\">").Append(Text(article.Headline)).Append("</h1>\n");
        if (article.Standfirst is { } standfirst)
        {
            html.Append("<p id=\"article-standfirst\" class=\"a11y-article__standfirst\">").Append(Text(standfirst)).Append("</p>\n");
        }

        if (!article.Authors.IsDefaultOrEmpty)
        {
            html.Append("<p class=\"a11y-article__byline\">").Append(Text(strings.By + " "));
            for (var i = 0; i < article.Authors.Length; i++)
            {
                if (i > 0)
                {
                    html.Append(Text(i == article.Authors.Length - 1 ? $" {strings.And} " : ", "));
                }

                html.Append("<bdi>").Append(Text(article.Authors[i].Name)).Append("</bdi>");
            }

            html.Append("</p>\n");
        }

        if (article.Dateline is { } dateline)
        {
            html.Append("<p class=\"a11y-article__location\">").Append(Text(dateline)).Append("</p>\n");
        }

        if (article.Published is { } published)
        {
            var iso = published.TimeOfDay == TimeSpan.Zero && published.Offset == TimeSpan.Zero
                ? published.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
                : published.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
            html.Append("<p class=\"a11y-article__published\"><span class=\"visually-hidden\">").Append(Text(strings.Published + " "))
                .Append("</span><time datetime=\"").Append(Attr(iso)).Append("\">").Append(Text(strings.FormatDate(published))).Append("</time></p>\n");
        }

        html.Append("</header><div class=\"a11y-article__body\">");
        foreach (var block in article.Blocks)
        {
            html.Append("<p>");
            Inlines(((ParagraphBlock)block).Inlines, html);
            html.Append("</p>");
        }

        html.Append("</div><script type=\"").Append(Attr("application/ld+json")).Append("\">")
            .Append(ArticleJsonLd.Build(article, "article-").ToJsonString(new System.Text.Json.JsonSerializerOptions { Encoder = JavaScriptEncoder.Default }))
            .Append("</script></article>");
    }

    private static void Inlines(System.Collections.Immutable.ImmutableArray<Inline> inlines, StringBuilder html)
    {
        foreach (var inline in inlines)
        {
            switch (inline)
            {
                case TextInline text:
                    html.Append(Text(text.Text));
                    break;
                case QuotationInline quotation:
                    html.Append("<q");
                    if (UrlPolicy.IsSafe(quotation.CiteUrl))
                    {
                        html.Append(" cite=\"").Append(Attr(quotation.CiteUrl!)).Append('"');
                    }

                    if (quotation.Speaker is not null)
                    {
                        html.Append(" data-speaker=\"").Append(Attr(quotation.Speaker)).Append('"');
                    }

                    html.Append('>');
                    Inlines(quotation.Inlines, html);
                    html.Append("</q>");
                    break;
                default:
                    throw new NotSupportedException($"The hand-written floor does not write {inline.GetType().Name}.");
            }
        }
    }

    private static string Dir(Article article) => article.Direction == TextDirection.RightToLeft ? "rtl" : "ltr";

    private static string Text(string text) => Encoder.Encode(text);

    private static string Attr(string text) => Encoder.Encode(text);
}
