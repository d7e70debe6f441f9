using System.Globalization;
using A11yArticles.Model;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;

namespace A11yArticles.Components;

/// <summary>
/// The article's header: the headline (the article's top heading, <c>h1</c> plus the heading-level
/// offset), the standfirst, the byline ("By" and the authors, linked when they have a page, isolated
/// with <c>&lt;bdi&gt;</c>), the dateline, and the dates as <c>&lt;time datetime&gt;</c>. The
/// publication date's label ("Published") is visually hidden, with its own space inside, so it is
/// heard as a separate word; the update date's label is visible.
/// </summary>
public partial class ArticleHeader
{
    /// <summary>The article; defaults to the cascaded article.</summary>
    [Parameter]
    public Article? Article { get; set; }

    /// <summary>Content before the headline (a kicker or section name).</summary>
    [Parameter]
    public RenderFragment? BeforeHeadline { get; set; }

    /// <summary>Content at the end of the header (share links, an image).</summary>
    [Parameter]
    public RenderFragment? ChildContent { get; set; }

    /// <summary>The id of the headline, which names the article.</summary>
    public string HeadlineId => IdPrefix + "headline";

    /// <summary>The id of the standfirst (for <c>speakable</c>).</summary>
    public string StandfirstId => IdPrefix + "standfirst";

    private Article ArticleValue => Article ?? Context?.Article
        ?? throw new InvalidOperationException($"{nameof(ArticleHeader)} needs an {nameof(Article)} parameter or an ArticleView around it.");

    private void RenderSelf(RenderTreeBuilder builder) => Render(builder, ArticleValue, Context, BeforeHeadline, ChildContent, AdditionalAttributes);

    /// <summary>
    /// Writes the header (what this component renders), so that <see cref="ArticleView"/>
    /// writes it without a component of its own. One code path for both, in a region.
    /// </summary>
    /// <param name="builder">The render tree builder.</param>
    /// <param name="article">The article.</param>
    /// <param name="context">The article around the header, or null (English strings, <c>article-</c> ids).</param>
    /// <param name="beforeHeadline">Content before the headline.</param>
    /// <param name="childContent">Content at the end of the header.</param>
    /// <param name="attributes">Extra attributes for the <c>header</c> element, applied last.</param>
    internal static void Render(
        RenderTreeBuilder builder,
        Article article,
        ArticleContext? context,
        RenderFragment? beforeHeadline,
        RenderFragment? childContent,
        IReadOnlyDictionary<string, object>? attributes)
    {
        var strings = context?.Strings ?? ArticleStrings.English;
        var idPrefix = context?.IdPrefix ?? ArticleContext.DefaultIdPrefix;
        builder.OpenRegion(0);
        builder.OpenElement(0, "header");
        builder.AddAttribute(1, "class", "a11y-article__header");
        builder.AddMultipleAttributes(2, attributes);
        if (beforeHeadline is not null)
        {
            builder.AddContent(3, beforeHeadline);
            builder.AddMarkupContent(4, LineBreak);
        }

        builder.OpenElement(5, HeadingElements[(context?.HeadingLevel(1) ?? 1) - 1]);
        builder.AddAttribute(6, "id", ArticleContext.HeadlineId(idPrefix));
        builder.AddAttribute(7, "class", "a11y-article__headline");
        builder.AddContent(8, article.Headline);
        builder.CloseElement();
        builder.AddMarkupContent(9, LineBreak);

        if (!string.IsNullOrWhiteSpace(article.Standfirst))
        {
            builder.OpenElement(10, "p");
            builder.AddAttribute(11, "id", ArticleContext.StandfirstId(idPrefix));
            builder.AddAttribute(12, "class", "a11y-article__standfirst");
            builder.AddContent(13, article.Standfirst);
            builder.CloseElement();
            builder.AddMarkupContent(14, LineBreak);
        }

        if (!article.Authors.IsDefaultOrEmpty)
        {
            // The one element whose class matches reader views' byline pattern (Readability's
            // /byline|author|dateline|writtenby|p-author/i): they take its text as the byline.
            var authors = article.Authors;
            builder.OpenElement(15, "p");
            builder.AddAttribute(16, "class", "a11y-article__byline");
            builder.AddContent(17, strings.By + " ");
            for (var i = 0; i < authors.Length; i++)
            {
                var author = authors[i];
                if (i > 0)
                {
                    builder.AddContent(18, i == authors.Length - 1 ? $" {strings.And} " : ", ");
                }

                if (UrlPolicy.IsSafe(author.Url))
                {
                    builder.OpenElement(19, "a");
                    builder.AddAttribute(20, "href", author.Url);
                    builder.AddAttribute(21, "rel", "author");
                }

                builder.OpenElement(22, "bdi");
                builder.AddContent(23, author.Name);
                builder.CloseElement();
                if (UrlPolicy.IsSafe(author.Url))
                {
                    builder.CloseElement();
                }
            }

            builder.CloseElement();
            builder.AddMarkupContent(24, LineBreak);
        }

        if (!string.IsNullOrWhiteSpace(article.Dateline))
        {
            // Not "dateline": reader views would take a class with that word for the byline.
            builder.OpenElement(25, "p");
            builder.AddAttribute(26, "class", "a11y-article__location");
            builder.AddContent(27, article.Dateline);
            builder.CloseElement();
            builder.AddMarkupContent(28, LineBreak);
        }

        if (article.Published is { } published)
        {
            builder.OpenElement(29, "p");
            builder.AddAttribute(30, "class", "a11y-article__published");
            builder.OpenElement(31, "span");
            builder.AddAttribute(32, "class", "visually-hidden");
            builder.AddContent(33, strings.Published + " ");
            builder.CloseElement();
            RenderTime(builder, published, strings);
            builder.CloseElement();
            builder.AddMarkupContent(35, LineBreak);
        }

        if (article.Updated is { } updated)
        {
            builder.OpenElement(36, "p");
            builder.AddAttribute(37, "class", "a11y-article__updated");
            builder.AddContent(38, strings.Updated + " ");
            RenderTime(builder, updated, strings);
            builder.CloseElement();
            builder.AddMarkupContent(39, LineBreak);
        }

        if (context?.Options.ShowReadingTime == true)
        {
            // A duration is a valid datetime value: <time datetime="PT4M">4 min read</time>.
            var minutes = (int)ReadingTime.Estimate(article).TotalMinutes;
            builder.OpenElement(42, "p");
            builder.AddAttribute(43, "class", "a11y-article__reading-time");
            builder.OpenElement(44, "time");
            builder.AddAttribute(45, "datetime", "PT" + minutes.ToString(CultureInfo.InvariantCulture) + "M");
            builder.AddContent(46, ArticleStrings.Format(strings.ReadingTime, minutes.ToString(CultureInfo.InvariantCulture)));
            builder.CloseElement();
            builder.CloseElement();
            builder.AddMarkupContent(47, LineBreak);
        }

        builder.AddContent(48, childContent);
        builder.CloseElement();
        builder.CloseRegion();
    }

    /// <summary>
    /// Written after each part of the header. Browsers show nothing for it, but a text read without
    /// layout (a reader view's <c>textContent</c>, a copy of the page as text) gets a break where a
    /// part ends, so the end of one part and a label that starts the next ("Published", "Updated")
    /// never run together into one word.
    /// </summary>
    private const string LineBreak = "\n";

    private static readonly string[] HeadingElements = ["h1", "h2", "h3", "h4", "h5", "h6"];

    private static void RenderTime(RenderTreeBuilder builder, DateTimeOffset date, ArticleStrings strings)
    {
        builder.OpenRegion(41);
        builder.OpenElement(0, "time");
        builder.AddAttribute(1, "datetime", IsoDate(date));
        builder.AddContent(2, strings.FormatDate(date));
        builder.CloseElement();
        builder.CloseRegion();
    }

    /// <summary>A date as the datetime attribute of <c>time</c> takes it: the day alone when it has no time of day.</summary>
    internal static string IsoDate(DateTimeOffset date) =>
        date.TimeOfDay == TimeSpan.Zero && date.Offset == TimeSpan.Zero
            ? date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : date.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
}
