using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using A11yArticles.HtmlInput;
using A11yArticles.Importers.Language;
using A11yArticles.Importers.PlainText;
using A11yArticles.Model;
using AngleSharp.Html.Parser;
using Ganss.Xss;
using SmartReader;

namespace A11yArticles.Importers.Html;

/// <summary>
/// Imports the article of an HTML page: SmartReader (the .NET port of Mozilla's Readability) finds
/// the article and its metadata, HtmlSanitizer removes everything unsafe (scripts, styles, event
/// handlers, <c>javascript:</c> URLs, forms), and AngleSharp maps what is left onto the model
/// (<see cref="HtmlArticleMapper"/>); frames and players that readers see become embeds and media
/// (<see cref="MediaPreparation"/>). Nothing goes to the network: the page is parsed from the bytes
/// given, and SmartReader's HTTP client is replaced by one that refuses every request.
/// </summary>
public static partial class HtmlImporter
{
    private static readonly DecodedHtmlParser Parser = new(new HtmlParserOptions { IsKeepingSourceReferences = false });

    static HtmlImporter() => Reader.SetBaseHttpClientHandler(new OfflineHandler());

    /// <summary>Imports the article of the HTML page in <paramref name="bytes"/>.</summary>
    /// <param name="bytes">The page, in the encoding it declares (UTF-8 when it declares none).</param>
    /// <param name="sourceName">The file's name, used in messages and kept on the article.</param>
    /// <returns>The article and the warnings.</returns>
    /// <exception cref="ArticleImportException">The bytes are not an HTML page or the page holds no article.</exception>
    public static ImportResult Import(ReadOnlySpan<byte> bytes, string sourceName)
    {
        var warnings = new ImportWarnings(sourceName);
        var html = Decode(bytes, sourceName, warnings);
        return Parse(html, sourceName, warnings);
    }

    /// <summary>Imports the article of an HTML page that has already been decoded.</summary>
    /// <param name="html">The page.</param>
    /// <param name="sourceName">The source's name, used in messages and kept on the article.</param>
    /// <returns>The article and the warnings.</returns>
    /// <exception cref="ArticleImportException">The page holds no article.</exception>
    public static ImportResult Parse(string html, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(html);
        return Parse(html, sourceName, new ImportWarnings(sourceName));
    }

    private static ImportResult Parse(string html, string sourceName, ImportWarnings warnings)
    {
        if (string.IsNullOrWhiteSpace(html))
        {
            throw new ArticleImportException(sourceName, "contains only whitespace; expected an HTML page");
        }

        if (!LooksLikeHtml().IsMatch(html))
        {
            throw new ArticleImportException(sourceName, "is not an HTML page: it has no HTML elements");
        }

        // Refused before any parser sees it: deep nesting and huge attribute lists make HTML5
        // parsing superlinear (a minute for a 1 MB page of nested divs); this pass is linear.
        if (HtmlInputLimits.Problem(html, HtmlInputLimits.MaxChildElementsForImport) is { } problem)
        {
            throw new ArticleImportException(sourceName, problem);
        }

        // The page is parsed once: its own facts are read, page furniture is taken out, and the same
        // document goes to SmartReader (which changes it as it extracts).
        var document = Parser.ParseDocument(html);
        var page = PageFacts.Read(document);
        if (page.Nesting > PageFacts.MaxNesting)
        {
            throw new ArticleImportException(sourceName, $"nests elements {page.Nesting} deep; pages deeper than {PageFacts.MaxNesting} levels are refused (no article needs them)");
        }

        WrapperChains.Collapse(document.Body ?? document.DocumentElement);
        KeepQuotationAttributions(document);
        HtmlTables.Mark(document);
        GiveLazyImagesTheirAddress(document);
        MediaPreparation.Prepare(document);
        SmartReader.Article extracted;
        try
        {
            var reader = new Reader(PlaceholderBase.Address, document)
            {
                Debug = false,
                ContinueIfNotReadable = true,
                KeepClasses = true, // for the furniture the article still holds (Boilerplate.Prune)
            };

            // SmartReader keeps the frames whose attributes match its list of video sites and drops
            // the rest; here it keeps exactly the frames MediaPreparation marked (those a reader sees).
            reader.ReplaceRegularExpression(RegularExpressions.Videos, MediaPreparation.KeepFramePattern);
            extracted = reader.GetArticle();
        }
        catch (Exception error) when (error is not OutOfMemoryException)
        {
            throw new ArticleImportException(sourceName, $"the article could not be extracted from the page: {error.Message}", error);
        }

        var content = extracted.Content;
        if (string.IsNullOrWhiteSpace(content) || string.IsNullOrWhiteSpace(extracted.TextContent))
        {
            throw new ArticleImportException(sourceName, "has no article: the page holds no readable text (only navigation, scripts or nothing)");
        }

        // The extracted article is parsed once more (SmartReader gives it as markup), pruned while its
        // classes still say what each part is, then sanitized in place.
        var fragment = Parser.ParseDocument($"<!DOCTYPE html><html><body>{content}</body></html>");
        var headline = Title(Clean(extracted.Title), page);
        CustomElements.ReplaceWithHtmlElements(fragment.Body!);
        Boilerplate.Prune(fragment.Body!, page.ArticleBody, headline, Clean(extracted.SiteName) ?? page.SiteName);
        Sanitizer.SanitizeDom(fragment, (AngleSharp.Html.Dom.IHtmlElement)fragment.Body!, PlaceholderBase.Address);

        var mapper = new HtmlArticleMapper(warnings, headline, ValidLanguage(page.Language));
        var blocks = mapper.Map(fragment.Body!);
        if (headline is null)
        {
            headline = mapper.FirstHeading;
            if (headline is null)
            {
                throw new ArticleImportException(sourceName, "has no headline: the page has no <title>, no og:title and no heading");
            }

            warnings.Add("the page has no title; its first heading is used as the headline");
        }

        if (blocks.IsEmpty || !HasProse(blocks))
        {
            throw new ArticleImportException(sourceName, "has no article: nothing but links or a few words is left once page chrome and unsafe content are removed");
        }

        var article = new Model.Article(headline, blocks)
        {
            SourceName = sourceName,
            Authors = Byline(extracted, page),
            SiteName = Clean(extracted.SiteName) ?? page.SiteName,
            Published = extracted.PublicationDate is { } date ? new DateTimeOffset(DateTime.SpecifyKind(date, DateTimeKind.Unspecified), TimeSpan.Zero) : page.Published,
            Standfirst = Clean(page.Description),
            SourceUrl = page.CanonicalUrl,
            Footnotes = mapper.Footnotes,
        };
        article = WithLanguage(article, page, extracted, warnings);
        return new ImportResult(article, warnings.ToImmutable());
    }

    /// <summary>The attribute that marks a block quotation's attribution through extraction and sanitizing.</summary>
    internal const string AttributionAttribute = "data-a11y-attribution";

    /// <summary>
    /// A block quotation's last <c>footer</c> or <c>cite</c> child names who is quoted; Readability
    /// removes every <c>footer</c> of an article, so before extraction it becomes a marked paragraph
    /// that the mapper takes as the quotation's speaker.
    /// </summary>
    private static void KeepQuotationAttributions(AngleSharp.Dom.IDocument document)
    {
        foreach (var quote in document.GetElementsByTagName("blockquote").ToList())
        {
            if (quote.LastElementChild is { LocalName: "footer" or "cite" } attribution && quote.Children.Length > 1
                && !string.IsNullOrWhiteSpace(attribution.TextContent) && attribution.TextContent.Length <= 200)
            {
                var paragraph = document.CreateElement("p");
                paragraph.SetAttribute(AttributionAttribute, "");
                while (attribution.FirstChild is { } child)
                {
                    paragraph.AppendChild(child);
                }

                attribution.Replace(paragraph);
            }
        }
    }

    /// <summary>
    /// An image loaded lazily often has no <c>src</c>, only <c>data-src</c>, <c>srcset</c> or
    /// <c>data-srcset</c>: its first candidate becomes its <c>src</c>, so the figure (and its caption
    /// and alt text) is kept.
    /// </summary>
    private static void GiveLazyImagesTheirAddress(AngleSharp.Dom.IDocument document)
    {
        foreach (var image in document.Images)
        {
            if (!string.IsNullOrWhiteSpace(image.GetAttribute("src")) && !image.GetAttribute("src")!.TrimStart().StartsWith("data:", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var candidate = new[] { "data-src", "data-original", "data-lazy-src", "srcset", "data-srcset" }
                .Select(name => image.GetAttribute(name))
                .FirstOrDefault(value => !string.IsNullOrWhiteSpace(value));
            if (candidate is not null)
            {
                var first = candidate.Trim().Split(',')[0].Trim();
                var end = first.IndexOfAny([' ', '\t', '\n']);
                image.SetAttribute("src", end < 0 ? first : first[..end]);
            }
        }
    }

    /// <summary>Fewer letters than this outside links is not an article (a page of navigation alone is not one).</summary>
    private const int MinProseLetters = 15;

    /// <summary>An article has some words that are not links.</summary>
    private static bool HasProse(ImmutableArray<Block> blocks)
    {
        var letters = 0;
        foreach (var inline in Model.ModelTraversal.Descendants(blocks)
            .SelectMany(block => Model.ModelTraversal.InlinesOf(block))
            .SelectMany(NotInsideLinks))
        {
            if (inline is TextInline text)
            {
                letters += text.Text.Count(char.IsLetter);
            }
        }

        return letters >= MinProseLetters;
    }

    private static IEnumerable<Inline> NotInsideLinks(Inline inline) => inline is LinkInline
        ? []
        : Model.ModelTraversal.ChildInlinesOf(inline).SelectMany(NotInsideLinks).Prepend(inline);

    /// <summary>
    /// The page's <c>lang</c> (or the one SmartReader found), else detected; its <c>dir</c>, else the
    /// language's. A declared language that is not a valid tag (<c>lang="xx"</c>) is reported and
    /// detection decides, so the rendered page never carries it.
    /// </summary>
    private static Model.Article WithLanguage(Model.Article article, PageFacts page, SmartReader.Article extracted, ImportWarnings warnings)
    {
        var declared = ValidLanguage(page.Language) ?? ValidLanguage(extracted.Language);

        // Detection reads the whole article: only when the page does not say.
        var language = declared ?? LanguageDetector.Detect(ArticleLanguage.TextOf(article))?.Language ?? "en";
        if (declared is null && new[] { page.Language, extracted.Language }.FirstOrDefault(value => !string.IsNullOrWhiteSpace(value)) is { } invalid)
        {
            warnings.Add($"the page's language '{invalid.Trim()}' is not a BCP 47 language tag with a registered language; the article's language was detected from its text instead ({language})");
        }

        var direction = page.Direction ?? ParseDirection(extracted.Dir) ?? LanguageDetector.DirectionOf(language);
        return article with { Language = language, Direction = direction };
    }

    private static TextDirection? ParseDirection(string? dir) => dir?.Trim().ToLowerInvariant() switch
    {
        "rtl" => TextDirection.RightToLeft,
        "ltr" => TextDirection.LeftToRight,
        _ => null,
    };

    private static string? ValidLanguage(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        // en_US (a locale name) is a common slip for en-US: repaired.
        var tag = value.Trim().Replace('_', '-');
        return A11yArticles.LanguageTag.IsValid(tag) ? tag : null;
    }

    /// <summary>
    /// SmartReader's title, except that SmartReader cuts a site name off the metadata title
    /// ("Story - Site") when the page has no JSON-LD headline; the publisher's own og:title is kept
    /// as given then, as Readability does.
    /// </summary>
    private static string? Title(string? extracted, PageFacts page)
    {
        if (extracted is null)
        {
            return page.Title;
        }

        return !page.HasJsonLdHeadline && page.MetadataTitle is { } metadata && metadata.Length > extracted.Length && metadata.StartsWith(extracted, StringComparison.Ordinal)
            ? metadata
            : extracted;
    }

    /// <summary>
    /// The byline: the author that the page's metadata names (SmartReader's <c>Author</c>, else an
    /// <c>article:author</c>/<c>dc:creator</c>/<c>author</c> meta that is not an address), else the
    /// byline element SmartReader found in the page, with its text as the page shows it.
    /// </summary>
    private static ImmutableArray<Author> Byline(SmartReader.Article extracted, PageFacts page)
    {
        var text = Clean(extracted.Author) is { } author && !author.Contains("://", StringComparison.Ordinal)
            ? author
            : page.MetadataAuthor ?? page.BylineContaining(Clean(extracted.Byline)) ?? Clean(extracted.Byline);
        return text is null ? [] : [new Author(text)];
    }

    private static string? Clean(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        return SpaceRuns.Collapse(text).Trim();
    }

    /// <summary>
    /// The page's text, decoded as browsers decode it (the shared <see cref="HtmlDecoding"/>: byte
    /// order mark, the declaration the HTML standard's prescan finds, else UTF-8 or windows-1252);
    /// invalid bytes become U+FFFD with a warning. Empty files and binary files (NUL bytes outside
    /// UTF-16) are refused.
    /// </summary>
    private static string Decode(ReadOnlySpan<byte> bytes, string sourceName, ImportWarnings warnings)
    {
        if (bytes.IsEmpty)
        {
            throw new ArticleImportException(sourceName, "the file is empty; expected an HTML page");
        }

        var utf16 = bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]);
        if (!utf16 && bytes.Contains((byte)0))
        {
            throw new ArticleImportException(sourceName, "contains NUL bytes: it looks like a binary file, not an HTML page");
        }

        var decoded = HtmlDecoding.Decode(bytes);
        foreach (var warning in decoded.Warnings)
        {
            warnings.Add(warning);
        }

        return decoded.Text;
    }

    /// <summary>
    /// One sanitizer for every import: building one (its default tag, attribute and CSS lists) cost
    /// as much as a fifth of an import. HtmlSanitizer documents that a configured instance may be
    /// shared between threads as long as its settings are not changed, and these never are after
    /// <see cref="CreateSanitizer"/>.
    /// </summary>
    private static readonly HtmlSanitizer Sanitizer = CreateSanitizer();

    private static HtmlSanitizer CreateSanitizer()
    {
        var sanitizer = new HtmlSanitizer();
        sanitizer.AllowedSchemes.Add("mailto");
        foreach (var attribute in new[] { "lang", "dir", "cite", "alt", "title", "datetime", "id", "role", "srcset", "scope", "headers", "colspan", "rowspan", AttributionAttribute, HtmlTables.KindAttribute,
            "kind", "srclang", "label", "poster", "type", "longdesc", MediaPreparation.TranscriptAttribute, MediaPreparation.DescriptionAttribute, MediaPreparation.TranscriptUrlAttribute, Boilerplate.CreditAttribute })
        {
            sanitizer.AllowedAttributes.Add(attribute);
        }

        // Their addresses pass the same scheme check as src and href (no javascript: poster or longdesc).
        sanitizer.UriAttributes.Add("poster");
        sanitizer.UriAttributes.Add("longdesc");
        sanitizer.UriAttributes.Add(MediaPreparation.TranscriptUrlAttribute);

        // Style is never mapped; without it the sanitizer needs no CSS parser for the shared document.
        sanitizer.AllowedAttributes.Remove("style");
        sanitizer.AllowedAttributes.Remove("class");
        // A picture is an image's wrapper (its source elements are removed below): kept, or its img would go with it.
        sanitizer.AllowedTags.Add("picture");
        foreach (var tag in new[] { "form", "input", "button", "select", "textarea", "object", "embed", "frame", "frameset", "source", "svg", "math", "canvas", "template" })
        {
            sanitizer.AllowedTags.Remove(tag);
        }

        // Frames, players and their tracks are mapped onto embeds and media (their addresses checked
        // by the sanitizer's schemes and again by UrlPolicy); scripts and event handlers never survive.
        foreach (var tag in new[] { "iframe", "video", "audio", "track" })
        {
            sanitizer.AllowedTags.Add(tag);
        }

        return sanitizer;
    }

    [GeneratedRegex(@"<\s*[a-zA-Z!][^>]*>", RegexOptions.CultureInvariant)]
    private static partial Regex LooksLikeHtml();

    /// <summary>Refuses every request, so that nothing SmartReader does can reach the network.</summary>
    private sealed class OfflineHandler : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            throw new InvalidOperationException($"A11yArticles imports offline; a request to {request.RequestUri} was refused.");
    }
}
