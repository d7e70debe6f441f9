using System.Collections.Frozen;
using AngleSharp.Dom;

namespace A11yArticles.Importers.Html;

/// <summary>
/// Page furniture told by what it is rather than by a class or id: the label of an advertisement's
/// slot, the line of tag links (<c>rel="tag"</c>), lists of other stories whose links the publisher
/// marks as related-story links in their addresses, rails of teaser cards, headline links in
/// capitals, calls to subscribe, lines labelled as related stories, a slideshow's counters, and lines
/// before the story that repeat the headline or the site's name. See docs/importers.md, step 7.
/// </summary>
internal static partial class Boilerplate
{
    /// <summary>
    /// The whole text of an advertisement's slot once its script is gone ("Advertisement"), in the
    /// languages of the pages we import; compared as <see cref="Words"/> joined by spaces.
    /// </summary>
    private static readonly FrozenSet<string> AdvertisementLabels = new[]
    {
        "advertisement", "advertisements", "advert", "adverts", "advertising", "ad", "ads", "sponsored", "sponsored content",
        "anzeige", "werbung", "publicité", "publicidad", "publicidade", "pubblicità", "advertentie", "reklama", "reklam",
        "реклама", "iklan", "mainos", "annonse", "annons", "广告", "広告", "광고",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>A line of tag links keeps at most this many words of its own ("Tags:", "Filed under:", "Posted in").</summary>
    private const int TagLineLabelWords = 4;

    /// <summary>A label before a list of other stories ("More:", "Read more", "More great stories") has at most this many words.</summary>
    private const int TeaserLabelWords = 6;

    /// <summary>
    /// Removes the labels of advertisements' slots, lines of tag links, lists and rails of other
    /// stories, and the lines that point to them or call the reader away from the story.
    /// </summary>
    private static void RemoveLabelsAndTeasers(IElement article, Func<IElement, bool> isProse)
    {
        // The outermost element whose whole text is the label goes (a paragraph, or a wrapper such as
        // <center><span>Advert</span></center> that is not a block): a word inside a sentence, a
        // heading, a list item or a cell is content. Found from the text nodes that hold a label, so
        // no element's text is built unless it may be one.
        var labels = new List<IElement>();
        foreach (var text in article.GetDescendants().OfType<IText>())
        {
            if (text.Data.Length > MaxLabelText || text.ParentElement is not { } holder || !IsAdvertisementLabel(text.Data))
            {
                continue;
            }

            IElement? label = null;
            for (var element = holder; element is not null && element != article && !TextLongerThan(element, MaxLabelText) && IsAdvertisementLabel(element.TextContent); element = element.ParentElement)
            {
                label = element;
            }

            if (label is not null && !InlineNames.Contains(label.LocalName) && !InsideKeptWhole(label)
                && label.LocalName is not ("h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "li" or "td" or "th" or "dt" or "dd" or "figcaption" or "caption")
                && !HasAncestorNamed(label, "li") && !HasAncestorNamed(label, "td"))
            {
                labels.Add(label);
            }
        }

        foreach (var label in labels)
        {
            label.Remove();
        }

        RemoveTagLines(article);
        RemoveRelatedStoryLinks(article, isProse);
        RemoveTeaserCards(article, isProse);
        var leaves = Leaves(article);
        var firstProse = leaves.FindIndex(leaf => isProse(leaf));
        var lastProse = leaves.FindLastIndex(leaf => isProse(leaf));
        for (var i = 0; i < leaves.Count; i++)
        {
            // A headline in capitals counts as another story's only between the paragraphs of this one:
            // an article without prose (a page of results) may be led by its own link in capitals.
            if (IsCapitalHeadlineLink(leaves[i]) && i > firstProse && i < lastProse || IsCallToSubscribe(leaves[i], isProse) || IsLabelledTeaser(leaves[i])
                || !TextLongerThan(leaves[i], MaxCounterText) && SlideCounter().IsMatch(leaves[i].TextContent)
                || !TextLongerThan(leaves[i], MaxCallText) && Shortcode().IsMatch(leaves[i].TextContent)
                || leaves[i].LocalName is not ("h1" or "h2" or "h3" or "h4" or "h5" or "h6") && !TextLongerThan(leaves[i], MaxCounterText) && CommentCount().IsMatch(leaves[i].TextContent)
                || IsShareOrFollowLine(leaves[i]) || i >= lastProse && IsModerationNotice(leaves[i], isProse))
            {
                leaves[i].Remove();
            }
            else if (i + 1 < leaves.Count && IsTeaserLabelLine(leaves[i]) && IsLinksToOtherPages(leaves[i + 1], isProse))
            {
                // "Read also" on a line of its own, then the other story's headline.
                leaves[i].Remove();
                leaves[i + 1].Remove();
                i++;
            }
        }
    }

    /// <summary>
    /// A line that is a publishing system's shortcode left unrendered (<c>[button link="…"]Send us
    /// your review[/button]</c>): markup for a widget the page never drew, not words of the story.
    /// Brackets in prose ("[sic]", "[1]") have no closing tag of the same name.
    /// </summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"^\s*\[([a-z][\w-]*)(\s[^\]]*)?\].*\[/\1\]\s*$", System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.Singleline)]
    private static partial System.Text.RegularExpressions.Regex Shortcode();

    /// <summary>
    /// A line that is only a count of comments ("12 comments", "Comments", "Comentários"): the comment
    /// widget's, whose comments the article does not hold. A heading so named stays (until nothing
    /// follows it: <see cref="RemoveTrailingHeadings"/>).
    /// </summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"^\s*(\d+\s*)?(comments?|comentários?|comentarios?|commentaires?|kommentare?|commenti|комментари\w*)\s*$", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex CommentCount();

    /// <summary>
    /// Headings that end the article with nothing after them (no text, picture, table, frame or
    /// player) head a part that the pruning emptied or the page never filled (a comment widget's
    /// "Comments", "Tell us what you think"): removed, from the last one back. A heading with
    /// anything after it stays.
    /// </summary>
    private static void RemoveTrailingHeadings(IElement article)
    {
        for (var last = LastContent(article); last is not null && last.LocalName is "h2" or "h3" or "h4" or "h5" or "h6" && HasTextBefore(last, article); last = LastContent(article))
        {
            last.Remove();
        }
    }

    /// <summary>The last element of the article that holds text or is a picture, a table, a frame or a player, walking back from its end.</summary>
    private static IElement? LastContent(IElement article)
    {
        for (var node = LastDescendant(article); node is not null && node != article; node = PreviousInDocument(node, article))
        {
            if (node is IText text && !string.IsNullOrWhiteSpace(text.Data))
            {
                // The block that holds the last words: a heading when the article ends with one.
                var holder = text.ParentElement;
                while (holder is not null && holder != article && !BlockNames.Contains(holder.LocalName))
                {
                    holder = holder.ParentElement;
                }

                return holder == article ? null : holder;
            }

            if (node is IElement element && element.LocalName is "img" or "picture" or "table" or "iframe" or "video" or "audio" or "figure" or "svg")
            {
                return element;
            }
        }

        return null;
    }

    /// <summary>Whether some text of the article comes before the element (an article of headings alone keeps them).</summary>
    private static bool HasTextBefore(IElement element, IElement article)
    {
        for (var node = PreviousInDocument(element, article); node is not null; node = PreviousInDocument(node, article))
        {
            if (node is IText text && !string.IsNullOrWhiteSpace(text.Data))
            {
                return true;
            }
        }

        return false;
    }

    private static INode? LastDescendant(INode node)
    {
        while (node.LastChild is { } child)
        {
            node = child;
        }

        return node;
    }

    /// <summary>The node before <paramref name="node"/> in document order, inside <paramref name="root"/>.</summary>
    private static INode? PreviousInDocument(INode node, INode root)
    {
        if (node.PreviousSibling is { } sibling)
        {
            return LastDescendant(sibling);
        }

        return node.Parent == root ? null : node.Parent;
    }

    /// <summary>A slideshow's counter, with the white space around it, is at most this many characters.</summary>
    private const int MaxCounterText = 400;

    /// <summary>
    /// A slideshow's counter on a line of its own ("Image 2 of 5", "Photo 3 / 12", "1 de 4"): the
    /// place of a picture in a carousel the model does not have. Inside a figure or its caption it
    /// is not asked about (the leaves skip figures): there it stays with the caption. Its pattern: a
    /// word or none, a number, "of" (or its word in a few languages, or a slash), a number.
    /// </summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"^\s*(\p{L}+\s+)?\d{1,3}\s*(of|de|von|di|van|из|/)(\s*/)?\s*\d{1,3}\s*$", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex SlideCounter();

    /// <summary>
    /// Before the article's first paragraph of prose, a line (not the <c>h1</c>, which the mapper
    /// reads) whose words are exactly the headline's or the site's name: the model shows the headline
    /// above the article and names the site from the page's metadata, so the line would be read twice.
    /// </summary>
    private static void RemoveRepeatedMetadata(IElement article, Func<IElement, bool> isProse, string? headline, string? siteName)
    {
        var repeated = new[] { headline, siteName }.Where(text => !string.IsNullOrWhiteSpace(text)).Select(text => string.Join(' ', Words(text!))).Where(words => words.Length > 0).ToList();
        if (repeated.Count == 0)
        {
            return;
        }

        foreach (var leaf in Leaves(article))
        {
            if (isProse(leaf))
            {
                break;
            }

            if (leaf.LocalName is not "h1" && leaf.QuerySelector("img, picture, iframe, video, audio") is null
                && !TextLongerThan(leaf, 1000) && repeated.Contains(string.Join(' ', Words(leaf.TextContent))))
            {
                leaf.Remove();
            }
        }
    }

    /// <summary>
    /// A paragraph that is nothing but a link to another page, written in capitals
    /// ("MAYOR OPENS THE NEW HARBOUR BRIDGE", "CLICK HERE TO GET THE APP"): set between the
    /// paragraphs of prose, another story's headline or a call to action, never a sentence of the story. A link in
    /// ordinary case that is a paragraph of its own (a report, a source) stays, and so do capitals
    /// without a link.
    /// </summary>
    private static bool IsCapitalHeadlineLink(IElement leaf)
    {
        if (leaf.LocalName is not ("p" or "div"))
        {
            return false;
        }

        var links = leaf.GetElementsByTagName("a");
        var words = WordCountOfText(leaf);
        if (links.Length == 0 || words < 4 || links.Sum(WordCountOfText) < words || !links.All(link => link.GetAttribute("href") is { } href && IsPageAddress(href)))
        {
            return false;
        }

        var text = leaf.TextContent;
        var letters = text.Count(char.IsLetter);
        return letters >= 12 && text.Count(char.IsUpper) * 10 >= letters * 9;
    }

    /// <summary>
    /// Labels of a line that points to other stories, in the words of the furniture vocabulary
    /// (compared as <see cref="Words"/> joined by spaces). "See also", an encyclopedia's, is not one.
    /// </summary>
    private static readonly FrozenSet<string> TeaserLabels = new[]
    {
        "related", "related story", "related stories", "related article", "related articles", "related content",
        "read more", "see more", "more", "read also", "also read", "recommended", "trending", "popular", "sponsored",
        "don t miss", "leggi anche", "lire aussi", "à lire aussi", "a lire aussi", "lee también", "leia também", "lesen sie auch",
        "читайте также", "baca juga",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// A paragraph that is a label from <see cref="TeaserLabels"/> with a colon ("Related:",
    /// "SEE MORE:") followed by nothing but links to other pages. A label of another kind ("Tip:",
    /// "See also:", "Website:") with a link stays: such lines are an interview's or a guide's.
    /// </summary>
    private static bool IsLabelledTeaser(IElement leaf)
    {
        if (leaf.LocalName is not ("p" or "div"))
        {
            return false;
        }

        var links = leaf.GetElementsByTagName("a");
        if (links.Length == 0 || !links.All(link => link.GetAttribute("href") is { } href && IsPageAddress(href)))
        {
            return false;
        }

        var text = leaf.TextContent;
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        if (colon < 0)
        {
            return false;
        }

        // The label is all the words outside the links, and it ends with its colon before the first link.
        var label = Words(text[..colon]);
        var words = WordCountOfText(leaf);
        var firstLink = text.IndexOf(links[0].TextContent.Trim(), StringComparison.Ordinal);
        return TeaserLabels.Contains(string.Join(' ', label)) && words - links.Sum(WordCountOfText) == label.Count && firstLink > colon;
    }

    /// <summary>A line whose whole text is a label from <see cref="TeaserLabels"/> ("Read also", "DON'T MISS", "More:").</summary>
    private static bool IsTeaserLabelLine(IElement leaf) =>
        leaf.QuerySelector("a, img") is null && !TextLongerThan(leaf, 60) && TeaserLabels.Contains(string.Join(' ', Words(leaf.TextContent)));

    /// <summary>
    /// A paragraph or item that is links to other pages and little else (two thirds of its words in
    /// them), not prose. A heading is not one: headings stay, they are how a screen-reader user moves
    /// through the page (a "Read also" line before a linked heading kept the heading's story, which a
    /// benchmark page counts as its article's).
    /// </summary>
    private static bool IsLinksToOtherPages(IElement leaf, Func<IElement, bool> isProse)
    {
        var links = leaf.GetElementsByTagName("a");
        return leaf.LocalName is "p" or "div" or "li" && links.Length > 0 && links.All(link => link.GetAttribute("href") is { } href && IsPageAddress(href))
            && links.Sum(WordCountOfText) * 3 >= WordCountOfText(leaf) * 2 && !isProse(leaf);
    }

    /// <summary>Verbs a call to subscribe starts with ("Subscribe to …", "Sign up for …", "Get … in your inbox", "Click here to subscribe").</summary>
    private static readonly FrozenSet<string> CallVerbs = new[]
    {
        "subscribe", "sign", "get", "click", "join", "follow", "register",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>A call to subscribe is at most this many words.</summary>
    private const int MaxCallWords = 20;

    /// <summary>Characters beyond which a block is not read as a call to subscribe (20 long words and the white space around them).</summary>
    private const int MaxCallText = 600;

    /// <summary>
    /// A short paragraph with a link that starts with a verb calling the reader to act and speaks of
    /// subscribing or a newsletter ("Subscribe to our channel for more news", "Get the latest updates
    /// in your inbox. Subscribe to our newsletters."), or offers a subscription's price ("Get the
    /// magazine delivered every month: 12 issues for £11.99", <see cref="SubscriptionPeriods"/>): the
    /// publisher's, not the story's.
    /// English only. A sentence about a newsletter ("The council's newsletter, Town Talk, will print
    /// the plan") stays, and so does an offer of one price ("Get the kettle for $25 at the shop"): a
    /// buying guide's.
    /// </summary>
    private static bool IsCallToSubscribe(IElement leaf, Func<IElement, bool> isProse)
    {
        if (leaf.LocalName is not ("p" or "div" or "h2" or "h3" or "h4" or "h5" or "h6") || TextLongerThan(leaf, MaxCallText) || leaf.QuerySelector("a[href]") is null)
        {
            return false;
        }

        var text = leaf.TextContent;
        var words = Words(text);
        return words.Count is > 0 and <= MaxCallWords && CallVerbs.Contains(words[0])
            && (words.Any(word => word.StartsWith("subscri", StringComparison.Ordinal) || word.StartsWith("newsletter", StringComparison.Ordinal))
                || Price().IsMatch(text) && words.Any(SubscriptionPeriods.Contains))
            && !isProse(leaf);
    }

    /// <summary>
    /// Words that make a price a subscription's: a number of issues, or a delivery ("12 issues for
    /// £11.99", "delivered to your door"). A period alone is not one: "a parking permit for £30 a
    /// year" is a council's service.
    /// </summary>
    private static readonly FrozenSet<string> SubscriptionPeriods = new[]
    {
        "issue", "issues", "delivered",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>A price: a currency sign or code next to a number ("£11.99", "$5", "Rs 599", "9,99 €").</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"[$£€¥₹]\s?\d|\d\s?[$£€¥₹]|\b(rs|usd|eur|gbp|inr)\.?\s?\d", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex Price();

    /// <summary>A part made of this many cards or more, alike, is a rail of teasers.</summary>
    private const int MinTeaserCards = 3;

    /// <summary>A teaser card holds at most this many words: a kicker, a headline, a line of summary.</summary>
    private const int MaxTeaserCardWords = 40;

    /// <summary>
    /// A part of the article made of three or more cards alike (the same element with the same classes)
    /// that each link to another page, each with a picture (the story's thumbnail) and no paragraph of
    /// prose, and together nearly all its text, is a rail or grid of other stories: removed. A list's
    /// items, a gallery's pictures (links to image files, figures and captions), cards without pictures
    /// (an article's own list of places, each with its heading) and a table stay.
    /// </summary>
    private static void RemoveTeaserCards(IElement article, Func<IElement, bool> isProse)
    {
        foreach (var rail in article.QuerySelectorAll("div, section").ToList())
        {
            if (rail.ChildElementCount < MinTeaserCards || !article.Contains(rail) || InsideKeptWhole(rail))
            {
                continue;
            }

            var cards = rail.Children
                .Where(child => !string.IsNullOrWhiteSpace(child.GetAttribute("class")))
                .GroupBy(child => (child.LocalName, Class: child.GetAttribute("class")!.Trim()))
                .MaxBy(group => group.Count())?.ToList();
            if (cards is null || cards.Count < MinTeaserCards || cards[0].LocalName is "li" or "tr" or "td" or "p"
                || !cards.All(card => IsTeaserCard(card, isProse)))
            {
                continue;
            }

            // Each card goes to a story of its own; and the cards are the part, not a few lines of it.
            var targets = cards.Select(card => card.QuerySelector("a[href]")!.GetAttribute("href")).Distinct(StringComparer.Ordinal).Count();
            if (targets < cards.Count || cards.Sum(WordCountOfText) * 5 < WordCountOfText(rail) * 4)
            {
                continue;
            }

            rail.Remove();
        }
    }

    /// <summary>A card: a link to another page (not a picture's file), a picture, a few words and nothing that is the article's.</summary>
    private static bool IsTeaserCard(IElement card, Func<IElement, bool> isProse)
    {
        var link = card.QuerySelector("a[href]");
        var words = WordCountOfText(card);
        return link is not null && IsPageAddress(link.GetAttribute("href")!)
            && card.QuerySelector("img, picture") is not null
            && card.QuerySelector("figure, figcaption, blockquote, table, iframe, video, audio, ul, ol") is null
            && words is > 0 and <= MaxTeaserCardWords
            && !Leaves(card).Any(isProse);
    }

    /// <summary>An address of a page: not a fragment of this one, not a script, not an image file.</summary>
    private static bool IsPageAddress(string href)
    {
        var path = href.Split('?', '#')[0].ToLowerInvariant();
        return path.Length > 0 && !href.StartsWith('#') && !href.StartsWith("javascript:", StringComparison.OrdinalIgnoreCase)
            && !(path.EndsWith(".jpg", StringComparison.Ordinal) || path.EndsWith(".jpeg", StringComparison.Ordinal) || path.EndsWith(".png", StringComparison.Ordinal)
                || path.EndsWith(".gif", StringComparison.Ordinal) || path.EndsWith(".webp", StringComparison.Ordinal) || path.EndsWith(".avif", StringComparison.Ordinal));
    }

    /// <summary>
    /// Whether the element is or sits inside a figure, a block quote or a data table
    /// (<see cref="KeptWhole"/>): read up its ancestors rather than by a selector, which takes
    /// AngleSharp's locked selector cache for every element asked.
    /// </summary>
    private static bool InsideKeptWhole(IElement element)
    {
        for (var current = element; current is not null; current = current.ParentElement)
        {
            if (IsKeptWhole(current))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>An advertisement's label, with the white space around it, is at most this many characters.</summary>
    private const int MaxLabelText = 200;

    /// <summary>Whether the element's text nodes hold more than <paramref name="limit"/> characters, counted until they do.</summary>
    private static bool TextLongerThan(IElement element, int limit)
    {
        var length = 0;
        foreach (var text in element.GetDescendants().OfType<IText>())
        {
            length += text.Data.Length;
            if (length > limit)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the text is the label of an advertisement's slot and nothing else.</summary>
    private static bool IsAdvertisementLabel(string text)
    {
        if (text.Trim().Length > MaxLabelText)
        {
            return false;
        }

        var words = Words(text);
        if (words.Count is 0 or > 2)
        {
            return false;
        }

        // 広告 is two characters, each a word to Words: joined without a space for scripts without spaces.
        return AdvertisementLabels.Contains(string.Join(' ', words)) || words.All(word => word.Length == 1) && AdvertisementLabels.Contains(string.Concat(words));
    }

    /// <summary>Whether a link's <c>rel</c> holds the token <c>tag</c> (HTML's tag links: WordPress writes <c>rel="tag"</c> and <c>rel="category tag"</c>).</summary>
    private static bool IsRelTagLink(IElement link) =>
        link.GetAttribute("rel") is { } rel && rel.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Any(token => token.Equals("tag", StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// A tag link names a page listing the site's stories on a subject: HTML's tag link
    /// (<see cref="IsRelTagLink"/>), or a link whose address is a tag or category listing's
    /// (<see cref="IsListingAddress"/>). The largest part of the article around one that is a line of
    /// tags (<see cref="IsTagLine"/>) is removed. A tag link inside a sentence stays with the sentence.
    /// </summary>
    private static void RemoveTagLines(IElement article)
    {
        // Each link's kind is read once: a line is asked about every tag link in it, for each holder.
        var relTags = new HashSet<IElement>();
        var addressTags = new HashSet<IElement>();
        foreach (var link in article.GetElementsByTagName("a"))
        {
            if (IsRelTagLink(link))
            {
                relTags.Add(link);
            }
            else if (IsListingAddress(link.GetAttribute("href")))
            {
                addressTags.Add(link);
            }
        }

        // A part is asked once, whichever of its tag links climbs to it first.
        var answers = new Dictionary<IElement, bool>();
        foreach (var link in relTags.Concat(addressTags).ToList())
        {
            if (!article.Contains(link))
            {
                continue;
            }

            IElement? line = null;
            for (var holder = link.ParentElement; holder is not null && holder != article; holder = holder.ParentElement)
            {
                if (!answers.TryGetValue(holder, out var isLine))
                {
                    isLine = !IsKeptWhole(holder) && holder.LocalName is not "figcaption" && IsTagLine(holder, relTags, addressTags);
                    answers[holder] = isLine;
                }

                if (!isLine)
                {
                    break;
                }

                line = holder;
            }

            line?.Remove();
        }
    }

    /// <summary>
    /// Whether the part is a line of tags: besides its tag links it holds at most a short label
    /// ("Tags:"), or, with a colon, a dated line of the story's metadata
    /// (<see cref="TagLineWordsAllowed"/>). A line whose tag links are known only by their addresses
    /// needs two of them and must not end as a sentence does: a site may link a name in a short
    /// sentence to its tag page ("<c>&lt;a href="/tag/jane-doe"&gt;Jane Doe&lt;/a&gt; has resigned.</c>").
    /// </summary>
    private static bool IsTagLine(IElement holder, HashSet<IElement> relTags, HashSet<IElement> addressTags)
    {
        var ownWords = WordCountOfText(holder);
        var relCount = 0;
        var addressCount = 0;
        foreach (var link in holder.GetElementsByTagName("a"))
        {
            if (relTags.Contains(link))
            {
                relCount++;
                ownWords -= WordCountOfText(link);
            }
            else if (addressTags.Contains(link))
            {
                addressCount++;
                ownWords -= WordCountOfText(link);
            }
        }

        if (ownWords > TagLineWordsAllowed(holder))
        {
            return false;
        }

        return relCount > 0 || addressCount >= 2 && !EndsAsSentence(holder);
    }

    /// <summary>Whether the element's text ends with a full stop, a question or an exclamation mark.</summary>
    private static bool EndsAsSentence(IElement element) =>
        element.TextContent.TrimEnd() is { Length: > 0 } text && text[^1] is '.' or '!' or '?' or '。' or '！' or '？';

    /// <summary>
    /// Whether the link's address marks it as a link to a related story: a value of its query string
    /// (not an address passed on, as share links do) that says <c>related</c>, <c>read more</c> or
    /// <c>recirc</c>ulation (<c>?utm_campaign=readmore_box</c>, <c>?itm_campaign=RelatedFooter</c>).
    /// </summary>
    private static bool IsRelatedStoryLink(IElement link)
    {
        var href = link.GetAttribute("href");
        var query = href?.IndexOf('?') ?? -1;
        if (query < 0)
        {
            return false;
        }

        foreach (var pair in href![(query + 1)..].Split('&', ';'))
        {
            var value = pair[(pair.IndexOf('=') + 1)..];
            if (value.Contains('/') || value.Contains("%2f", StringComparison.OrdinalIgnoreCase) || value.Contains("http", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var letters = string.Concat(value.Where(char.IsLetter)).ToLowerInvariant();
            if (letters.Contains("related", StringComparison.Ordinal) || letters.Contains("readmore", StringComparison.Ordinal) || letters.Contains("recirc", StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A list each of whose items links to a related story, or a paragraph that is mostly such links
    /// and whose every link is one (the publisher marks them so in their addresses), is a list of other
    /// stories: removed with the short label just before it ("More:"). Links without that mark, as a
    /// reference list or an article's "further reading" has, never count.
    /// </summary>
    private static void RemoveRelatedStoryLinks(IElement article, Func<IElement, bool> isProse)
    {
        var doomed = new List<IElement>();
        foreach (var block in article.QuerySelectorAll("ul, ol, p").ToList())
        {
            if (doomed.Any(done => done.Contains(block)) || InsideKeptWhole(block))
            {
                continue;
            }

            bool teasers;
            if (block.LocalName is "p")
            {
                var links = block.GetElementsByTagName("a");
                teasers = links.Length > 0 && links.All(IsRelatedStoryLink) && !IsProse(block)
                    && links.Sum(WordCountOfText) * 2 >= WordCountOfText(block);
            }
            else
            {
                var items = block.Children.Where(child => child.LocalName is "li").ToList();
                teasers = items.Count > 0 && items.All(item => item.GetElementsByTagName("a").Any(IsRelatedStoryLink) && !isProseItem(item));
            }

            if (!teasers)
            {
                continue;
            }

            doomed.Add(block);
            if (block.PreviousElementSibling is { } label && !doomed.Contains(label) && IsTeaserLabel(label))
            {
                doomed.Add(label);
            }
        }

        foreach (var block in doomed)
        {
            block.Remove();
        }

        bool isProseItem(IElement item) => item.QuerySelector("p, div") is { } inner ? Leaves(item).Any(isProse) : isProse(item);
    }

    /// <summary>A heading or a short paragraph of plain words (no links, no pictures): what labels a list of links.</summary>
    private static bool IsTeaserLabel(IElement element) =>
        element.LocalName is "h2" or "h3" or "h4" or "h5" or "h6" or "p" or "div"
        && element.QuerySelector("a, img, iframe, video, audio, table, ul, ol") is null
        && WordCountOfText(element) is > 0 and <= TeaserLabelWords;
}
