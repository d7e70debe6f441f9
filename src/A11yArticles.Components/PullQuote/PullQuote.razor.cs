using System.Text.RegularExpressions;
using A11yArticles.Model;
using Microsoft.AspNetCore.Components;

namespace A11yArticles.Components;

/// <summary>
/// A pull quote. When its words are already in the body (word for word, ignoring case and
/// punctuation) it is decoration: hidden from assistive technology (<c>aria-hidden</c>), never a
/// landmark, so a screen-reader user does not hear it twice. When they are not, it is content: a
/// labelled <c>&lt;aside&gt;</c> ("Pull quote", numbered from the second on so that landmarks keep
/// distinct names), so nothing is lost.
/// </summary>
public partial class PullQuote
{
    /// <summary>The pull quote.</summary>
    [Parameter, EditorRequired]
    public PullQuoteBlock Block { get; set; } = default!;

    /// <summary>Overrides whether the pull quote repeats the body (null: work it out from the article).</summary>
    [Parameter]
    public bool? IsDecoration { get; set; }

    /// <summary>True when every word of the pull quote appears, in order, in the rest of the body.</summary>
    public bool RepeatsBody => IsDecoration ?? (Context is { } context && Repeats(context.Article, Block));

    private string Label
    {
        get
        {
            var number = 1;
            if (Context is { } context)
            {
                var ownWords = context.Article.AllBlocks.OfType<PullQuoteBlock>().Where(p => !Repeats(context.Article, p)).ToList();
                number = Math.Max(1, ownWords.FindIndex(p => ReferenceEquals(p, Block)) + 1);
            }

            return number == 1 ? Strings.PullQuote : $"{Strings.PullQuote} {number}";
        }
    }

    /// <summary>True when the words of <paramref name="pullQuote"/> appear, in order, in another block of <paramref name="article"/>.</summary>
    /// <param name="article">The article.</param>
    /// <param name="pullQuote">One of its pull quotes.</param>
    /// <returns>Whether the pull quote is decoration.</returns>
    public static bool Repeats(Article article, PullQuoteBlock pullQuote)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(pullQuote);
        var pulled = Normalize(pullQuote.PlainText);
        return pulled.Length > 0 && article.AllBlocks
            .Where(block => block is not PullQuoteBlock)
            .Select(block => Normalize(Inline.PlainTextOf(ModelTraversal.InlinesOf(block))))
            .Any(text => (" " + text + " ").Contains(" " + pulled + " ", StringComparison.Ordinal));
    }

    private static string Normalize(string text) => NonWord().Replace(text.ToLowerInvariant(), " ").Trim();

    [GeneratedRegex(@"[^\p{L}\p{N}]+")]
    private static partial Regex NonWord();
}
