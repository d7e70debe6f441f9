using System.Globalization;
using A11yArticles.Model;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;

namespace A11yArticles.Components.ArticleHeader;

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


    private void RenderHeadline(RenderTreeBuilder builder)
    {
        var level = Context?.HeadingLevel(1) ?? 1;
        builder.OpenElement(0, "h" + level.ToString(CultureInfo.InvariantCulture));
        builder.AddAttribute(1, "id", HeadlineId);
        builder.AddAttribute(2, "class", "a11y-article__headline");
        builder.AddContent(3, ArticleValue.Headline);
        builder.CloseElement();
    }

    private RenderFragment Separator(int index) => builder =>
    {
        var count = ArticleValue.Authors.Length;
        if (index == 0)
        {
            return;
        }

        builder.AddContent(0, index == count - 1 ? $" {Strings.And} " : ", ");
    };

    private static string IsoDate(DateTimeOffset date) =>
        date.TimeOfDay == TimeSpan.Zero && date.Offset == TimeSpan.Zero
            ? date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : date.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
}
