using A11yArticles.Cli.Evaluation;
using AngleSharp.Html.Parser;

namespace A11yArticles.Cli.Tests.Evaluation;

/// <summary>The text the evaluation measures: what a reader sees of a rendered article.</summary>
public sealed class VisibleTextTests
{
    private static string TextOf(string body) =>
        CorpusEvaluation.VisibleText(new HtmlParser().ParseDocument($"<body>{body}</body>").Body!);

    [Fact]
    public void Blocks_never_run_into_each_other()
    {
        Assert.Equal(["first", "second"], ShingleMetric.Tokens(TextOf("<p>first</p><p>second</p>")));
    }

    [Fact]
    public void Scripts_and_styles_are_not_text()
    {
        Assert.Equal(["shown"], ShingleMetric.Tokens(TextOf("<p>shown<script>hidden()</script><style>p{}</style></p>")));
    }

    [Fact]
    public void An_inline_quotation_keeps_the_marks_the_browser_draws_around_it()
    {
        // The stylesheet draws 「…」 around <q> in Japanese: the quoted word and the one after it are
        // two words for a reader, as they are in the source the quotation came from.
        Assert.Equal(["報道によると", "脱獄", "したiPhone"], ShingleMetric.Tokens(TextOf("<p>報道によると<q>脱獄</q>したiPhone</p>")));
        Assert.Equal(["He", "said", "go", "now"], ShingleMetric.Tokens(TextOf("<p>He said <q>go</q> now</p>")));
    }
}
