using System.Collections.Frozen;
using AngleSharp.Dom;

namespace A11yArticles.Importers.Html;

/// <summary>
/// Captions that say nothing new: the visually hidden label a page puts before its caption for
/// screen readers ("Image caption", "Media caption", "Image copyright"), which our figure already
/// says by being a figure with a caption, and the copies of a caption the article repeats word for
/// word three times or more (a gallery that gives every picture the event's name). See docs/importers.md, step 7.
/// </summary>
internal static partial class Boilerplate
{
    /// <summary>Classes that hide text from the eye and leave it to screen readers, as frameworks and sites name them.</summary>
    private static readonly FrozenSet<string> ScreenReaderOnlyClasses = new[]
    {
        "off-screen", "offscreen", "sr-only", "sr-only-focusable", "visually-hidden", "visuallyhidden", "screen-reader-text",
        "screen-reader-only", "screenreader-only", "u-visually-hidden", "u-hidden-visually", "hidden-visually",
        "element-invisible", "assistive-text", "a11y-hidden",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>The words of a caption's role label ("Image caption", "Media caption", "Image copyright", "Bildunterschrift").</summary>
    private static readonly FrozenSet<string> CaptionLabelWords = new[]
    {
        "image", "media", "photo", "photograph", "picture", "video", "graphic", "caption", "copyright", "source", "credit",
        "foto", "bild", "imagen", "légende", "legenda", "bildunterschrift", "bildquelle", "fuente", "fonte", "подпись", "фото",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>A caption's role label is at most this many words.</summary>
    private const int MaxCaptionLabelWords = 3;

    /// <summary>A caption shorter than this many words ("Photo: AP") is not compared with the others: a credit repeats by nature.</summary>
    private const int MinRepeatedCaptionWords = 4;

    /// <summary>A caption repeated this many times or more is a label the publisher put on every picture; fewer, and each may be a picture's own.</summary>
    private const int MinCaptionRepeats = 3;

    /// <summary>
    /// Removes, inside figures, the visually hidden role labels of captions and credits, and, in the
    /// whole article, the second and later copies of a caption whose words the article gives three
    /// times or more (two charts may share a caption by chance; ten photographs with the event's name
    /// under each are read ten times for nothing).
    /// </summary>
    private static void RemoveCaptionLabelsAndRepeats(IElement article)
    {
        var doomed = new List<IElement>();
        var captions = new List<(IElement Caption, string Words)>();
        foreach (var element in article.QuerySelectorAll("*"))
        {
            if (doomed.Count > 0 && doomed[^1].Contains(element))
            {
                continue;
            }

            if (IsCaptionRoleLabel(element))
            {
                doomed.Add(element);
            }
            else if (IsCaption(element) && !TextLongerThan(element, MaxCallText))
            {
                var words = Words(element.TextContent);
                if (words.Count >= MinRepeatedCaptionWords)
                {
                    captions.Add((element, string.Join(' ', words)));
                }
            }
        }

        foreach (var repeated in captions.GroupBy(caption => caption.Words, StringComparer.Ordinal).Where(group => group.Count() >= MinCaptionRepeats))
        {
            doomed.AddRange(repeated.Skip(1).Select(caption => caption.Caption));
        }

        foreach (var element in doomed)
        {
            element.Remove();
        }
    }

    /// <summary>
    /// Marks a caption's credit for the mapper (which gives it to the figure as its credit, apart from
    /// the caption): the class the page uses to set it apart is gone once the article is sanitized.
    /// </summary>
    public const string CreditAttribute = "data-a11y-credit";

    /// <summary>Parts of a class or id that name the credit of a picture.</summary>
    private static readonly FrozenSet<string> CreditWords = new[]
    {
        "credit", "credits", "copyright", "photographer", "photocredit", "imagecredit", "attribution",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>A picture's credit is at most this many words ("Credit: Jane Doe / Example Agency via Getty Images").</summary>
    private const int MaxCreditWords = 12;

    /// <summary>
    /// Marks, in each <c>figcaption</c>, the element whose class or id names a credit
    /// (<c>&lt;span class="credit"&gt;Credit: EPA&lt;/span&gt;</c>) and that holds less than the whole
    /// caption: a page sets it on a line of its own by its style, which the article does not keep, so
    /// left in the caption its words ran into the caption's ("…sought treatmentCredit: EPA").
    /// </summary>
    private static void MarkCaptionCredits(IElement article)
    {
        foreach (var caption in article.GetElementsByTagName("figcaption"))
        {
            var captionWords = WordCountOfText(caption);
            foreach (var element in caption.QuerySelectorAll("*"))
            {
                if (NameParts(element).Any(CreditWords.Contains) && !element.HasAttribute(CreditAttribute)
                    && element.ParentElement?.Closest($"[{CreditAttribute}]") is null
                    && WordCountOfText(element) is > 0 and <= MaxCreditWords && WordCountOfText(element) < captionWords
                    && element.QuerySelector("img, picture, video, audio, iframe") is null)
                {
                    element.SetAttribute(CreditAttribute, "");
                }
            }
        }
    }

    /// <summary>A visually hidden element inside a figure whose words are only a caption's role ("Image caption").</summary>
    private static bool IsCaptionRoleLabel(IElement element)
    {
        if (!HasAncestorNamed(element, "figure") || element.GetAttribute("class") is not { } classes
            || !classes.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Any(ScreenReaderOnlyClasses.Contains)
            || TextLongerThan(element, MaxLabelText))
        {
            return false;
        }

        var words = Words(element.TextContent);
        return words.Count is > 0 and <= MaxCaptionLabelWords && words.All(CaptionLabelWords.Contains);
    }

    /// <summary>
    /// A caption: a <c>figcaption</c>, or an element whose class or id names a caption (WordPress's
    /// <c>p.wp-caption-text</c>) that holds no picture or player and sits in no other caption.
    /// </summary>
    private static bool IsCaption(IElement element)
    {
        if (element.LocalName is "figcaption")
        {
            return true;
        }

        return element.LocalName is "p" or "div" or "span"
            && NameParts(element).Any(part => part.Equals("caption", StringComparison.OrdinalIgnoreCase))
            && element.QuerySelector("img, picture, video, audio, iframe, figure") is null
            && !HasAncestorNamed(element, "figcaption")
            && !(element.ParentElement is { } parent && parent != element && NameParts(parent).Any(part => part.Equals("caption", StringComparison.OrdinalIgnoreCase)) && parent.QuerySelector("img, picture, video, audio, iframe, figure") is null);
    }
}
