namespace A11yArticles.Importers;

/// <summary>
/// Turns a source's heading levels, one heading after another, into the article's: the headline is
/// level 1, so the source's levels start at 2, a heading is never more than one level below the
/// heading it follows, and headings at the same source level under the same parent stay at the
/// same level (an <c>h4</c> after an <c>h2</c> is 3, and so is the next <c>h4</c>).
/// </summary>
/// <remarks>
/// Keeping only the last level would read <c>h2, h4, h4</c> as 2, 3, 4: the second <c>h4</c> would
/// become a sub-heading of its sibling, and a screen-reader user moving by heading level would meet
/// an outline the page never had.
/// </remarks>
internal sealed class HeadingLevels
{
    private const int Top = 2;
    private const int Deepest = 6;

    /// <summary>The open sections: each heading's source level and the level it was given, deepest on top.</summary>
    private readonly Stack<(int Source, int Given)> _open = new();

    /// <summary>The article's level for the next heading of the source.</summary>
    /// <param name="sourceLevel">The heading's level in the source (<c>h1</c>/<c>#</c> is 1).</param>
    /// <returns>A level from 2 to 6.</returns>
    public int Next(int sourceLevel)
    {
        var source = Math.Clamp(sourceLevel, Top, Deepest);
        int? sibling = null;
        while (_open.Count > 0 && _open.Peek().Source >= source)
        {
            var closed = _open.Pop();
            if (closed.Source == source)
            {
                sibling = closed.Given;
            }
        }

        var given = Math.Min(sibling ?? (_open.TryPeek(out var parent) ? parent.Given + 1 : Top), Deepest);
        _open.Push((source, given));
        return given;
    }
}
