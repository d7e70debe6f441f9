using System.Collections.Immutable;
using A11yArticles.Model;

namespace A11yArticles.TestSupport;

/// <summary>
/// The Markdown-like article of issue 4 (headings, figures, footnotes, pull quotes, a long quotation,
/// a list, abbreviations, foreign words, notes, related links), built in C# until the Markdown
/// importer exists. Every part of the component library appears in it at least once.
/// </summary>
internal static class RichArticle
{
    public const string FileName = "rich-article.txt";

    private static ImmutableArray<Inline> Text(string text) => [new TextInline(text)];

    private static ParagraphBlock P(params Inline[] inlines) => new([.. inlines]);

    private static TextInline T(string text) => new(text);

    public static Article Create() => new(
        "How a town rebuilt its bridge in the open",
        [
            P(T("When the old bridge over the Ell closed in March, the town council did something unusual: it published every plan, every cost and every objection, and asked residents to read them."), new FootnoteReferenceInline("1")),
            new HeadingBlock(2, Text("The plan")),
            P(T("Engineers from the "), new AbbreviationInline("RDA", "Regional Development Agency"), T(" proposed three designs. The "), new AbbreviationInline("RDA", "Regional Development Agency"), T(" also paid for a model that visitors could touch.")),
            new FigureBlock(new Image("bridge-model.svg", "A wooden model of a low, three-span bridge with ramps at both ends")) { Caption = Text("The model in the town hall."), Credit = "Photo: Town archive" },
            P(T("The mayor called it "), new QuotationInline(Text("a bridge that everyone can cross, and everyone can understand")) { Speaker = "Mayor Ruth Adeyemi" }, T("."), new FootnoteReferenceInline("1")),
            new PullQuoteBlock(Text("a bridge that everyone can cross")),
            new HeadingBlock(3, Text("What residents asked for")),
            new ListBlock(false, [
                new ListItem([P(T("Ramps instead of steps at both ends"))]),
                new ListItem([P(T("Lighting that does not dazzle"))]),
                new ListItem([P(T("Benches every hundred metres"))]),
            ]),
            new HeadingBlock(2, Text("The objections")),
            new QuoteBlock([
                P(T("We were told it would take two years.")),
                P(T("It took fourteen months, and we knew why at every step.")),
            ]) { Speaker = "Tomás Ferreira, baker" },
            P(T("Some neighbours objected to the name, "), new ForeignInline("cy", Text("Pont y Bobl")), T(", and to a sign in "), new ForeignInline("ar", Text("جسر الناس")) { Direction = TextDirection.RightToLeft }, T("; both stayed."), new FootnoteReferenceInline("2")),
            new PullQuoteBlock(Text("Openness cost less than the lawsuits it prevented")) { Speaker = "Town treasurer" },
            new HeadingBlock(2, Text("What it cost")),
            P(T("The final cost was "), new EmphasisInline(EmphasisKind.Strong, Text("£4.2 million")), T(", see the "), new LinkInline("https://example.org/bridge/costs", Text("published accounts")), T(".")),
            new ThematicBreakBlock(),
            P(T("The "), new AbbreviationInline("RDA", "Regional Development Agency"), T(" plans to use the same process for the school.")),
        ])
    {
        Standfirst = "Fourteen months, three designs and one public model: what happened when a council built in the open.",
        Authors = [new Author("Ana Lima") { Url = "https://example.org/authors/ana-lima" }, new Author("Sam Okafor")],
        Dateline = "Ellbridge",
        Published = new DateTimeOffset(2026, 5, 4, 9, 0, 0, TimeSpan.FromHours(1)),
        Updated = new DateTimeOffset(2026, 5, 5, 16, 30, 0, TimeSpan.FromHours(1)),
        Language = "en",
        SiteName = "The Example Courier",
        Tags = ["Infrastructure", "Local government"],
        Footnotes =
        [
            new Footnote("1", [P(T("Council minutes, 12 March 2026."))]),
            new Footnote("2", [P(T("Letters to the council, April 2026."))]),
        ],
        RelatedLinks =
        [
            new RelatedLink("The bridge closes for repairs", "https://example.org/bridge/closure"),
            new RelatedLink("Three designs, one vote", "https://example.org/bridge/vote"),
        ],
        Notes =
        [
            new Note(NoteKind.Correction, Text("An earlier version gave the wrong length of the works.")) { Date = new DateTimeOffset(2026, 5, 5, 0, 0, 0, TimeSpan.Zero) },
            new Note(NoteKind.Update, Text("Adds the final cost.")),
        ],
    };

    /// <summary>An article of <paramref name="paragraphs"/> paragraphs with quotations, for measuring speed.</summary>
    public static Article Long(int paragraphs) => new(
        "A long article",
        [.. Enumerable.Range(1, paragraphs).Select(i => (Block)P(
            T($"Paragraph {i} has some words before "),
            new QuotationInline(Text($"a quotation number {i} that somebody said")),
            T(" and some words after it, to be about as long as a paragraph of news.")))])
    {
        Standfirst = "One hundred paragraphs.",
        Authors = [new Author("A. Writer")],
        Published = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero),
    };
}
