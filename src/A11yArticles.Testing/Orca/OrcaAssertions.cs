using System.Globalization;
using System.Text;

namespace A11yArticles.Testing.Orca;

/// <summary>
/// What a screen-reader user must hear, checked on what Orca really says. Each assertion presses its
/// own keys on the page <see cref="OrcaScreenReader"/> shows (it reloads the page first, so they can
/// run one after another), returns what Orca said, and throws <see cref="A11yAssertionException"/>
/// with one readable line per problem when the page fails.
/// </summary>
public static class OrcaAssertions
{
    /// <summary>
    /// Loads the page again, presses Tab and Enter, and checks what Orca says after Enter: the first
    /// Tab reaches a link; after Enter the reader hears the page's headline (its first level-1
    /// heading) without pressing another key; and nothing is announced as "clickable" (noise that a
    /// click listener on an ancestor, such as the document, makes Chromium expose).
    /// </summary>
    /// <param name="orca">The running reader.</param>
    /// <param name="cancellationToken">Stops waiting.</param>
    /// <returns>Everything Orca said from the load on.</returns>
    /// <exception cref="A11yAssertionException">The page fails.</exception>
    public static async Task<IReadOnlyList<SpokenPhrase>> AssertSkipLinkSpeaksHeadlineAsync(this OrcaScreenReader orca, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(orca);
        var url = PageUrl(orca);
        var headline = await HeadlineAsync(orca);
        var heard = new List<SpokenPhrase>(await orca.LoadAsync(url, cancellationToken));
        var tab = await orca.PressAsync(OrcaKeys.Tab, cancellationToken);
        heard.AddRange(tab);
        var enter = await orca.PressAsync(OrcaKeys.Enter, cancellationToken);
        heard.AddRange(enter);

        var problems = new List<string>();
        if (!tab.Any(phrase => Words(phrase.Text).Contains("link")))
        {
            problems.Add($"the first Tab should reach the skip link, but Orca said {Quote(tab)}.");
        }

        if (headline is null)
        {
            problems.Add("the page has no level-1 heading, so the reader cannot hear a headline.");
        }
        else if (!ContainsRun(Words(string.Join(' ', enter.Select(phrase => phrase.Text))), Words(headline)))
        {
            problems.Add(
                $"after Tab and Enter on the skip link Orca said {Quote(enter)}, not the headline \"{headline}\": " +
                "the reader must press another key to learn where they are. Let focus land on the headline (or on an element named by it).");
        }

        var noise = enter.Where(phrase => Words(phrase.Text).Contains("clickable")).ToList();
        if (noise.Count > 0)
        {
            problems.Add(
                $"after Enter on the skip link Orca said \"clickable\" ({Quote(noise)}): a click, mousedown or mouseup listener on an ancestor " +
                "of the focused element (the document or the window included) makes Chromium expose it as clickable. Listen on the link itself.");
        }

        Throw("AssertSkipLinkSpeaksHeadlineAsync", url, problems);
        return heard;
    }

    /// <summary>
    /// Reads the page from the top with say all (or checks <paramref name="sayAll"/>) and checks the
    /// quotations: each quotation shown on screen (inline <c>&lt;q&gt;</c> and <c>&lt;blockquote&gt;</c>,
    /// also one hidden from assistive technology) is heard exactly once (never lost,
    /// never twice, as a pull quote that repeats the body would be), and a block quotation whose speaker
    /// the page shows (a <c>figcaption</c> or <c>cite</c>) is heard with its speaker, before the next quotation.
    /// </summary>
    /// <param name="orca">The running reader.</param>
    /// <param name="sayAll">A say-all from the top already heard on this page (<see cref="ReadAllFromTopAsync"/>); <see langword="null"/> to read it now.</param>
    /// <param name="cancellationToken">Stops waiting.</param>
    /// <returns>The say-all.</returns>
    /// <exception cref="A11yAssertionException">The page fails.</exception>
    public static async Task<IReadOnlyList<SpokenPhrase>> AssertQuotationsHeardOnceAsync(this OrcaScreenReader orca, IReadOnlyList<SpokenPhrase>? sayAll = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(orca);
        sayAll ??= await orca.ReadAllFromTopAsync(cancellationToken);
        var quotations = await ShownQuotationsAsync(orca);
        var heard = Words(string.Join(' ', sayAll.Where(phrase => phrase.Key == OrcaKeys.SayAll).Select(phrase => phrase.Text)));
        var problems = new List<string>();
        var positions = new List<(ShownQuotation Quotation, int At)>();
        foreach (var quotation in quotations)
        {
            var words = Words(quotation.Text);
            if (words.Count == 0)
            {
                continue;
            }

            var at = Occurrences(heard, words);
            if (at.Count == 0)
            {
                problems.Add($"quotation never heard: \"{Shorten(quotation.Text)}\" is on the page, but say all never speaks it.");
            }
            else if (at.Count > 1)
            {
                problems.Add($"quotation heard {at.Count} times: \"{Shorten(quotation.Text)}\" (a pull quote that repeats the body must be hidden from assistive technology).");
            }

            if (at.Count > 0)
            {
                positions.Add((quotation, at[0] + words.Count));
            }
        }

        positions.Sort((a, b) => a.At.CompareTo(b.At));
        for (var i = 0; i < positions.Count; i++)
        {
            var (quotation, end) = positions[i];
            if (quotation.Kind != "block" || string.IsNullOrWhiteSpace(quotation.Speaker))
            {
                continue;
            }

            var next = i + 1 < positions.Count ? positions[i + 1].At - Words(positions[i + 1].Quotation.Text).Count : heard.Count;
            var window = heard.Skip(end).Take(Math.Max(0, next - end)).ToList();
            if (!ContainsRun(window, Words(quotation.Speaker)))
            {
                problems.Add($"speaker not heard: the quotation \"{Shorten(quotation.Text)}\" shows its speaker \"{quotation.Speaker}\", but Orca does not say it after the quotation.");
            }
        }

        Throw("AssertQuotationsHeardOnceAsync", PageUrl(orca), problems);
        return sayAll;
    }

    /// <summary>
    /// Reads the page from the top with say all (or checks <paramref name="sayAll"/>) and checks that
    /// nothing is heard twice: no phrase of five words or more is spoken again, on its own or inside
    /// another phrase. A link to a part of the same page named like that part (a table of contents
    /// entry and its heading) is not counted.
    /// </summary>
    /// <param name="orca">The running reader.</param>
    /// <param name="sayAll">A say-all from the top already heard on this page; <see langword="null"/> to read it now.</param>
    /// <param name="cancellationToken">Stops waiting.</param>
    /// <returns>The say-all.</returns>
    /// <exception cref="A11yAssertionException">Something is heard twice.</exception>
    public static async Task<IReadOnlyList<SpokenPhrase>> AssertNothingHeardTwiceAsync(this OrcaScreenReader orca, IReadOnlyList<SpokenPhrase>? sayAll = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(orca);
        sayAll ??= await orca.ReadAllFromTopAsync(cancellationToken);
        var samePageLinks = (await orca.Page.EvaluateAsync<string[]>("""
            () => [...document.querySelectorAll('a[href]')]
                .filter(a => a.hash && a.pathname === location.pathname)
                .map(a => a.textContent)
            """)).Select(name => string.Join(' ', Words(name))).ToHashSet(StringComparer.Ordinal);
        var phrases = sayAll
            .Where(phrase => phrase.Key == OrcaKeys.SayAll)
            .Select(phrase => (phrase.Text, Words: Words(phrase.Text)))
            .Where(phrase => !samePageLinks.Contains(string.Join(' ', phrase.Words)))
            .ToList();
        var problems = new List<string>();
        var reported = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < phrases.Count; i++)
        {
            if (phrases[i].Words.Count < 5)
            {
                continue;
            }

            for (var j = 0; j < phrases.Count; j++)
            {
                if (i != j && (j > i || phrases[j].Words.Count > phrases[i].Words.Count) && ContainsRun(phrases[j].Words, phrases[i].Words)
                    && reported.Add(string.Join(' ', phrases[i].Words)))
                {
                    problems.Add(phrases[j].Words.Count == phrases[i].Words.Count
                        ? $"heard twice: \"{Shorten(phrases[i].Text)}\"."
                        : $"heard twice: \"{Shorten(phrases[i].Text)}\", and again inside \"{Shorten(phrases[j].Text)}\".");
                }
            }
        }

        Throw("AssertNothingHeardTwiceAsync", PageUrl(orca), problems);
        return sayAll;
    }

    /// <summary>
    /// Loads the page again and jumps through it with H, then (after loading it again) with Q, and
    /// checks that the headings and the block quotes shown on screen are reached in order: every
    /// heading with its text and level, every block quote by its first words, none left out.
    /// </summary>
    /// <param name="orca">The running reader.</param>
    /// <param name="cancellationToken">Stops waiting.</param>
    /// <returns>Everything Orca said, from the first load on.</returns>
    /// <exception cref="A11yAssertionException">A heading or block quote is missed, out of order, or announced without its level.</exception>
    public static async Task<IReadOnlyList<SpokenPhrase>> AssertHeadingsAndBlockQuotesInOrderAsync(this OrcaScreenReader orca, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(orca);
        var url = PageUrl(orca);
        var shown = await orca.Page.EvaluateAsync<ShownElement[]>("""
            () => {
                const visible = element => {
                    const style = getComputedStyle(element);
                    const box = element.getBoundingClientRect();
                    return style.visibility !== 'hidden' && box.width > 1 && box.height > 1;
                };
                return [...document.querySelectorAll('h1, h2, h3, h4, h5, h6, [role="heading"], blockquote')]
                    .filter(visible)
                    .map(element => ({
                        kind: element.tagName === 'BLOCKQUOTE' ? 'blockquote' : 'heading',
                        level: element.tagName === 'BLOCKQUOTE' ? 0 : Number(element.getAttribute('aria-level') || element.tagName.slice(1)) || 2,
                        text: element.innerText,
                    }));
            }
            """);
        var heard = new List<SpokenPhrase>(await orca.LoadAsync(url, cancellationToken));
        var headingStops = await orca.JumpThroughAsync(OrcaKeys.NextHeading, cancellationToken: cancellationToken);
        heard.AddRange(headingStops.SelectMany(stop => stop));
        heard.AddRange(await orca.LoadAsync(url, cancellationToken));
        var quoteStops = await orca.JumpThroughAsync(OrcaKeys.NextBlockQuote, cancellationToken: cancellationToken);
        heard.AddRange(quoteStops.SelectMany(stop => stop));

        var problems = new List<string>();
        Compare("H", shown.Where(e => e.Kind == "heading").ToList(), headingStops, problems, (element, words) =>
            StartsWithRun(words, Words(element.Text)) && ContainsRun(words, Words($"heading level {element.Level}")));
        Compare("Q", shown.Where(e => e.Kind == "blockquote").ToList(), quoteStops, problems, (element, words) =>
            ContainsRun(words, Words(element.Text).Take(6).ToList()));
        Throw("AssertHeadingsAndBlockQuotesInOrderAsync", url, problems);
        return heard;
    }

    /// <summary>Loads the page again and reads it from the top with say all.</summary>
    /// <param name="orca">The running reader.</param>
    /// <param name="cancellationToken">Stops waiting.</param>
    /// <returns>What Orca said at the load (key <see cref="OrcaScreenReader.LoadKey"/>) and in the say all (key <see cref="OrcaKeys.SayAll"/>).</returns>
    public static async Task<IReadOnlyList<SpokenPhrase>> ReadAllFromTopAsync(this OrcaScreenReader orca, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(orca);
        var heard = new List<SpokenPhrase>(await orca.LoadAsync(PageUrl(orca), cancellationToken));
        heard.AddRange(await orca.SayAllAsync(cancellationToken));
        return heard;
    }

    private static void Compare(
        string key,
        IReadOnlyList<ShownElement> shown,
        IReadOnlyList<IReadOnlyList<SpokenPhrase>> stops,
        List<string> problems,
        Func<ShownElement, IReadOnlyList<string>, bool> matches)
    {
        var what = key == "H" ? "heading" : "block quote";
        for (var i = 0; i < Math.Max(shown.Count, stops.Count); i++)
        {
            var words = i < stops.Count ? Words(string.Join(' ', stops[i].Select(phrase => phrase.Text))) : [];
            if (i >= stops.Count)
            {
                problems.Add($"{key} never reaches the {Ordinal(i + 1)} {what} shown on screen: \"{Shorten(shown[i].Text)}\" ({key} stopped after {stops.Count}).");
                break;
            }

            if (i >= shown.Count)
            {
                problems.Add($"{key} stop {i + 1} ({Quote(stops[i])}) is no {what} shown on screen.");
                break;
            }

            if (!matches(shown[i], words))
            {
                problems.Add($"{key} stop {i + 1}: Orca said {Quote(stops[i])}, but the {Ordinal(i + 1)} {what} shown on screen is \"{Shorten(shown[i].Text)}\"" +
                    (key == "H" ? $" (level {shown[i].Level})." : "."));
                break;
            }
        }
    }

    private static string PageUrl(OrcaScreenReader orca)
    {
        var url = orca.Page.Url;
        var hash = url.IndexOf('#', StringComparison.Ordinal);
        return hash < 0 ? url : url[..hash];
    }

    // The page's facts come from the DOM, never from Chromium's accessibility domain of the DevTools
    // protocol: using that domain resets the accessibility tree Orca is reading, and stalls its say all.
    private static async Task<string?> HeadlineAsync(OrcaScreenReader orca)
    {
        var headline = await orca.Page.EvaluateAsync<string?>("""
            () => {
                const h1 = [...document.querySelectorAll('h1, [role="heading"][aria-level="1"]')]
                    .find(element => element.getClientRects().length > 0 && !element.closest('[aria-hidden="true"]'));
                return h1 ? h1.innerText.trim() : null;
            }
            """);
        return string.IsNullOrWhiteSpace(headline) ? null : headline;
    }

    private static async Task<ShownQuotation[]> ShownQuotationsAsync(OrcaScreenReader orca) =>
        await orca.Page.EvaluateAsync<ShownQuotation[]>("""
            () => [...document.querySelectorAll('q, blockquote')]
                .filter(element => element.getClientRects().length > 0 && getComputedStyle(element).visibility !== 'hidden')
                .map(element => {
                    let speaker = null;
                    if (element.tagName === 'BLOCKQUOTE') {
                        const figure = element.closest('figure');
                        const caption = figure && figure.querySelector(':scope > figcaption');
                        const cite = element.querySelector('cite');
                        speaker = caption ? caption.innerText : cite ? cite.innerText : null;
                    }
                    return { kind: element.tagName === 'Q' ? 'inline' : 'block', text: element.innerText, speaker: speaker };
                })
            """);

    private static void Throw(string check, string url, List<string> problems)
    {
        if (problems.Count > 0)
        {
            throw new A11yAssertionException(check, url, problems);
        }
    }

    private static string Quote(IEnumerable<SpokenPhrase> phrases)
    {
        var list = phrases.Select(phrase => $"\"{phrase.Text}\"").ToList();
        return list.Count == 0 ? "nothing" : string.Join(", ", list);
    }

    private static string Shorten(string text)
    {
        text = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return text.Length <= 80 ? text : text[..79] + "…";
    }

    private static string Ordinal(int n) => n + (n % 100 is 11 or 12 or 13 ? "th" : (n % 10) switch { 1 => "st", 2 => "nd", 3 => "rd", _ => "th" });

    /// <summary>Lower-case words of letters and digits: what speech says, whatever the punctuation, quotation marks and CSS capitals.</summary>
    internal static List<string> Words(string text)
    {
        var words = new List<string>();
        var word = new StringBuilder();
        foreach (var c in text.Normalize(NormalizationForm.FormC))
        {
            if (char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark)
            {
                word.Append(char.ToLowerInvariant(c));
            }
            else if (word.Length > 0 && c is not ('\'' or '’' or '\u00AD'))
            {
                words.Add(word.ToString());
                word.Clear();
            }
        }

        if (word.Length > 0)
        {
            words.Add(word.ToString());
        }

        return words;
    }

    private static List<int> Occurrences(IReadOnlyList<string> haystack, IReadOnlyList<string> needle)
    {
        var found = new List<int>();
        for (var i = 0; needle.Count > 0 && i + needle.Count <= haystack.Count; i++)
        {
            if (RunAt(haystack, needle, i))
            {
                found.Add(i);
                i += needle.Count - 1;
            }
        }

        return found;
    }

    internal static bool ContainsRun(IReadOnlyList<string> haystack, IReadOnlyList<string> needle) =>
        needle.Count > 0 && Occurrences(haystack, needle).Count > 0;

    private static bool StartsWithRun(IReadOnlyList<string> haystack, IReadOnlyList<string> needle) =>
        needle.Count > 0 && needle.Count <= haystack.Count && RunAt(haystack, needle, 0);

    private static bool RunAt(IReadOnlyList<string> haystack, IReadOnlyList<string> needle, int at)
    {
        for (var j = 0; j < needle.Count; j++)
        {
            if (haystack[at + j] != needle[j])
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A quotation shown on screen: <c>q</c> (inline) or <c>blockquote</c> (block), with the speaker a block quotation shows.</summary>
    private sealed class ShownQuotation
    {
        public string Kind { get; set; } = "";

        public string Text { get; set; } = "";

        public string? Speaker { get; set; }
    }

    /// <summary>A heading or block quote shown on screen (what the page's script returns).</summary>
    private sealed class ShownElement
    {
        public string Kind { get; set; } = "";

        public int Level { get; set; }

        public string Text { get; set; } = "";
    }
}
