using System.Collections.Frozen;
using System.Text;
using AngleSharp.Dom;

namespace A11yArticles.Importers.Html;

/// <summary>
/// Takes out of a page what a reader does not want read to them, by general signs only (never by a
/// site's name or a phrase): in the extracted article, small parts whose class, id, element or role
/// says what they are (share bars, newsletter boxes, related stories, advertisements, bylines,
/// timestamps, tags, comment counts, image credits, navigation, pop-up cards, "read more" buttons),
/// lists of other stories, labels, tag lines and teasers (Boilerplate.Labels.cs), the header before
/// the story, what lies around the body outside it, date lines, and, when
/// the page's JSON-LD <c>articleBody</c> agrees with the extracted article, the blocks whose words the
/// publisher's own article body does not have. See docs/importers.md, step 7.
/// </summary>
internal static partial class Boilerplate
{
    /// <summary>Parts of a class or id (split at spaces, hyphens and underscores) that name page furniture.</summary>
    private static readonly FrozenSet<string> FurnitureWords = new[]
    {
        "share", "sharing", "sharebar", "newsletter", "newsletters", "subscribe", "subscription", "signup",
        "related", "recommended", "recommendations", "promo", "advert", "advertisement", "ad", "ads", "adslot",
        "sponsored", "outbrain", "taboola", "breadcrumb", "breadcrumbs", "byline",
        "timestamp", "published", "updated", "dateline", "tags", "tag", "comments", "comment", "copyright",
        "credit", "credits", "nav", "navigation", "menu", "toolbar", "print", "email", "popular",
        "social", "sidebar", "cookie", "cookies", "consent", "trending", "noscript",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Elements that sit inside a sentence.</summary>
    internal static readonly FrozenSet<string> InlineNames = new[]
    {
        "span", "a", "em", "strong", "b", "i", "u", "time", "abbr", "cite", "q", "small", "sup", "sub", "code", "mark", "bdi", "bdo", "data", "dfn", "kbd", "s", "samp", "var", "font", "label",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>A part of the page larger than this share of its text is never taken out by its name: it may hold the article.</summary>
    private const double MaxFurnitureShare = 0.25;

    /// <summary>Removes the small elements of the extracted article whose class or id names page furniture (not hidden ones: "read more" text is often hidden until a click).</summary>
    private static void RemoveFurniture(IElement article)
    {
        var total = Math.Max(1, TextLength(article));
        var doomed = new List<IElement>();
        var firstProse = Leaves(article).FirstOrDefault(IsProse);
        foreach (var element in article.QuerySelectorAll("*"))
        {
            // A credit inside a caption is part of what the caption says (and of what readers are told).
            if (element.LocalName is "h1" or "figcaption" || doomed.Count > 0 && doomed[^1].Contains(element) || HasAncestorNamed(element, "figcaption"))
            {
                continue;
            }

            // Words inside a sentence (<span class="author">) are prose; only a figure's loose credit line
            // goes, and a pop-up card that a sentence holds (shown on hover, never read as part of it).
            if (InlineNames.Contains(element.LocalName) && !HasAncestorNamed(element, "figure"))
            {
                if (IsPopupCard(element) && !element.QuerySelectorAll("*").Any(IsPopupCard) && TextLength(element) <= total * MaxFurnitureShare
                    || (NamesFurniture(element) || IsReadMoreTeaser(element)) && StandsAlone(element) && TextLength(element) <= total * MaxFurnitureShare)
                {
                    doomed.Add(element);
                }

                continue;
            }

            if ((NamesFurniture(element) || firstProse is not null && NamesNavigation(element) && Precedes(element, firstProse)
                    || NamesButtonLine(element) && WordCountOfText(element) <= MaxButtonLineWords || IsReadMoreTeaser(element)
                    || NamesToggle(element) && WordCountOfText(element) <= MaxToggleWords)
                && TextLength(element) <= total * MaxFurnitureShare)
            {
                doomed.Add(element);
            }
        }

        foreach (var element in doomed)
        {
            element.Remove();
        }
    }

    /// <summary>
    /// Whether an inline element is a line of its own rather than words of a sentence: its parent is
    /// not inline and holds no text beside it (<c>&lt;a class="comments-button"&gt;Comments&lt;/a&gt;</c>
    /// between blocks, <c>&lt;p&gt;&lt;span class="byline"&gt;…&lt;/span&gt;&lt;/p&gt;</c>).
    /// </summary>
    private static bool StandsAlone(IElement element)
    {
        if (element.ParentElement is not { } parent || InlineNames.Contains(parent.LocalName))
        {
            return false;
        }

        foreach (var node in parent.ChildNodes)
        {
            if (node is IText text && !string.IsNullOrWhiteSpace(text.Data)
                || node is IElement sibling && sibling != element && InlineNames.Contains(sibling.LocalName) && HasText(sibling))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The length of the element's <c>TextContent</c> (its descendant text nodes), without building
    /// it: the whole article's text is a string large enough for the large-object heap.
    /// </summary>
    private static int TextLength(IElement element)
    {
        var length = 0;
        foreach (var text in element.GetDescendants().OfType<IText>())
        {
            length += text.Data.Length;
        }

        return length;
    }

    /// <summary>
    /// Whether the element or one of its ancestors has this name: what <c>Closest(name) is not null</c>
    /// answers, without looking the selector up in AngleSharp's locked cache for every element.
    /// </summary>
    private static bool HasAncestorNamed(IElement element, string localName)
    {
        for (var current = element; current is not null; current = current.ParentElement)
        {
            if (string.Equals(current.LocalName, localName, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Furniture words that also name furniture as the start or the end of a longer word run
    /// together without a separator (<c>relatedposts</c>, <c>sharebuttons</c>, <c>topnav</c>,
    /// <c>newslettersignup</c>), when at least three letters are left beside them.
    /// </summary>
    private static readonly string[] CompoundWords =
    [
        "share", "sharing", "newsletter", "subscribe", "signup", "related", "recommended", "promo", "advert",
        "sponsored", "breadcrumb", "comments", "social", "popular", "sidebar",
    ];

    /// <summary>
    /// Words of navigation run together with others (<c>topnav</c>, <c>navlinks</c>, <c>subMenuItem</c>):
    /// only before the article's first paragraph of prose, where a site's menus sit; after it such names
    /// are as often an article's own navigation boxes and contents lists, which readers need.
    /// </summary>
    private static bool NamesNavigation(IElement element) =>
        NameParts(element).Any(part =>
        {
            var lower = part.ToLowerInvariant();
            foreach (var word in (ReadOnlySpan<string>)["nav", "menu"])
            {
                if (lower.Length >= word.Length + 3 && (lower.StartsWith(word, StringComparison.Ordinal) || lower.EndsWith(word, StringComparison.Ordinal))
                    || lower.Contains(word, StringComparison.Ordinal) && part.Contains(char.ToUpperInvariant(word[0]) + word[1..], StringComparison.Ordinal))
                {
                    return true;
                }
            }

            return false;
        });

    /// <summary>The parts of an element's class and id, split where names join words (space, <c>-</c>, <c>_</c>), as written.</summary>
    internal static IEnumerable<string> NameParts(IElement element)
    {
        foreach (var value in new[] { element.GetAttribute("class"), element.Id })
        {
            if (string.IsNullOrEmpty(value))
            {
                continue;
            }

            foreach (var part in value.Split([' ', '\t', '\n', '-', '_'], StringSplitOptions.RemoveEmptyEntries))
            {
                yield return part;
            }
        }
    }

    /// <summary>Whether <paramref name="element"/> comes before <paramref name="other"/> in the document and does not hold it.</summary>
    private static bool Precedes(IElement element, IElement other) =>
        !element.Contains(other) && element.CompareDocumentPosition(other).HasFlag(AngleSharp.Dom.DocumentPositions.Following);

    /// <summary>A "read more" button or a reading-time estimate holds at most this many words; a part so named that holds more is the text it uncovers.</summary>
    private const int MaxButtonLineWords = 6;

    /// <summary>
    /// Whether a class or id names a "read more" button or a reading-time estimate: the parts
    /// <c>read more</c>, <c>read time</c> or <c>reading time</c> one after the other
    /// (<c>read-more-link</c>, <c>estimated-read-time</c>), or run together (<c>readmore</c>,
    /// <c>readingTime</c>).
    /// </summary>
    private static bool NamesButtonLine(IElement element)
    {
        var parts = NameParts(element).Select(part => part.ToLowerInvariant()).ToList();
        for (var i = 0; i < parts.Count; i++)
        {
            if (parts[i] is "readmore" or "readtime" or "readingtime"
                || i + 1 < parts.Count && parts[i] is "read" or "reading" && parts[i + 1] is "more" or "time")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Parts of a class or id that name the state or action of a control that shows or hides something (a gallery's "Caption" and "Close").</summary>
    private static readonly FrozenSet<string> ToggleWords = new[]
    {
        "open", "close", "toggle", "expand", "collapse",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>A control's label is a word or two; a part so named that holds more is what it shows.</summary>
    private const int MaxToggleWords = 2;

    /// <summary>Whether a class or id names a control that opens or closes something (<c>class="close"</c>, <c>caption-toggle</c>).</summary>
    private static bool NamesToggle(IElement element) =>
        NameParts(element).Any(part => ToggleWords.Contains(part.ToLowerInvariant()));

    /// <summary>
    /// A part named "read more" that is one link to another page with a line or two of words (a
    /// teaser: "Also on our site: another story's headline"), not a paragraph of prose.
    /// </summary>
    private static bool IsReadMoreTeaser(IElement element)
    {
        if (!NamesButtonLine(element))
        {
            return false;
        }

        var links = element.LocalName is "a" ? [element] : element.GetElementsByTagName("a").ToList();
        return links.Count == 1 && links[0].GetAttribute("href") is { } href && IsPageAddress(href)
            && WordCountOfText(element) < ProseWords && WordCountOfText(links[0]) * 2 >= WordCountOfText(element);
    }

    /// <summary>Parts of a class or id that name a pop-up (a card shown on hover or a dialog), which is never a sentence's words.</summary>
    private static readonly FrozenSet<string> PopupWords = new[]
    {
        "popup", "popover", "tooltip", "rollover", "hovercard", "modal",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>A pop-up card: named so, holding an image or two links or more (the name it pops up from is one link, and stays).</summary>
    private static bool IsPopupCard(IElement element) =>
        NamesPopup(element) && (element.QuerySelector("img") is not null || element.QuerySelectorAll("a").Length >= 2);

    private static bool NamesPopup(IElement element) =>
        NameParts(element).Any(part => PopupWords.Contains(part.ToLowerInvariant()));

    /// <summary>Landmark roles that are never the article's body.</summary>
    private static readonly FrozenSet<string> FurnitureRoles = new[]
    {
        "navigation", "banner", "contentinfo", "complementary", "search",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static bool NamesFurniture(IElement element) =>
        NameParts(element).Any(part =>
        {
            var lower = part.ToLowerInvariant();
            return FurnitureWords.Contains(lower)
                || CompoundWords.Any(word => lower.Length >= word.Length + 3 && (lower.StartsWith(word, StringComparison.Ordinal) || lower.EndsWith(word, StringComparison.Ordinal)));
        })
            || NamesPopup(element)
            || element.LocalName is "nav" or "aside"
            || element.GetAttribute("role") is { } role && FurnitureRoles.Contains(role.Trim().ToLowerInvariant());

    /// <summary>
    /// On the extracted article (its classes kept for this): removes furniture by name, lines before
    /// the story that repeat its <paramref name="headline"/> or the <paramref name="siteName"/> (the
    /// model has both from the page's metadata) and, when the
    /// page's JSON-LD article body agrees with the extracted text, the blocks whose words that body
    /// does not have.
    /// </summary>
    public static void Prune(IElement article, string? articleBody, string? headline = null, string? siteName = null) =>
        Prune(article, articleBody, new ProseLeaves(), headline, siteName);

    /// <summary><see cref="Prune(IElement, string?, string?, string?)"/>, with the record of the leaves read for prose.</summary>
    internal static void Prune(IElement article, string? articleBody, ProseLeaves prose, string? headline = null, string? siteName = null)
    {
        RemoveFurniture(article);
        RemoveCaptionLabelsAndRepeats(article);

        // From here on only whole blocks go, never a part of a leaf, so what a leaf's words say stays
        // true: each leaf is read for prose once for the steps that follow.
        Func<IElement, bool> isProse = prose.IsProse;
        RemoveStoryLists(article, isProse);
        RemoveLabelsAndTeasers(article, isProse);
        RemoveHeaders(article, isProse);
        RemoveRepeatedMetadata(article, isProse, headline, siteName);
        RemoveAfterTheBody(article, isProse);
        RemoveEdges(article, isProse);
        if (articleBody is not null)
        {
            KeepWhatTheArticleBodyHas(article, articleBody);
        }

        RemoveTrailingHeadings(article);
    }

    /// <summary>
    /// A part of the article that holds two or more <c>article</c> elements and little else is a list of
    /// other stories (teasers, "you may also like"): removed when the article has a paragraph of prose
    /// outside it. An article whose comments are nested <c>article</c> elements keeps them with its own
    /// text, which is most of it.
    /// </summary>
    private static void RemoveStoryLists(IElement article, Func<IElement, bool> isProse)
    {
        // Most articles hold no other article at all: then no element needs asking for the ones it holds.
        if (article.GetElementsByTagName("article").Length < 2)
        {
            return;
        }

        foreach (var list in article.QuerySelectorAll("*").ToList())
        {
            if (list.ParentElement is null || !article.Contains(list))
            {
                continue; // already removed with a list around it
            }

            var stories = list.QuerySelectorAll("article").Where(story => story.ParentElement?.Closest("article") is not { } outer || !list.Contains(outer) || outer == list).ToList();
            if (stories.Count < 2)
            {
                continue;
            }

            var text = Words(list.TextContent).Count;
            var own = text - stories.Sum(story => Words(story.TextContent).Count);
            if (own * 5 > text || !Leaves(article).Any(leaf => !list.Contains(leaf) && isProse(leaf)))
            {
                continue;
            }

            list.Remove();
        }
    }

    /// <summary>
    /// A <c>header</c> element before the article's first paragraph of prose holds what the page shows
    /// above the story (breadcrumbs, the headline, the byline, dates, sharing links), which the model
    /// takes from the page's metadata: removed when it holds no prose itself.
    /// </summary>
    private static void RemoveHeaders(IElement article, Func<IElement, bool> isProse)
    {
        var leaves = Leaves(article);
        var firstProse = leaves.FirstOrDefault(isProse);
        if (firstProse is null)
        {
            return;
        }

        foreach (var header in article.QuerySelectorAll("header").ToList())
        {
            if (Precedes(header, firstProse) && !leaves.Any(leaf => header.Contains(leaf) && isProse(leaf)) && header.QuerySelector("figure, img, table, iframe, video, audio") is null)
            {
                header.Remove();
            }
        }
    }

    /// <summary>The body holds at least this share of the words of the article's paragraphs of prose.</summary>
    private const double BodyShare = 0.8;

    /// <summary>
    /// The article's body is the deepest element that holds most of its prose (80 % of the words of its
    /// paragraphs of prose). What follows the body outside it and holds no prose (a copyright line, "you
    /// may also like", a newsletter box, a sidebar, an author's box) is what the page shows after the
    /// story: removed, except figures, frames and players, which may be the story's pictures.
    /// </summary>
    private static void RemoveAfterTheBody(IElement article, Func<IElement, bool> isProse)
    {
        var leaves = Leaves(article);
        var prose = leaves.Where(isProse).ToList();
        if (prose.Count == 0)
        {
            return;
        }

        // The words of prose each element holds, added up once from the paragraphs up through their
        // ancestors: asking every candidate which paragraphs it contains was a walk per pair.
        var total = 0;
        var proseWordsUnder = new Dictionary<IElement, int>();
        foreach (var leaf in prose)
        {
            var words = WordCountOfText(leaf);
            total += words;
            for (var holder = leaf; holder is not null; holder = holder.ParentElement)
            {
                proseWordsUnder[holder] = proseWordsUnder.GetValueOrDefault(holder) + words;
            }
        }

        IElement? body = null;
        for (var candidate = prose[^1].ParentElement; candidate is not null && article.Contains(candidate); candidate = candidate.ParentElement)
        {
            if (proseWordsUnder.GetValueOrDefault(candidate) >= total * BodyShare)
            {
                body = candidate;
                break;
            }
        }

        // Deepest: walk down while one child still holds enough of the prose.
        body ??= article;
        for (var descended = true; descended;)
        {
            descended = false;
            foreach (var child in body.Children)
            {
                if (proseWordsUnder.GetValueOrDefault(child) >= total * BodyShare && child.LocalName is not ("p" or "li" or "td"))
                {
                    body = child;
                    descended = true;
                    break;
                }
            }
        }

        if (body == article)
        {
            return;
        }

        foreach (var leaf in leaves)
        {
            if (!body.Contains(leaf) && (Precedes(body, leaf) || Precedes(leaf, body) && leaf.LocalName is not ("h1" or "h2" or "h3" or "h4" or "h5" or "h6")) && !isProse(leaf) && !HasAncestorNamed(leaf, "figure") && leaf.QuerySelector("img, iframe, video, audio") is null
                && !SameTemplate(body, leaf))
            {
                leaf.Remove();
            }
        }
    }

    /// <summary>
    /// Whether <paramref name="leaf"/> sits in a part of the page made like the one that holds the
    /// body (the same element with the same classes, under their closest common ancestor): an article
    /// split into several text blocks keeps all of them.
    /// </summary>
    private static bool SameTemplate(IElement body, IElement leaf)
    {
        var common = body.ParentElement;
        while (common is not null && !common.Contains(leaf))
        {
            common = common.ParentElement;
        }

        static IElement? BranchOf(IElement? common, IElement element)
        {
            var branch = element;
            while (branch.ParentElement is not null && branch.ParentElement != common)
            {
                branch = branch.ParentElement;
            }

            return branch.ParentElement == common ? branch : null;
        }

        return common is not null && BranchOf(common, body) is { } bodyBranch && BranchOf(common, leaf) is { } leafBranch
            && bodyBranch.LocalName == leafBranch.LocalName && bodyBranch.LocalName is not ("p" or "li")
            && string.Equals(bodyBranch.GetAttribute("class"), leafBranch.GetAttribute("class"), StringComparison.Ordinal);
    }

    /// <summary>Elements that hold blocks: an element with none of these inside is a leaf block of text.</summary>
    private const string BlockSelector = "p, div, section, article, ul, ol, li, table, tr, td, th, h1, h2, h3, h4, h5, h6, figure, blockquote, pre, header, footer, aside, dl, dd, dt";

    /// <summary>A paragraph of at least this many words outside links is the article's prose.</summary>
    private const int ProseWords = 25;

    /// <summary>Parts whose lines are never page furniture on their own: a year heading a data table's column is data, not a date stamp.</summary>
    private const string KeptWhole = "figure, blockquote, table[" + HtmlTables.KindAttribute + "=data]";

    /// <summary>
    /// Before the article's first paragraph of prose and after its last one, removes short lines that
    /// are mostly a date or time (published and updated stamps, bylines with a time). (Removing blocks
    /// made of links there too was tried: it took "external links" lists, tables of contents and
    /// linked headings that readers need.)
    /// </summary>

    private static void RemoveEdges(IElement article, Func<IElement, bool> isProse)
    {
        var leaves = Leaves(article);
        var prose = leaves.FindIndex(leaf => isProse(leaf));
        var lastProse = leaves.FindLastIndex(leaf => isProse(leaf));
        if (prose < 0)
        {
            // An article without a paragraph of prose (a list of results, a short notice): only the
            // date lines it starts or ends with go, never the last line left.
            prose = leaves.FindIndex(leaf => !IsDateLine(leaf));
            lastProse = leaves.FindLastIndex(leaf => !IsDateLine(leaf));
            if (prose < 0)
            {
                return;
            }
        }

        for (var i = 0; i < leaves.Count; i++)
        {
            if (i >= prose && i <= lastProse)
            {
                continue;
            }

            // Headings stay: they are how a screen-reader user moves through the page.
            var leaf = leaves[i];
            if (leaf.LocalName is not ("h1" or "h2" or "h3" or "h4" or "h5" or "h6") && IsDateLine(leaf))
            {
                leaf.Remove();
            }
        }
    }

    /// <summary>The names in <see cref="BlockSelector"/>.</summary>
    internal static readonly FrozenSet<string> BlockNames = BlockSelector.Split(", ").ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// The blocks of the article that hold text and no other block, outside figures, quotations and data
    /// tables, in document order. One walk of the article: asking each block for a block inside it
    /// (a selector query per element) walked its subtree again and took AngleSharp's locked selector
    /// cache every time, and the pruning reads the leaves five times.
    /// </summary>
    private static List<IElement> Leaves(IElement article)
    {
        var leaves = new List<IElement>();
        Collect(article, insideKeptWhole: article.Closest(KeptWhole) is not null, leaves);
        return leaves;
    }

    /// <summary>Adds the leaves under <paramref name="parent"/> in document order; returns whether it holds a block.</summary>
    private static bool Collect(IElement parent, bool insideKeptWhole, List<IElement> leaves)
    {
        var holdsBlock = false;
        for (var child = parent.FirstElementChild; child is not null; child = child.NextElementSibling)
        {
            var isBlock = BlockNames.Contains(child.LocalName);
            var keptWhole = insideKeptWhole || IsKeptWhole(child);

            // A block that holds none is a leaf, and nothing under it was added: document order is kept.
            var childHoldsBlock = Collect(child, keptWhole, leaves);
            if (isBlock && !childHoldsBlock && !keptWhole && HasText(child))
            {
                leaves.Add(child);
            }

            holdsBlock |= isBlock || childHoldsBlock;
        }

        return holdsBlock;
    }

    /// <summary>Whether the element matches <see cref="KeptWhole"/>.</summary>
    private static bool IsKeptWhole(IElement element) =>
        element.LocalName.Equals("figure", StringComparison.OrdinalIgnoreCase)
        || element.LocalName.Equals("blockquote", StringComparison.OrdinalIgnoreCase)
        || element.LocalName.Equals("table", StringComparison.OrdinalIgnoreCase) && element.GetAttribute(HtmlTables.KindAttribute) == "data";

    /// <summary>Whether the element's text is more than white space, read from its text nodes without joining them.</summary>
    private static bool HasText(IElement element)
    {
        foreach (var text in element.GetDescendants().OfType<IText>())
        {
            if (!string.IsNullOrWhiteSpace(text.Data))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether leaves of the article are paragraphs of prose, each read once: reading one counts its
    /// words and its links' words, and four steps of the pruning ask about the same leaves.
    /// </summary>
    internal sealed class ProseLeaves
    {
        private readonly Dictionary<IElement, bool> _answers = [];

        /// <summary>How many times an element's words were counted.</summary>
        public int Reads { get; private set; }

        public bool IsProse(IElement element)
        {
            if (!_answers.TryGetValue(element, out var answer))
            {
                Reads++;
                answer = Boilerplate.IsProse(element);
                _answers[element] = answer;
            }

            return answer;
        }
    }

    private static bool IsProse(IElement element)
    {
        if (element.LocalName is not ("p" or "div" or "dd" or "li" or "td"))
        {
            return false;
        }

        var words = WordCountOfText(element);
        var linkWords = 0;
        foreach (var link in element.GetElementsByTagName("a"))
        {
            linkWords += WordCountOfText(link);
        }

        return words - linkWords >= ProseWords;
    }

    /// <summary>
    /// <c>WordCount(element.TextContent)</c>, counted along the text nodes without joining them into
    /// one string: a word that runs on from one text node into the next is still one word.
    /// </summary>
    private static int WordCountOfText(IElement element)
    {
        var count = 0;
        var inWord = false;
        foreach (var text in element.GetDescendants().OfType<IText>())
        {
            count += WordCount(text.Data, ref inWord);
        }

        return count;
    }

    /// <summary>A short line that is mostly a date or a time: at most 16 words, a time (10:48) or a date (19/11/2019, 2019-11-19) or a year, and at least a third of its words numbers.</summary>
    private static bool IsDateLine(IElement element)
    {
        var text = element.TextContent;
        var words = Words(text);
        if (words.Count is 0 or > 16 || !DateOrTime().IsMatch(text))
        {
            return false;
        }

        // With a time or a numeric date it is a stamp when a third of it is numbers; with only a year and
        // day numbers ("Festival, 29 November 2018 – 20 January 2019"), when half is: a named event's dates are text.
        var numbers = words.Count(word => word.All(char.IsAsciiDigit));
        return TimeOrNumericDate().IsMatch(text) ? numbers * 3 >= words.Count : numbers * 2 >= words.Count;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\b\d{1,2}[:h]\d{2}\b|\b\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}\b")]
    private static partial System.Text.RegularExpressions.Regex TimeOrNumericDate();

    [System.Text.RegularExpressions.GeneratedRegex(@"\b\d{1,2}[:h]\d{2}\b|\b\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}\b|\b(19|20)\d{2}\b")]
    private static partial System.Text.RegularExpressions.Regex DateOrTime();

    /// <summary>The JSON-LD body must hold this share of the words it shares with the extracted article (and be long enough) to be trusted.</summary>
    private const double ArticleBodyAgreement = 0.7;

    private const int MinArticleBodyWords = 50;

    private static void KeepWhatTheArticleBodyHas(IElement article, string articleBody)
    {
        // JSON-LD bodies are often HTML-escaped or hold markup: read them as text.
        var bodyWords = Words(TagOrEntity().Replace(System.Net.WebUtility.HtmlDecode(articleBody), " "));
        var extractedWords = Words(article.TextContent);
        if (bodyWords.Count < MinArticleBodyWords || bodyWords.Count < extractedWords.Count * MinArticleBodyLength)
        {
            // Too short to judge by, or a teaser or truncated body: not used.
            return;
        }

        var bodyRuns = Runs(bodyWords);
        var extractedRuns = Runs(extractedWords);
        if (bodyRuns.Count(extractedRuns.Contains) < bodyRuns.Count * ArticleBodyAgreement)
        {
            // The publisher's body and the page disagree (another story, another edition): not used.
            return;
        }

        foreach (var block in article.QuerySelectorAll("p, li, h2, h3, h4, h5, h6, dt, dd, pre, table").ToList())
        {
            if (block.Closest("figure, blockquote") is not null || block.QuerySelector("p, li, table") is not null)
            {
                continue;
            }

            var runs = Runs(Words(block.TextContent));
            if (runs.Count >= 2 && runs.Count(bodyRuns.Contains) < runs.Count * 0.3)
            {
                block.Remove();
            }
        }
    }

    /// <summary>A JSON-LD body shorter than this share of the extracted article's words is a teaser or cut short.</summary>
    private const double MinArticleBodyLength = 0.5;

    /// <summary>Overlapping runs of three words, as one string each.</summary>
    private static HashSet<string> Runs(List<string> words)
    {
        var runs = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i + 3 <= words.Count; i++)
        {
            runs.Add(string.Concat(words[i], " ", words[i + 1], " ", words[i + 2]));
        }

        return runs;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"<[^>]*>|&[a-zA-Z]+;|&#\d+;")]
    private static partial System.Text.RegularExpressions.Regex TagOrEntity();

    /// <summary>Lower-cased runs of letters and digits; a run of CJK ideographs or kana counts each character, since those scripts put no spaces between words.</summary>
    internal static List<string> Words(string text)
    {
        var words = new List<string>();
        var current = new StringBuilder();
        void Flush()
        {
            if (current.Length > 0)
            {
                words.Add(current.ToString());
                current.Clear();
            }
        }

        Span<char> utf16 = stackalloc char[2];
        foreach (var rune in text.EnumerateRunes())
        {
            if (IsCjk(rune))
            {
                Flush();
                words.Add(rune.ToString());
            }
            else if (Rune.IsLetterOrDigit(rune))
            {
                // Appended as UTF-16 in place: a string per letter was most of what pruning allocated.
                current.Append(utf16[..Rune.ToLowerInvariant(rune).EncodeToUtf16(utf16)]);
            }
            else
            {
                Flush();
            }
        }

        Flush();
        return words;
    }

    /// <summary>How many words <see cref="Words"/> finds, without making them.</summary>
    internal static int WordCount(string text)
    {
        var inWord = false;
        return WordCount(text, ref inWord);
    }

    /// <summary>How many words start in <paramref name="text"/>, which follows text that ended inside a word when <paramref name="inWord"/> is set.</summary>
    private static int WordCount(string text, ref bool inWord)
    {
        var count = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            if (IsCjk(rune))
            {
                count++;
                inWord = false;
            }
            else if (Rune.IsLetterOrDigit(rune))
            {
                count += inWord ? 0 : 1;
                inWord = true;
            }
            else
            {
                inWord = false;
            }
        }

        return count;
    }

    /// <summary>CJK ideographs, kana and Hangul syllables.</summary>
    internal static bool IsCjk(Rune rune) => rune.Value is >= 0x3040 and <= 0x30FF or >= 0x3400 and <= 0x4DBF or >= 0x4E00 and <= 0x9FFF or >= 0xF900 and <= 0xFAFF or >= 0x20000 and <= 0x2FA1F;

    private static string Collapse(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
