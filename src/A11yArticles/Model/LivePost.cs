using System.Collections.Immutable;

namespace A11yArticles.Model;

/// <summary>
/// One post of a live blog (a running story that grows while people read it): when it was
/// published, an optional headline, and its body. A host keeps its posts as a list and hands the
/// whole list to the <c>LiveUpdates</c> component each time it changes; the component decides which
/// posts the reader already sees and which wait behind its "Show N new updates" button. Not part of
/// <see cref="Article"/>: the posts change while the page is open, the article does not. Immutable;
/// it knows nothing about how it is rendered.
/// </summary>
/// <param name="Id">
/// The post's stable identity (the CMS's id): it is how the component tells a new post from one the
/// reader already sees, and it becomes part of the post's element id (letters, digits, <c>-</c> and
/// <c>_</c> are kept; other characters become <c>-</c>).
/// </param>
/// <param name="Published">When the post was published; posts are shown newest first.</param>
/// <param name="Blocks">The post's body, in reading order.</param>
public sealed record LivePost(string Id, DateTimeOffset Published, ImmutableArray<Block> Blocks)
{
    /// <summary>The post's headline, if it has one; without it the post's heading is its time alone.</summary>
    public string? Headline { get; init; }
}
