namespace A11yArticles.Testing.Checks;

/// <summary>
/// A static check of a page's HTML (no browser needed), run by
/// <see cref="AxeAssertions.AssertNoAxeViolationsAsync"/> on <c>page.ContentAsync()</c> next to axe,
/// so that one call reports both. A11yArticles.Checks provides one; a host may plug in its own.
/// </summary>
public interface IStaticHtmlCheck
{
    /// <summary>Checks one page's serialized DOM.</summary>
    /// <param name="html">The page's HTML as the browser holds it (<c>IPage.ContentAsync()</c>).</param>
    /// <param name="pageUrl">The page's URL, for messages.</param>
    /// <param name="cancellationToken">Cancels the check.</param>
    /// <returns>One readable line per finding (rule, element, fix); empty when the page passes.</returns>
    Task<IReadOnlyList<string>> CheckAsync(string html, string pageUrl, CancellationToken cancellationToken = default);
}
