using System.Collections.Immutable;
using System.Text.RegularExpressions;
using A11yArticles.Model;
using AngleSharp.Dom;

namespace A11yArticles.Cli.Evaluation;

/// <summary>
/// How much of the structure a screen-reader user navigates by survives from a page's reference
/// (Readability's <c>expected.html</c>) into our article model: headings (text, in order, with the
/// same rise and fall of levels), lists and their items, figures with their captions, images with
/// their alt text (and no alt text we invented), block quotations and their speakers, tables with
/// header cells, links, and the language and direction of the article and of its foreign passages.
/// Each kind counts what the reference has and how much of it we kept; texts are compared without
/// white space and quotation marks, case ignored.
/// </summary>
internal static partial class Preservation
{
    /// <summary>The kinds, in the order of the table's columns.</summary>
    public static readonly ImmutableArray<string> Kinds =
        ["headings", "lists", "list items", "figure captions", "image alt", "block quotes", "quote speakers", "table headers", "links", "lang/dir"];

    /// <summary>The share of each kind that must be kept, over the whole corpus.</summary>
    public const double Target = 0.95;

    /// <summary>Measures one page.</summary>
    /// <param name="expected">The reference's root element.</param>
    /// <param name="article">Our article.</param>
    /// <param name="sourceAlts">Every alt text of the source page, to tell an alt text we kept from one we invented.</param>
    /// <param name="languageAndDirectionMatch">How many of the article's language and direction match the reference (0 to 2).</param>
    /// <param name="pageLanguage">The reference's language: a passage marked with the language around it is not a change of language.</param>
    public static PagePreservation Measure(IElement expected, Article article, IReadOnlySet<string> sourceAlts, int languageAndDirectionMatch, string pageLanguage)
    {
        var blocks = article.AllBlocks.ToList();
        var counts = new Dictionary<string, (int Expected, int Kept)>();
        var missed = new List<string>();
        bool Note(bool kept, string kind, string text)
        {
            if (!kept)
            {
                missed.Add($"{kind}: {(text.Length > 60 ? text[..60] : text)}");
            }

            return kept;
        }


        // Headings: the headline is our level 1; the reference's headings must appear in our order.
        var ourHeadings = new List<(int Level, string Text)> { (1, Normalize(article.Headline)) };
        ourHeadings.AddRange(blocks.OfType<HeadingBlock>().Select(heading => (heading.Level, Normalize(heading.PlainText))));
        var expectedHeadings = expected.QuerySelectorAll("h1, h2, h3, h4, h5, h6")
            .Select(heading => (Level: heading.LocalName[1] - '0', Text: Normalize(heading.TextContent)))
            .Where(heading => heading.Text.Length > 0)
            .ToList();
        counts["headings"] = (expectedHeadings.Count, HeadingsKept(expectedHeadings, ourHeadings, missed));

        // Lists and items: an item is kept when one of our list items has its text; a list when its first item is kept in one of our lists.
        var ourLists = blocks.OfType<ListBlock>().ToList();
        var ourItems = Multiset(ourLists.SelectMany(list => list.Items).Select(item => Normalize(ItemText(item))));
        var ourFirstItems = Multiset(ourLists.Where(list => !list.Items.IsEmpty).Select(list => Normalize(ItemText(list.Items[0]))));
        var expectedLists = expected.QuerySelectorAll("ul, ol").Where(list => list.Children.Any(child => child.LocalName == "li")).ToList();
        var expectedItems = expectedLists.SelectMany(list => list.Children.Where(child => child.LocalName == "li")).Select(item => Normalize(OwnText(item))).Where(text => text.Length > 0).ToList();
        counts["lists"] = (expectedLists.Count, expectedLists.Count(list => FirstItemKept(list)));
        bool FirstItemKept(IElement list)
        {
            var first = Normalize(OwnText(list.Children.First(child => child.LocalName == "li")));
            return Note(Take(ourFirstItems, first), "list", first);
        }

        counts["list items"] = (expectedItems.Count, expectedItems.Count(item => Take(ourItems, item)));

        // Figures with captions: the caption's words are our figure's caption and credit, as its
        // figcaption shows them (or a quotation figure's speaker).
        // (the credit before the caption or after it, as references put it either way).
        var ourCaptions = blocks.OfType<FigureBlock>()
            .Select(figure => (Caption: Normalize(Inline.PlainTextOf(figure.Caption)), Credit: figure.Credit is null ? "" : Normalize(figure.Credit))).ToList();
        var expectedCaptions = expected.QuerySelectorAll("figure > figcaption").Where(caption => caption.ParentElement!.QuerySelector("img, picture") is not null)
            .Select(caption => Normalize(caption.TextContent)).Where(text => text.Length > 0).ToList();
        counts["figure captions"] = (expectedCaptions.Count, expectedCaptions.Count(caption => Note(TakeCaption(ourCaptions, caption), "caption", caption)));

        // Images with alt text: kept when one of our images has the same alt; invented when ours has an alt the source never had.
        var ourImages = blocks.OfType<FigureBlock>().Select(figure => figure.Image).ToList();
        var ourAlts = Multiset(ourImages.Where(image => !string.IsNullOrWhiteSpace(image.Alt)).Select(image => Normalize(image.Alt!)));
        var expectedAlts = expected.QuerySelectorAll("img[alt]").Select(image => Normalize(image.GetAttribute("alt")!)).Where(alt => alt.Length > 0).ToList();
        counts["image alt"] = (expectedAlts.Count, expectedAlts.Count(alt => Take(ourAlts, alt)));
        var invented = ourImages.Count(image => !string.IsNullOrWhiteSpace(image.Alt) && !sourceAlts.Contains(Normalize(image.Alt!)));

        // Block quotations: kept when one of our quote blocks starts with the reference's first words; the speaker when the reference names one.
        var ourQuotes = blocks.OfType<QuoteBlock>().Select(quote => (Text: Normalize(BlocksText(quote.Blocks)), quote.Speaker)).ToList();
        // A blockquote that holds nothing but tables indents them (the checker's A11Y-QUOTE-001): it is not a quotation to keep.
        var expectedQuotes = expected.QuerySelectorAll("blockquote").Where(quote => !IndentsTables(quote)).Select(quote => (Text: Normalize(QuoteText(quote)), Speaker: Attribution(quote))).Where(quote => quote.Text.Length > 0).ToList();
        var quotesKept = 0;
        var speakersExpected = 0;
        var speakersKept = 0;
        foreach (var quote in expectedQuotes)
        {
            var opening = Opening(quote.Text);
            var match = ourQuotes.FindIndex(ours => Opening(ours.Text) == opening || ours.Text.Contains(opening, StringComparison.Ordinal));
            if (Note(match >= 0, "quote", quote.Text))
            {
                quotesKept++;
            }

            if (quote.Speaker is { } speaker)
            {
                speakersExpected++;
                if (match >= 0 && ourQuotes[match].Speaker is { } ours && Normalize(ours).Contains(speaker, StringComparison.Ordinal))
                {
                    speakersKept++;
                }
            }

            if (match >= 0)
            {
                ourQuotes.RemoveAt(match);
            }
        }

        counts["block quotes"] = (expectedQuotes.Count, quotesKept);
        counts["quote speakers"] = (speakersExpected, speakersKept);

        // Tables with header cells: kept when one of our tables has every header cell of the reference's table as a header cell.
        var ourTables = blocks.OfType<TableBlock>()
            .Select(table => Multiset(table.Rows.SelectMany(row => row.Cells).Where(cell => cell.IsHeader).Select(cell => Normalize(cell.PlainText))))
            .Where(headers => headers.Count > 0)
            .ToList();
        var expectedTables = expected.QuerySelectorAll("table").Where(table => table.QuerySelector("th") is not null).ToList();
        counts["table headers"] = (expectedTables.Count, expectedTables.Count(table => Note(TableKept(table), "table", Normalize(table.TextContent))));
        bool TableKept(IElement table)
        {
            var headers = table.QuerySelectorAll("th").Where(th => th.Closest("table") == table).Select(th => Normalize(th.TextContent)).Where(text => text.Length > 0).ToList();
            var match = ourTables.FindIndex(ours => headers.GroupBy(text => text).All(group => ours.GetValueOrDefault(group.Key) >= group.Count()));
            if (match < 0)
            {
                return false;
            }

            ourTables.RemoveAt(match);
            return true;
        }

        // Links: kept when one of our links has the reference link's words.
        var ourLinks = Multiset(blocks.SelectMany(block => ModelTraversal.InlinesOf(block)).SelectMany(ModelTraversal.DescendantsAndSelf).OfType<LinkInline>().Select(link => Normalize(Inline.PlainTextOf(link.Inlines))));
        var expectedLinks = expected.QuerySelectorAll("a[href]").Select(link => Normalize(link.TextContent)).Where(text => text.Length > 0).ToList();
        counts["links"] = (expectedLinks.Count, expectedLinks.Count(link => Take(ourLinks, link)));

        // Language and direction: the article's two, plus each passage the reference marks with a
        // language other than the one around it (a wrapper that repeats the page's lang changes nothing,
        // and the model rightly has no foreign passage for it).
        var ourForeign = Multiset(blocks.SelectMany(block => ModelTraversal.InlinesOf(block)).SelectMany(ModelTraversal.DescendantsAndSelf).OfType<ForeignInline>().Select(foreign => foreign.Language.ToLowerInvariant()));
        var expectedForeign = expected.QuerySelectorAll("[lang]")
            .Select(element => (Lang: element.GetAttribute("lang")!.Trim().ToLowerInvariant(), Around: LanguageAround(element, pageLanguage)))
            .Where(passage => passage.Lang.Length > 0 && passage.Lang != passage.Around)
            .Select(passage => passage.Lang).ToList();
        counts["lang/dir"] = (2 + expectedForeign.Count, languageAndDirectionMatch + expectedForeign.Count(lang => Take(ourForeign, lang)));

        return new PagePreservation(counts.ToImmutableDictionary(), invented) { Missed = missed };
    }

    /// <summary>Takes the first of our figures whose caption and credit, in either order, are the reference's caption.</summary>
    private static bool TakeCaption(List<(string Caption, string Credit)> ours, string expected)
    {
        var found = ours.FindIndex(figure => figure.Caption + figure.Credit == expected || figure.Credit + figure.Caption == expected);
        if (found < 0)
        {
            return false;
        }

        ours.RemoveAt(found);
        return true;
    }

    /// <summary>The language in force around an element of the reference: its nearest ancestor's <c>lang</c>, else the page's.</summary>
    private static string LanguageAround(IElement element, string pageLanguage)
    {
        for (var ancestor = element.ParentElement; ancestor is not null; ancestor = ancestor.ParentElement)
        {
            if (ancestor.GetAttribute("lang")?.Trim() is { Length: > 0 } lang)
            {
                return lang.ToLowerInvariant();
            }
        }

        return pageLanguage.Trim().ToLowerInvariant();
    }

    /// <summary>Reference headings found in our headings in the same order, each with the same step of level (deeper, same, higher) as from the heading kept before it.</summary>
    private static int HeadingsKept(List<(int Level, string Text)> expected, List<(int Level, string Text)> ours, List<string> missed)
    {
        var kept = 0;
        var next = 0;
        (int Level, int OurLevel)? previous = null;
        foreach (var heading in expected)
        {
            var found = ours.FindIndex(next, candidate => candidate.Text == heading.Text);
            if (found < 0)
            {
                missed.Add($"heading: {heading.Text}");
                continue;
            }

            var ourLevel = ours[found].Level;
            if (previous is not { } before || Math.Sign(heading.Level - before.Level) == Math.Sign(ourLevel - before.OurLevel))
            {
                kept++;
            }

            previous = (heading.Level, ourLevel);
            next = found + 1;
        }

        return kept;
    }

    private static string BlocksText(ImmutableArray<Block> blocks) =>
        string.Join(' ', ModelTraversal.Descendants(blocks).Select(block => Inline.PlainTextOf(ModelTraversal.InlinesOf(block))));

    private static string ItemText(ListItem item) => string.Join(' ', item.Blocks.Where(block => block is not ListBlock).SelectMany(block => ModelTraversal.InlinesOf(block)).Select(inline => Inline.PlainTextOf([inline])));

    /// <summary>An element's text without that of the lists nested in it.</summary>
    private static string OwnText(IElement element)
    {
        var text = new System.Text.StringBuilder();
        var stack = new Stack<INode>();
        stack.Push(element);
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            if (node is IText run)
            {
                text.Append(run.Data);
                continue;
            }

            if (node != element && node is IElement { LocalName: "ul" or "ol" })
            {
                continue;
            }

            text.Append(' ');
            for (var i = node.ChildNodes.Length - 1; i >= 0; i--)
            {
                stack.Push(node.ChildNodes[i]);
            }
        }

        return text.ToString();
    }

    /// <summary>True for a blockquote whose only content is tables (and white space).</summary>
    private static bool IndentsTables(IElement quote) =>
        quote.Children.Length > 0 && quote.Children.All(child => child.LocalName == "table")
        && quote.ChildNodes.OfType<IText>().All(text => string.IsNullOrWhiteSpace(text.Data));

    /// <summary>A blockquote's words without its attribution (footer, cite element, figure caption).</summary>
    private static string QuoteText(IElement quote)
    {
        var copy = (IElement)quote.Clone(deep: true);
        foreach (var attribution in copy.QuerySelectorAll("footer, cite").ToList())
        {
            attribution.Remove();
        }

        return copy.TextContent;
    }

    /// <summary>The name a blockquote's footer, cite element or enclosing figure's caption gives, if any.</summary>
    private static string? Attribution(IElement quote)
    {
        var element = quote.Children.LastOrDefault(child => child.LocalName is "footer" or "cite")
            ?? (quote.ParentElement is { LocalName: "figure" } figure ? figure.Children.FirstOrDefault(child => child.LocalName == "figcaption") : null);
        if (element is null)
        {
            return null;
        }

        var name = Normalize(element.TextContent).TrimStart('—', '–', '―', '-', '~');
        return name.Length is > 0 and <= 200 ? name : null;
    }

    /// <summary>The first words of a quotation, enough to know it again.</summary>
    private static string Opening(string text) => text.Length <= 40 ? text : text[..40];

    private static Dictionary<string, int> Multiset(IEnumerable<string> values)
    {
        var set = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var value in values)
        {
            set[value] = set.GetValueOrDefault(value) + 1;
        }

        return set;
    }

    private static bool Take(Dictionary<string, int> set, string value)
    {
        if (set.TryGetValue(value, out var count) && count > 0)
        {
            set[value] = count - 1;
            return true;
        }

        return false;
    }

    /// <summary>The text without white space (pages and our model put spaces at element boundaries differently), case ignored, without the quotation marks our model leaves to the renderer.</summary>
    internal static string Normalize(string text) =>
        Space().Replace(Marks().Replace(text, ""), "").ToLowerInvariant();

    [GeneratedRegex(@"[\s\u00A0\u200B]+")]
    private static partial Regex Space();

    [GeneratedRegex(@"[“”‘’""«»„‚‹›「」『』]")]
    private static partial Regex Marks();
}

/// <summary>One page's preservation: per kind, what the reference has and what we kept; and alt texts we invented (must be none).</summary>
internal sealed record PagePreservation(ImmutableDictionary<string, (int Expected, int Kept)> Counts, int InventedAlts)
{
    /// <summary>What was not kept: headings, lists (by first item), captions and quotations, for <c>--verbose</c>.</summary>
    public IReadOnlyList<string> Missed { get; init; } = [];
}
