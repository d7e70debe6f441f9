using Microsoft.Playwright;

namespace A11yArticles.Testing.ScreenReader;

/// <summary>
/// guidepup's Virtual Screen Reader (<c>@guidepup/virtual-screen-reader</c>, MIT), bundled by
/// <c>js/build.sh</c> into one script that is embedded in this assembly. It is injected into the
/// page and driven from C#: it is faithful for reading order, the phrases spoken, and "next heading /
/// landmark / link" navigation. It needs JavaScript enabled in the page's context.
/// </summary>
internal static class VirtualScreenReader
{
    public const string ResourceName = "A11yArticles.Testing.virtual-screen-reader.bundle.js";

    private static readonly Lazy<string> Bundle = new(() =>
    {
        using var stream = typeof(VirtualScreenReader).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource {ResourceName} is missing from {typeof(VirtualScreenReader).Assembly.GetName().Name}.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    });

    public static string Script => Bundle.Value;

    // guidepup's reader walks the DOM, where Chromium's accessibility tree (what real screen readers
    // read) has no content of a closed <details> but its summary, and no fallback content of a <video>
    // or <audio>. Those nodes are passed over, so the transcript is what a real reader can reach.
    private const string UnexposedFunction = """
        const unexposed = node => {
            for (let n = node; n; n = n.parentElement) {
                const p = n.parentElement;
                if (!p) break;
                if (p.localName === 'details' && !p.open && !(n.nodeType === Node.ELEMENT_NODE && n.localName === 'summary')) return true;
                if (p.localName === 'video' || p.localName === 'audio') return true;
            }
            return false;
        };
        """;

    // One entry per item read: the phrase, and whether it is a text node (else an element, or a
    // container's end). "document" and "end of document" frame the reading and are left out.
    private const string SayAllScript = "async (maxSteps) => {" + UnexposedFunction + """
            const reader = globalThis.__a11yArticlesVirtualScreenReader.create();
            await reader.start({ container: document.body });
            try {
                const items = [];
                for (let i = 0; i < maxSteps; i++) {
                    await reader.next();
                    const phrase = await reader.lastSpokenPhrase();
                    if (phrase === 'end of document') break;
                    const node = reader.activeNode;
                    if (unexposed(node)) continue;
                    items.push({ phrase, isText: node !== null && node.nodeType === Node.TEXT_NODE });
                }
                return items;
            } finally {
                await reader.stop();
            }
        }
        """;

    private const string JumpScript = "async ({ command, maxSteps }) => {" + UnexposedFunction + """
            const reader = globalThis.__a11yArticlesVirtualScreenReader.create();
            await reader.start({ container: document.body });
            try {
                const seen = new Set();
                const phrases = [];
                for (let i = 0; i < maxSteps; i++) {
                    await reader.perform(reader.commands[command]);
                    const node = reader.activeNode;
                    if (node === null || seen.has(node)) break;
                    seen.add(node);
                    if (unexposed(node)) continue;
                    phrases.push(await reader.lastSpokenPhrase());
                }
                return phrases;
            } finally {
                await reader.stop();
            }
        }
        """;

    public static async Task EnsureLoadedAsync(IPage page)
    {
        if (!await page.EvaluateAsync<bool>("() => typeof globalThis.__a11yArticlesVirtualScreenReader === 'object'"))
        {
            // Evaluated in the page; a page whose Content-Security-Policy forbids eval needs a context with BypassCSP = true.
            await page.EvaluateAsync("script => (0, eval)(script)", Script);
        }
    }

    public static async Task<SpokenItem[]> SayAllAsync(IPage page, int maxSteps)
    {
        await EnsureLoadedAsync(page);
        return await page.EvaluateAsync<SpokenItem[]>(SayAllScript, maxSteps);
    }

    /// <summary>One item of a say-all reading (Playwright fills the settable properties).</summary>
    internal sealed class SpokenItem
    {
        public string Phrase { get; set; } = "";
        public bool IsText { get; set; }
    }

    public static async Task<string[]> JumpAsync(IPage page, string command, int maxSteps)
    {
        await EnsureLoadedAsync(page);
        return await page.EvaluateAsync<string[]>(JumpScript, new { command, maxSteps });
    }
}
