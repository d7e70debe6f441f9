using Microsoft.Playwright;

namespace A11yArticles.Testing;

/// <summary>Layout under the conditions of WCAG 1.4.10 (reflow), 1.4.12 (text spacing) and 2.5.8 (target size).</summary>
public static class LayoutAssertions
{
    /// <summary>The WCAG 1.4.12 text-spacing overrides, as a bookmarklet would apply them.</summary>
    internal const string TextSpacingCss =
        "* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; } " +
        "p { margin-bottom: 2em !important; }";

    // A helper shared by the scripts: describes an element in one line for a failure message.
    private const string DescribeFunction = """
        const describe = element => {
            const text = (element.innerText || element.textContent || '').trim().replace(/\s+/g, ' ');
            const attributes = ['id', 'class', 'href'].filter(a => element.getAttribute(a)).map(a => ` ${a}="${element.getAttribute(a)}"`).join('');
            return `<${element.tagName.toLowerCase()}${attributes}>` + (text ? ` "${text.length > 50 ? text.slice(0, 49) + '…' : text}"` : '');
        };
        // Visually hidden: a box of at most 1 px, or inside a clipped or 1 px box that hides its overflow
        // (the .visually-hidden pattern).
        const visuallyHidden = element => {
            const box = element.getBoundingClientRect();
            if (box.width <= 1 || box.height <= 1) return true;
            for (let e = element; e && e !== document.body; e = e.parentElement) {
                const style = getComputedStyle(e);
                if (style.clipPath === 'inset(50%)' || style.clip === 'rect(0px, 0px, 0px, 0px)') return true;
                const b = e.getBoundingClientRect();
                if (style.overflow === 'hidden' && (b.width <= 1 || b.height <= 1)) return true;
            }
            return false;
        };
        """;

    private const string ReflowScript = "() => {" + DescribeFunction + """
            const width = document.documentElement.clientWidth;
            const problems = [];
            const scrollWidth = document.documentElement.scrollWidth;
            if (scrollWidth > width + 1) {
                problems.push(`the page scrolls sideways: it is ${scrollWidth} CSS px wide in a ${width} px viewport`);
            }
            const scrollsItself = element => {
                for (let e = element.parentElement; e && e !== document.body; e = e.parentElement) {
                    const x = getComputedStyle(e).overflowX;
                    if (x === 'auto' || x === 'scroll') return true;
                }
                return false;
            };
            // Past either edge: right-to-left pages overflow to the left.
            const outside = element => { const box = element.getBoundingClientRect(); return box.right > width + 1 || box.left < -1; };
            const offenders = [...document.body.querySelectorAll('*')].filter(element => {
                const box = element.getBoundingClientRect();
                return box.width > 0 && outside(element) && !visuallyHidden(element) && !scrollsItself(element)
                    && ![...element.children].some(outside);
            });
            for (const element of offenders.slice(0, 10)) {
                const box = element.getBoundingClientRect();
                problems.push(`${describe(element)} spans ${Math.round(box.left)} to ${Math.round(box.right)} px, outside the ${width} px viewport`);
            }
            return problems;
        }
        """;

    private const string TextSpacingScript = "() => {" + DescribeFunction + """
            const problems = [];
            // Rendered for the reader: not in a closed <details> (its content still has layout boxes), nor under display:none.
            const shown = element => !element.checkVisibility || element.checkVisibility();
            for (const element of document.body.querySelectorAll('*')) {
                if (visuallyHidden(element) || !(element.innerText || '').trim() || !shown(element)) continue;
                const style = getComputedStyle(element);
                const clipsX = ['hidden', 'clip'].includes(style.overflowX), clipsY = ['hidden', 'clip'].includes(style.overflowY);
                if ((clipsY && element.scrollHeight > element.clientHeight + 1) || (clipsX && element.scrollWidth > element.clientWidth + 1)) {
                    problems.push(`${describe(element)} clips its text: it needs ${element.scrollWidth}x${element.scrollHeight} px but shows ${element.clientWidth}x${element.clientHeight} px`);
                }
            }
            // Lines of text (one rectangle per line of each text node) must not overlap one another.
            const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
            const lines = [];
            for (let node = walker.nextNode(); node && lines.length < 4000; node = walker.nextNode()) {
                if (!node.data.trim() || visuallyHidden(node.parentElement) || !shown(node.parentElement)) continue;
                const range = document.createRange();
                range.selectNodeContents(node);
                for (const rect of range.getClientRects()) {
                    if (rect.width > 0 && rect.height > 0) lines.push({ node, rect });
                }
            }
            lines.sort((a, b) => a.rect.top - b.rect.top);
            let reported = 0;
            for (let i = 0; i < lines.length && reported < 10; i++) {
                for (let j = i + 1; j < lines.length && lines[j].rect.top < lines[i].rect.bottom; j++) {
                    const a = lines[i], b = lines[j];
                    if (a.node === b.node) continue;
                    const overlapX = Math.min(a.rect.right, b.rect.right) - Math.max(a.rect.left, b.rect.left);
                    const overlapY = Math.min(a.rect.bottom, b.rect.bottom) - Math.max(a.rect.top, b.rect.top);
                    if (overlapX > 2 && overlapY > 2) {
                        problems.push(`text overlaps: "${a.node.data.trim().slice(0, 40)}" in ${describe(a.node.parentElement)} and "${b.node.data.trim().slice(0, 40)}" in ${describe(b.node.parentElement)}`);
                        reported++;
                        break;
                    }
                }
            }
            return problems;
        }
        """;

    private const string TargetSizeScript = "(minimum) => {" + DescribeFunction + """
            const selector = 'a[href], button, input:not([type=hidden]), select, textarea, summary, [role=button], [role=link], [role=checkbox], [role=tab], [tabindex]:not([tabindex="-1"])';
            const targets = [...document.querySelectorAll(selector)].filter(element => {
                const style = getComputedStyle(element);
                return style.display !== 'none' && style.visibility !== 'hidden' && !visuallyHidden(element) && !element.closest('[inert]');
            });
            // WCAG 2.5.8 "inline" exception: a link inside a sentence is sized by the line of text.
            const inline = element => getComputedStyle(element).display === 'inline' && element.parentElement !== null
                && [...element.parentElement.childNodes].some(n => n !== element && n.nodeType === Node.TEXT_NODE && n.data.trim());
            const boxes = targets.map(element => ({ element, box: element.getBoundingClientRect() }));
            const undersized = boxes.filter(t => (t.box.width < minimum || t.box.height < minimum) && !inline(t.element));
            const centre = t => ({ x: t.box.left + t.box.width / 2, y: t.box.top + t.box.height / 2 });
            const distanceToBox = (p, b) => Math.hypot(Math.max(b.left - p.x, 0, p.x - b.right), Math.max(b.top - p.y, 0, p.y - b.bottom));
            const problems = [];
            for (const t of undersized) {
                // The spacing exception: a circle of the minimum diameter around the target touches no other target or circle.
                const c = centre(t);
                const crowding = boxes.find(o => o !== t && (distanceToBox(c, o.box) < minimum / 2
                    || (undersized.includes(o) && Math.hypot(centre(o).x - c.x, centre(o).y - c.y) < minimum)));
                if (crowding) {
                    problems.push(`${describe(t.element)} is ${Math.round(t.box.width * 10) / 10}x${Math.round(t.box.height * 10) / 10} CSS px, smaller than ${minimum}x${minimum}, and too close to ${describe(crowding.element)}`);
                }
            }
            return problems;
        }
        """;

    /// <summary>
    /// WCAG 1.4.10: at <paramref name="width"/> CSS px (320 = a 1280 px window at 400 % zoom) the page
    /// does not scroll sideways and no visible element reaches past the viewport (content inside its own
    /// horizontally scrolling container is exempt, as the criterion allows for tables and code).
    /// The viewport is restored afterwards.
    /// </summary>
    /// <param name="page">A loaded page.</param>
    /// <param name="width">The viewport width in CSS px; 320 by default.</param>
    /// <returns>A task that completes when the page passed.</returns>
    /// <exception cref="A11yAssertionException">The page width and the elements that stick out.</exception>
    public static async Task AssertReflowAsync(this IPage page, int width = 320)
    {
        ArgumentNullException.ThrowIfNull(page);
        var original = page.ViewportSize;
        await page.SetViewportSizeAsync(width, 256);
        try
        {
            var problems = await page.EvaluateAsync<string[]>(ReflowScript);
            if (problems.Length > 0)
            {
                throw new A11yAssertionException($"{nameof(AssertReflowAsync)}({width})", page.Url, problems);
            }
        }
        finally
        {
            if (original is not null)
            {
                await page.SetViewportSizeAsync(original.Width, original.Height);
            }
        }
    }

    /// <summary>
    /// WCAG 1.4.12: with line height 1.5, paragraph spacing 2 em, letter spacing 0.12 em and word
    /// spacing 0.16 em forced on every element, no element clips its text and no two lines of text
    /// overlap. The overrides are removed afterwards.
    /// </summary>
    /// <param name="page">A loaded page.</param>
    /// <returns>A task that completes when the page passed.</returns>
    /// <exception cref="A11yAssertionException">Each clipping element and each pair of overlapping lines.</exception>
    public static async Task AssertTextSpacingAsync(this IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        var style = await page.AddStyleTagAsync(new PageAddStyleTagOptions { Content = TextSpacingCss });
        try
        {
            var problems = await page.EvaluateAsync<string[]>(TextSpacingScript);
            if (problems.Length > 0)
            {
                throw new A11yAssertionException(nameof(AssertTextSpacingAsync), page.Url, problems);
            }
        }
        finally
        {
            await style.EvaluateAsync("element => element.remove()");
        }
    }

    /// <summary>
    /// WCAG 2.5.8: every visible pointer target (links, buttons, form controls, focusable elements)
    /// is at least <paramref name="minimum"/> CSS px in both directions, or is a link inside a line of
    /// text, or is spaced so that a circle of that diameter around it touches no other target.
    /// </summary>
    /// <param name="page">A loaded page.</param>
    /// <param name="minimum">The minimum size in CSS px; 24 by default (level AA).</param>
    /// <returns>A task that completes when the page passed.</returns>
    /// <exception cref="A11yAssertionException">Each target that is too small, with its size and its crowding neighbour.</exception>
    public static async Task AssertTargetSizeAsync(this IPage page, int minimum = 24)
    {
        ArgumentNullException.ThrowIfNull(page);
        var problems = await page.EvaluateAsync<string[]>(TargetSizeScript, minimum);
        if (problems.Length > 0)
        {
            throw new A11yAssertionException($"{nameof(AssertTargetSizeAsync)}({minimum})", page.Url, problems);
        }
    }
}
