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

    /// <summary>The words of a role label that say the text after it is a credit ("Image copyright", "Image source").</summary>
    private static readonly FrozenSet<string> CreditLabelWords = new[]
    {
        "copyright", "source", "credit", "bildquelle", "fuente", "fonte",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>A caption's role label is at most this many words.</summary>
    private const int MaxCaptionLabelWords = 3;

    /// <summary>A caption shorter than this many words ("Photo: AP") is not compared with the others: a credit repeats by nature.</summary>
    private const int MinRepeatedCaptionWords = 4;

    /// <summary>A caption longer than this many characters is a story's own, never a label put under every picture: it is not compared.</summary>
    private const int MaxComparedCaptionText = 600;

    /// <summary>A caption repeated this many times or more is a label the publisher put on every picture; fewer, and each may be a picture's own.</summary>
    private const int MinCaptionRepeats = 3;

    /// <summary>
    /// Removes, inside figures, the visually hidden role labels of captions and credits; marks the
    /// captions' credits (<see cref="MarkCaptionCredits"/>); then, in the whole article, removes the
    /// second and later copies of a caption whose words, without its credit, the article gives three
    /// times or more (two charts may share a caption by chance; ten photographs with the event's name
    /// under each are read ten times for nothing). A copy's credit stays with its figure, and a
    /// caption that is only a credit ("Photo: AP Photo/Jane Doe", "Source: the council") is never
    /// a copy: credits repeat by nature.
    /// </summary>
    private static void RemoveCaptionLabelsAndRepeats(IElement article)
    {
        // A figure whose hidden label says "credit" or "copyright" has a caption that is a credit.
        var creditedFigures = new HashSet<IElement>();
        foreach (var label in article.QuerySelectorAll("*").Where(IsCaptionRoleLabel).ToList())
        {
            if (Words(label.TextContent).Any(CreditLabelWords.Contains) && label.Closest("figure") is { } figure)
            {
                creditedFigures.Add(figure);
            }

            label.Remove();
        }

        MarkCaptionCredits(article);

        var captions = new List<(IElement Caption, string Words)>();
        IElement? lastCaption = null;
        foreach (var element in article.QuerySelectorAll("*"))
        {
            // One entry per caption: an element inside a caption already seen is a part of it.
            if (lastCaption is not null && lastCaption.Contains(element) || !IsCaption(element))
            {
                continue;
            }

            lastCaption = element;
            if (TextLongerThan(element, MaxComparedCaptionText))
            {
                continue;
            }

            var words = Words(string.Concat(element.GetDescendants().OfType<IText>()
                .Where(text => text.ParentElement?.Closest($"[{CreditAttribute}]") is null)
                .Select(text => text.Data + " ")));
            if (words.Count >= MinRepeatedCaptionWords && !CaptionLabelWords.Contains(words[0])
                && !(element.Closest("figure") is { } figure && creditedFigures.Contains(figure)))
            {
                captions.Add((element, string.Join(' ', words)));
            }
        }

        foreach (var repeated in captions.GroupBy(caption => caption.Words, StringComparer.Ordinal).Where(group => group.Count() >= MinCaptionRepeats))
        {
            foreach (var (caption, _) in repeated.Skip(1))
            {
                RemoveAllButCredit(caption);
            }
        }
    }

    /// <summary>Removes the caption, or, when it holds a marked credit, everything in it but the credit.</summary>
    private static void RemoveAllButCredit(IElement caption)
    {
        if (caption.QuerySelector($"[{CreditAttribute}]") is null)
        {
            caption.Remove();
            return;
        }

        foreach (var node in caption.ChildNodes.ToList())
        {
            if (node is not IElement element || !element.HasAttribute(CreditAttribute) && element.QuerySelector($"[{CreditAttribute}]") is null)
            {
                caption.RemoveChild(node);
            }
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
                    && element.QuerySelector(MediaPreparation.MediaSelector) is null)
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
    /// <c>p.wp-caption-text</c>) that holds no picture or player. The caller skips what lies inside a
    /// caption it has already taken.
    /// </summary>
    private static bool IsCaption(IElement element) =>
        element.LocalName is "figcaption"
        || element.LocalName is "p" or "div" or "span"
            && NameParts(element).Any(part => part.Equals("caption", StringComparison.OrdinalIgnoreCase))
            && element.QuerySelector(MediaPreparation.MediaSelector + ", figure") is null;
}
