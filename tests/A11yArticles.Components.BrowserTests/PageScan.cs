using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace A11yArticles.Components.BrowserTests;

/// <summary>One way of looking at a page: colour scheme, width, forced colours.</summary>
public sealed record ViewMode(string Name, ColorScheme Scheme, int Width, bool ForcedColours = false)
{
    public static IReadOnlyList<ViewMode> All { get; } =
    [
        new("light 1280", ColorScheme.Light, 1280),
        new("dark 1280", ColorScheme.Dark, 1280),
        new("light 320", ColorScheme.Light, 320),
        new("dark 320", ColorScheme.Dark, 320),
        new("forced colours 1280", ColorScheme.Light, 1280, ForcedColours: true),
    ];

    public BrowserNewContextOptions ContextOptions => new()
    {
        ViewportSize = new ViewportSize { Width = Width, Height = 800 },
        ColorScheme = Scheme,
        ForcedColors = ForcedColours ? ForcedColors.Active : ForcedColors.None,
    };
}

/// <summary>axe-core and the reflow check, as every browser test runs them.</summary>
internal static class PageScan
{
    /// <summary>WCAG 2.0, 2.1 and 2.2 at levels A and AA, and axe's best practices.</summary>
    public static readonly List<string> Tags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"];

    public static Task<AxeResult> AxeAsync(IPage page) =>
        page.RunAxe(new AxeRunOptions { RunOnly = new RunOnlyOptions { Type = "tag", Values = Tags } });

    public static string Describe(AxeResult result) => string.Join(
        Environment.NewLine,
        result.Violations.Select(v => $"  {v.Id} ({v.Impact}): {v.Help} {v.HelpUrl}{Environment.NewLine}" +
            string.Join(Environment.NewLine, v.Nodes.Select(n => $"    {n.Target}: {n.Html}"))));

    /// <summary>How many CSS px the page is wider than the viewport (0: no horizontal scrolling).</summary>
    public static Task<double> HorizontalOverflowAsync(IPage page) =>
        page.EvaluateAsync<double>("() => Math.max(0, document.documentElement.scrollWidth - document.documentElement.clientWidth)");

    /// <summary>Scans <paramref name="url"/> in every <see cref="ViewMode"/>, each in a fresh context; returns the problems found.</summary>
    public static async Task<List<string>> ScanAllModesAsync(Testing.Browsers.BrowserSession browser, string url, IEnumerable<ViewMode>? modes = null)
    {
        var problems = new List<string>();
        foreach (var mode in modes ?? ViewMode.All)
        {
            var page = await browser.NewPageAsync(mode.ContextOptions);
            try
            {
                var response = await page.GotoAsync(url);
                if (response is null || !response.Ok)
                {
                    problems.Add($"{mode.Name}: {url} answered {response?.Status}");
                    continue;
                }

                var result = await AxeAsync(page);
                if (result.Passes.Length < 10)
                {
                    problems.Add($"{mode.Name}: axe ran only {result.Passes.Length} rules");
                }

                if (result.Violations.Length > 0)
                {
                    problems.Add($"{mode.Name}: axe found violations:{Environment.NewLine}{Describe(result)}");
                }

                var overflow = await HorizontalOverflowAsync(page);
                if (overflow > 0)
                {
                    problems.Add($"{mode.Name}: the page scrolls sideways by {overflow} px");
                }
            }
            finally
            {
                await page.Context.CloseAsync();
            }
        }

        return problems;
    }
}
