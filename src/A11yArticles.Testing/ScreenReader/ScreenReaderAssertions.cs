using System.Text.RegularExpressions;
using A11yArticles.Testing.ScreenReader;
using Microsoft.Playwright;

namespace A11yArticles.Testing;

/// <summary>
/// What a screen-reader user meets on a page, from two sources, each where it is faithful:
/// Chromium's own accessibility tree (a CDP session) for landmarks, headings, quotations and links,
/// and guidepup's Virtual Screen Reader (injected into the page) for reading order, spoken phrases
/// and jumping by heading, landmark and link.
/// </summary>
public static partial class ScreenReaderAssertions
{
    private static readonly HashSet<string> LandmarkRoles = ["banner", "navigation", "main", "complementary", "region", "search", "form", "contentinfo"];

    /// <summary>The landmarks in the order a screen reader's landmark list shows them (Chromium's accessibility tree).</summary>
    /// <param name="page">A loaded page.</param>
    /// <returns>Each landmark with its name; a <c>region</c> or <c>form</c> only when named, as screen readers list them.</returns>
    public static async Task<IReadOnlyList<Landmark>> GetLandmarksAsync(this IPage page)
    {
        var tree = await ChromiumAccessibilityTree.LoadAsync(page);
        return tree.Walk()
            .Where(node => !node.Ignored && LandmarkRoles.Contains(node.Role) && (node.Role is not ("region" or "form") || node.Name.Length > 0))
            .Select(node => new Landmark(node.Role, ChromiumAccessibilityTree.Normalize(node.Name)))
            .ToList();
    }

    /// <summary>The headings in reading order with their levels (Chromium's accessibility tree).</summary>
    /// <param name="page">A loaded page.</param>
    /// <returns>The outline.</returns>
    public static async Task<IReadOnlyList<HeadingEntry>> GetHeadingOutlineAsync(this IPage page)
    {
        var tree = await ChromiumAccessibilityTree.LoadAsync(page);
        return tree.Walk()
            .Where(node => !node.Ignored && node.Role == "heading")
            .Select(node => new HeadingEntry(
                node.Properties.TryGetValue("level", out var level) && level.ValueKind == System.Text.Json.JsonValueKind.Number ? level.GetInt32() : 2,
                ChromiumAccessibilityTree.Normalize(node.Name)))
            .ToList();
    }

    /// <summary>The links in reading order, as a screen reader's links list shows them (Chromium's accessibility tree).</summary>
    /// <param name="page">A loaded page.</param>
    /// <returns>Each link's accessible name and <c>href</c>.</returns>
    public static async Task<IReadOnlyList<PageLink>> GetLinksAsync(this IPage page)
    {
        var tree = await ChromiumAccessibilityTree.LoadAsync(page);
        return tree.Walk()
            .Where(node => !node.Ignored && node.Role == "link")
            .Select(node => new PageLink(
                ChromiumAccessibilityTree.Normalize(node.Name),
                tree.DomOf(node)?.Attributes.GetValueOrDefault("href") ?? ""))
            .ToList();
    }

    /// <summary>
    /// The quotations a screen-reader user meets (those hidden from assistive technology, such as a
    /// pull quote that repeats the body, are left out), inline and block, with the quotation marks
    /// Chromium exposes (CSS adds them to <c>&lt;q&gt;</c>) and the speaker where the markup names
    /// one: <c>data-speaker</c> on the quotation, the <c>figcaption</c> of the <c>figure</c> that
    /// holds the blockquote (without its leading dash), or a <c>cite</c> element inside the blockquote.
    /// </summary>
    /// <param name="page">A loaded page.</param>
    /// <returns>The quotations in reading order.</returns>
    public static async Task<IReadOnlyList<Quotation>> GetQuotationsAsync(this IPage page) =>
        (await ReadQuotationsAsync(page)).Select(found => found.Quotation).ToList();

    /// <summary>
    /// Reads the whole page as a screen reader's "say all" does (guidepup's Virtual Screen Reader),
    /// one <see cref="TranscriptLine"/> per item, with the quotation marks Chromium exposes for
    /// <c>&lt;q&gt;</c> put back (guidepup drops them). Checks that no text is read twice, that no
    /// visually hidden helper text merges with a neighbouring word, and that every quotation shown on
    /// screen is read. Needs JavaScript enabled in the page's context.
    /// </summary>
    /// <param name="page">A loaded page.</param>
    /// <param name="options">Whether problems throw, and limits; defaults when omitted.</param>
    /// <returns>The transcript, for a golden file.</returns>
    /// <exception cref="A11yAssertionException">The transcript has problems and <see cref="ReadAllOptions.FailOnProblems"/> is set.</exception>
    public static async Task<ScreenReaderTranscript> ReadAllAsync(this IPage page, ReadAllOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(page);
        options ??= new ReadAllOptions();
        var items = await VirtualScreenReader.SayAllAsync(page, options.MaximumItems);
        var quotations = await ReadQuotationsAsync(page);
        var lines = items.Select(item => ToLine(item, quotations)).ToList();

        var problems = new List<string>();
        var signposts = (await page.EvaluateAsync<string[]>(SignpostLinksScript)).Select(ChromiumAccessibilityTree.Normalize).ToHashSet(StringComparer.Ordinal);
        problems.AddRange(FindRepeatedText(lines, options.RepeatedTextMinimumWords, signposts));
        problems.AddRange(await page.EvaluateAsync<string[]>(MergedWordsScript));
        problems.AddRange(await FindUnreadQuotationsAsync(page, lines));

        var transcript = new ScreenReaderTranscript(lines, problems);
        return options.FailOnProblems && problems.Count > 0
            ? throw new A11yAssertionException(nameof(ReadAllAsync), page.Url, problems)
            : transcript;
    }

    /// <summary>
    /// Jumps through the page as a screen-reader user does with a single key (H for headings, D or
    /// R for landmarks, K for links), with guidepup's Virtual Screen Reader, and returns the phrase
    /// spoken at each stop. Needs JavaScript enabled in the page's context.
    /// </summary>
    /// <param name="page">A loaded page.</param>
    /// <param name="jump">What to jump by.</param>
    /// <returns>The phrases, for example <c>heading, Headline, level 1</c>. Landmark jumps list landmarks only (guidepup also stops at figures; screen readers do not).</returns>
    public static async Task<IReadOnlyList<string>> JumpThroughAsync(this IPage page, ScreenReaderJump jump)
    {
        ArgumentNullException.ThrowIfNull(page);
        var command = jump switch
        {
            ScreenReaderJump.Heading => "moveToNextHeading",
            ScreenReaderJump.Landmark => "moveToNextLandmark",
            ScreenReaderJump.Link => "moveToNextLink",
            _ => throw new ArgumentOutOfRangeException(nameof(jump), jump, "Unknown jump."),
        };
        var phrases = await VirtualScreenReader.JumpAsync(page, command, 10_000);

        // guidepup's landmark jump also stops at figures, which are not landmarks (WAI-ARIA) and at
        // which the landmark keys of NVDA, JAWS and VoiceOver do not stop: those stops are left out.
        return jump == ScreenReaderJump.Landmark ? [.. phrases.Where(phrase => LandmarkRoles.Contains(phrase.Split(", ")[0]))] : phrases;
    }

    private static TranscriptLine ToLine(VirtualScreenReader.SpokenItem item, IReadOnlyList<FoundQuotation> quotations)
    {
        var phrase = item.Phrase.Trim();
        if (item.IsText)
        {
            return new TranscriptLine("text", "", WithQuotationMarks(ChromiumAccessibilityTree.Normalize(phrase), quotations));
        }

        // An element: "role[, name][, state...]". Roles have no commas; states are known phrases.
        var parts = phrase.Split(", ").ToList();
        var role = parts[0];
        var states = new List<string>();
        while (parts.Count > 1 && StatePhrase().IsMatch(parts[^1]))
        {
            states.Insert(0, parts[^1]);
            parts.RemoveAt(parts.Count - 1);
        }

        return new TranscriptLine(role, string.Join(", ", parts.Skip(1)), string.Join(", ", states));
    }

    private static string WithQuotationMarks(string text, IReadOnlyList<FoundQuotation> quotations)
    {
        if (!text.Any(char.IsLetterOrDigit))
        {
            return text; // punctuation alone (", " after an abbreviation) is no part of a quotation to mark
        }

        foreach (var found in quotations.Where(q => q.Quotation.Kind == QuotationKind.Inline && q.InnerText.Length > 0))
        {
            if (text == found.InnerText)
            {
                return found.Quotation.Text;
            }

            if (found.InnerText.StartsWith(text, StringComparison.Ordinal) && found.Opening.Length > 0)
            {
                return found.Opening + text;
            }

            if (found.InnerText.EndsWith(text, StringComparison.Ordinal) && found.Closing.Length > 0)
            {
                return text + found.Closing;
            }
        }

        return text;
    }

    private static IEnumerable<string> FindRepeatedText(List<TranscriptLine> lines, int minimumWords, IReadOnlySet<string> signposts)
    {
        // What is read as content: text, and the names of headings and links. Not content read twice:
        // containers such as an article, announced with their name (the headline); a link's own text
        // right after the link's name (the virtual screen reader announces the link, then reads what
        // it holds); and a same-page link named like its target (a table of contents entry is a
        // signpost to the heading it repeats, which is what it is for).
        var content = lines
            .Select((line, index) => (Index: index + 1, line.Role, Text: line.Role == "text" ? StripMarks(line.Text) : line.Role is "heading" or "link" ? line.Name : ""))
            .Where(item => item.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= minimumWords)
            .Where(item => !(item.Role == "link" && signposts.Contains(ChromiumAccessibilityTree.Normalize(item.Text))))
            .Where(item => !(item.Role == "text" && item.Index >= 2 && lines[item.Index - 2] is { Role: "link" } link && link.Name == item.Text))
            .ToList();
        var reported = new HashSet<int>();
        for (var i = 0; i < content.Count; i++)
        {
            for (var j = 0; j < content.Count; j++)
            {
                if (i == j || reported.Contains(j) || reported.Contains(i))
                {
                    continue;
                }

                if ((i < j && content[i].Text == content[j].Text) || (content[i].Text != content[j].Text && content[j].Text.Contains(content[i].Text, StringComparison.Ordinal)))
                {
                    var (first, second) = content[i].Index < content[j].Index ? (content[i], content[j]) : (content[j], content[i]);
                    reported.Add(i);
                    yield return $"read twice: \"{AxeAssertions.Shorten(content[i].Text, 80)}\" (line {first.Index}, {first.Role}; again in line {second.Index}, {second.Role}). Hide the repeat from assistive technology (aria-hidden) or remove it.";
                }
            }
        }
    }

    private static async Task<IEnumerable<string>> FindUnreadQuotationsAsync(IPage page, List<TranscriptLine> lines)
    {
        var read = ChromiumAccessibilityTree.Normalize(string.Join(" ", lines.Select(line => StripMarks(line.Text) + " " + line.Name)));
        var shown = await page.EvaluateAsync<string[]>(ShownQuotationsScript);
        return shown
            .Select(ChromiumAccessibilityTree.Normalize)
            .Where(text => text.Length > 0 && !read.Contains(text, StringComparison.Ordinal))
            .Select(text => $"quotation lost: \"{AxeAssertions.Shorten(text, 80)}\" is shown on screen but a screen reader never reads it (is it inside aria-hidden, or replaced by an image or CSS content?).");
    }

    private static string StripMarks(string text) => text.Trim('“', '”', '„', '«', '»', '‹', '›', '"', '‘', '’', '「', '」', ' ', '\u00a0', '\u202f');

    private static async Task<IReadOnlyList<FoundQuotation>> ReadQuotationsAsync(IPage page)
    {
        var tree = await ChromiumAccessibilityTree.LoadAsync(page);
        var found = new List<FoundQuotation>();
        foreach (var node in tree.Walk())
        {
            var dom = tree.DomOf(node);
            if (dom is null || dom.Tag is not ("q" or "blockquote") || node.IsHidden)
            {
                continue;
            }

            var text = tree.TextOf(node);
            if (text.Length == 0)
            {
                continue;
            }

            var inner = ChromiumAccessibilityTree.Normalize(string.Concat(tree.Walk(node)
                .Where(n => n.Role == "StaticText" && !n.Ignored && tree.DomOf(n) is not null)
                .Select(n => n.Name)));
            var kind = dom.Tag == "q" ? QuotationKind.Inline : QuotationKind.Block;
            var opening = inner.Length > 0 && text.IndexOf(inner, StringComparison.Ordinal) is > 0 and var start ? text[..start] : "";
            var closing = inner.Length > 0 && text.LastIndexOf(inner, StringComparison.Ordinal) is >= 0 and var end && end + inner.Length < text.Length ? text[(end + inner.Length)..] : "";
            found.Add(new FoundQuotation(new Quotation(kind, text, SpeakerOf(tree, dom)), inner, opening, closing));
        }

        return found;
    }

    private static string? SpeakerOf(ChromiumAccessibilityTree tree, ChromiumAccessibilityTree.DomNode quotation)
    {
        if (quotation.Attributes.TryGetValue("data-speaker", out var speaker) && !string.IsNullOrWhiteSpace(speaker))
        {
            return ChromiumAccessibilityTree.Normalize(speaker);
        }

        if (quotation.Tag != "blockquote")
        {
            return null;
        }

        var caption = quotation.Parent is { Tag: "figure" } figure ? figure.Children.FirstOrDefault(c => c.Tag == "figcaption") : null;
        var citation = caption ?? Descendants(quotation).FirstOrDefault(c => c.Tag == "cite");
        if (citation is null)
        {
            return null;
        }

        // The caption as read (Chromium's tree); an inline cite may have no node there, then the DOM's text.
        var read = tree.ByBackendId.TryGetValue(citation.BackendId, out var node) ? tree.TextOf(node) : "";
        var text = (read.Length > 0 ? read : ChromiumAccessibilityTree.Normalize(citation.TextContent)).TrimStart('—', '–', '-', '―', ' ');
        return text.Length == 0 ? null : text;
    }

    private static IEnumerable<ChromiumAccessibilityTree.DomNode> Descendants(ChromiumAccessibilityTree.DomNode node) =>
        node.Children.SelectMany(child => Descendants(child).Prepend(child));

    private sealed record FoundQuotation(Quotation Quotation, string InnerText, string Opening, string Closing);

    // Text of every quotation a sighted reader sees (rendered, with a box bigger than 1 px).
    // Same-page links whose text is their target's text: table of contents entries and the like.
    private const string SignpostLinksScript = """
        () => {
            const norm = text => text.replace(/\s+/g, ' ').trim();
            return [...document.querySelectorAll('a[href*="#"]')]
                .filter(a => a.origin + a.pathname === location.origin + location.pathname && a.hash.length > 1)
                .filter(a => { const target = document.getElementById(decodeURIComponent(a.hash.slice(1))); return target && norm(target.textContent) === norm(a.textContent); })
                .map(a => norm(a.textContent));
        }
        """;

    private const string ShownQuotationsScript = """
        () => [...document.querySelectorAll('q, blockquote')]
            .filter(element => { const box = element.getBoundingClientRect(); return box.width > 1 && box.height > 1 && getComputedStyle(element).visibility !== 'hidden'; })
            .filter(element => !element.parentElement.closest('q, blockquote'))
            .map(element => element.innerText)
        """;

    // Two text nodes that meet without a space, where one is visually hidden helper text and the
    // other is not: a screen reader reads them as one word ("Published12 May").
    private const string MergedWordsScript = """
        () => {
            const hidden = element => {
                for (let e = element; e && e !== document.body; e = e.parentElement) {
                    const style = getComputedStyle(e);
                    if (style.clipPath === 'inset(50%)' || style.clip === 'rect(0px, 0px, 0px, 0px)') return true;
                    const box = e.getBoundingClientRect();
                    if (style.overflow === 'hidden' && (box.width <= 1 || box.height <= 1)) return true;
                }
                return false;
            };
            const ignored = element => element.closest('[aria-hidden="true"], script, style, template, noscript') !== null
                || getComputedStyle(element).display === 'none' || getComputedStyle(element).visibility === 'hidden';
            // The block a text is read in: visually hidden boxes are absolutely positioned (so display
            // block), yet read inline with their neighbours.
            const blockOf = element => {
                let e = element;
                while (e !== document.body && (getComputedStyle(e).display.startsWith('inline') || hidden(e))) e = e.parentElement;
                return e;
            };
            const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
            const problems = [];
            let previous = null;
            for (let node = walker.nextNode(); node; node = walker.nextNode()) {
                if (!node.data.length || ignored(node.parentElement)) continue;
                if (previous !== null && /[\p{L}\p{N}]$/u.test(previous.data) && /^[\p{L}\p{N}]/u.test(node.data)
                    && hidden(previous.parentElement) !== hidden(node.parentElement) && blockOf(previous.parentElement) === blockOf(node.parentElement)) {
                    const left = previous.data.trim().split(/\s+/).pop(), right = node.data.trim().split(/\s+/)[0];
                    problems.push(`words merge: "${previous.data.trim().slice(-40)}" and "${node.data.trim().slice(0, 40)}" meet without a space, so a screen reader reads "${left}${right}". Put a space inside the visually hidden text.`);
                }
                previous = node;
            }
            return problems;
        }
        """;

    [GeneratedRegex(@"^(level \d+|visited|not visited|current \w+|expanded|collapsed|checked|not checked|partially checked|pressed|not pressed|selected|not selected|required|invalid|disabled|readonly|busy|modal|multiselectable|\d+ of \d+|position \d+|set size \d+|has popup.*|orientation \w+|max value .*|min value .*|value .*|keyboard shortcuts .*)$")]
    private static partial Regex StatePhrase();
}

/// <summary>What <see cref="ScreenReaderAssertions.JumpThroughAsync"/> jumps by.</summary>
public enum ScreenReaderJump
{
    /// <summary>Next heading (H).</summary>
    Heading,

    /// <summary>Next landmark (D in NVDA, R in JAWS).</summary>
    Landmark,

    /// <summary>Next link (K).</summary>
    Link,
}
