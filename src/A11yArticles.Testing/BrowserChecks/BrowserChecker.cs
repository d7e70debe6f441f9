using System.Reflection;
using System.Text.Json;
using A11yArticles.Checks;
using A11yArticles.Testing.Browsers;
using AngleSharp.Dom;
using Microsoft.Playwright;

namespace A11yArticles.Testing.BrowserChecks;

/// <summary>
/// Checks a page as Chromium shows it, after its scripts ran: (a) the static rules of
/// <c>A11yArticles.Checks</c> on the live DOM, open shadow roots included, and (b) the eight W3C ACT
/// rules that need rendering (<see cref="BrowserRules"/>), from computed styles, layout, focus and
/// screenshots. Findings come out one per problem, like the static checker's.
/// </summary>
public static class BrowserChecker
{
    private const string ScriptResource = "A11yArticles.Testing.browser-rules.js";
    private static readonly Lazy<string> Script = new(() =>
    {
        using var stream = typeof(BrowserChecker).Assembly.GetManifestResourceStream(ScriptResource)
            ?? throw new InvalidOperationException($"The embedded resource {ScriptResource} is missing.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    });

    private static readonly JsonSerializerOptions Json = new() { PropertyNameCaseInsensitive = true };

    /// <summary>Checks the page where it is now (loaded; its scripts have run). The page's focus and viewport are restored afterwards.</summary>
    /// <param name="page">A page in Chromium.</param>
    /// <param name="options">What to run; defaults to everything.</param>
    /// <param name="cancellationToken">Cancels the check.</param>
    /// <returns>The findings and each browser rule's outcome.</returns>
    /// <exception cref="TimeoutException">The check took longer than <see cref="BrowserCheckOptions.Timeout"/>.</exception>
    public static async Task<BrowserCheckReport> CheckAsync(IPage page, BrowserCheckOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(page);
        options ??= new BrowserCheckOptions();
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.Timeout);
        var url = page.Url;
        // The page stays on its document while it is checked (a meta refresh or a script's redirect is stopped).
        var pin = await DocumentPin.InstallAsync(page, loading: null);
        try
        {
            return await RunAsync(page, url, options, timeout.Token).WaitAsync(timeout.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new TimeoutException($"The browser check of {url} took longer than {options.Timeout.TotalSeconds:0} s.");
        }
        finally
        {
            await pin.RemoveAsync();
        }
    }

    /// <summary>
    /// Opens a local file in a fresh context of <paramref name="session"/>'s Chromium (every request
    /// that is not local is blocked: <see cref="LocalNetwork"/>), waits for it to load and its scripts
    /// to settle, and checks it. The file's own HTML gives the findings their line numbers.
    /// </summary>
    /// <param name="session">The running browser.</param>
    /// <param name="path">An HTML (or SVG, XML) file.</param>
    /// <param name="options">What to run; defaults to everything.</param>
    /// <param name="cancellationToken">Cancels the check.</param>
    /// <exception cref="TimeoutException">Loading and checking took longer than <see cref="BrowserCheckOptions.Timeout"/>.</exception>
    public static Task<BrowserCheckReport> CheckFileAsync(BrowserSession session, string path, BrowserCheckOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(path);
        var full = Path.GetFullPath(path);
        return CheckUrlAsync(session, new Uri(full), options, path, cancellationToken);
    }

    /// <summary>Opens a local address (a file, or http on 127.0.0.1) in a fresh context, blocking every request that is not local, and checks it.</summary>
    /// <param name="session">The running browser.</param>
    /// <param name="url">A <c>file:</c> URL or an address on the loopback interface.</param>
    /// <param name="options">What to run; defaults to everything.</param>
    /// <param name="cancellationToken">Cancels the check.</param>
    /// <exception cref="ArgumentException">The address is not local.</exception>
    /// <exception cref="TimeoutException">Loading and checking took longer than <see cref="BrowserCheckOptions.Timeout"/>.</exception>
    public static Task<BrowserCheckReport> CheckUrlAsync(BrowserSession session, Uri url, BrowserCheckOptions? options = null, CancellationToken cancellationToken = default) =>
        CheckUrlAsync(session, url, options, url.IsFile ? url.LocalPath : url.AbsoluteUri, cancellationToken);

    private static async Task<BrowserCheckReport> CheckUrlAsync(BrowserSession session, Uri url, BrowserCheckOptions? options, string reportPath, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(url);
        if (!LocalNetwork.IsLocal(url.AbsoluteUri))
        {
            throw new ArgumentException($"{url} is not a local address: the browser check opens files and 127.0.0.1 only.", nameof(url));
        }

        options ??= new BrowserCheckOptions();
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.Timeout);
        var context = await session.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = 1280, Height = 800 },
            ServiceWorkers = ServiceWorkerPolicy.Block,
        });
        try
        {
            await LocalNetwork.BlockNonLocalAsync(context);
            var page = await context.NewPageAsync();
            var milliseconds = (float)options.Timeout.TotalMilliseconds;
            page.SetDefaultTimeout(milliseconds);
            // The page loads once; a navigation of its own after that (a meta refresh, a redirect by script) is stopped.
            var pin = await DocumentPin.InstallAsync(page, loading: url);
            var work = LoadAndRunAsync(page, pin, url, reportPath, options, timeout.Token);
            return await work.WaitAsync(timeout.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new TimeoutException($"The browser check of {reportPath} took longer than {options.Timeout.TotalSeconds:0} s.");
        }
        catch (TimeoutException error)
        {
            throw new TimeoutException($"The browser check of {reportPath} took longer than {options.Timeout.TotalSeconds:0} s: {error.Message}", error);
        }
        finally
        {
            await context.CloseAsync();
        }
    }

    private static async Task<BrowserCheckReport> LoadAndRunAsync(IPage page, DocumentPin pin, Uri url, string reportPath, BrowserCheckOptions options, CancellationToken cancellationToken)
    {
        await page.GotoAsync(url.AbsoluteUri, new PageGotoOptions { WaitUntil = WaitUntilState.Load });
        pin.Pin();
        // Let the page's own scripts finish what they start on load (timers, microtasks, a frame or two).
        await page.EvaluateAsync("() => new Promise(resolve => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 50))))");
        cancellationToken.ThrowIfCancellationRequested();
        return await RunAsync(page, reportPath, options, cancellationToken);
    }

    private static async Task<BrowserCheckReport> RunAsync(IPage page, string reportPath, BrowserCheckOptions options, CancellationToken cancellationToken)
    {
        await page.EvaluateAsync(Script.Value);
        var serialized = await EvaluateJsonAsync<Serialized>(page, "() => window.__a11yBrowserRules.serialize()");
        var live = serialized with { Html = serialized.Xml ? serialized.Html : MarkModalDialog(serialized.Html, serialized.ModalPath) };
        cancellationToken.ThrowIfCancellationRequested();

        var findings = new List<Finding>();
        IReadOnlyList<OmittedFindings> omitted = [];
        var source = options.SourceHtml is { } html ? HtmlChecker.Parse(html) : null;
        if (options.StaticChecker is { } checker)
        {
            // An SVG or XML page keeps its extension, so the page-level rules know what it is.
            var report = checker.Check(live.Html, live.Xml ? reportPath : "live.html");
            omitted = report.Omitted;
            foreach (var finding in report.Findings)
            {
                if (!await LeavesFocusAsync(page, finding))
                {
                    findings.Add(WithSourcePosition(finding, source));
                }
            }

            cancellationToken.ThrowIfCancellationRequested();
        }

        var results = new List<BrowserRuleResult>();
        if (options.BrowserRules)
        {
            var byRule = await EvaluateJsonAsync<Dictionary<string, RawTarget[]>>(page, "() => window.__a11yBrowserRules.evaluate()");
            cancellationToken.ThrowIfCancellationRequested();
            var orientation = await OrientationAsync(page, cancellationToken);
            var focus = await FocusAsync(page, options.MaximumFocusTargets, cancellationToken);
            foreach (var rule in BrowserRules.All)
            {
                var act = rule.ActRules[0];
                IReadOnlyList<BrowserRuleTarget> targets = act switch
                {
                    "b33eff" => orientation,
                    "oj04fd" => focus,
                    _ => byRule.TryGetValue(act, out var raw) ? [.. raw.Select(target => target.ToTarget())] : [],
                };
                results.Add(new BrowserRuleResult(rule, BrowserRuleResult.Combine(targets), targets));
            }

            findings.AddRange(BrowserFindings(results, source));
        }

        var ordered = findings
            .OrderBy(finding => finding.Line)
            .ThenBy(finding => finding.Column)
            .ThenBy(finding => finding.Rule.Id, StringComparer.Ordinal)
            .ToList();
        return new BrowserCheckReport(new CheckReport(reportPath, ordered) { Omitted = omitted }, results, live.Html);
    }

    /// <summary>
    /// Marks the dialog the page shows modally (<c>showModal()</c>) with <see cref="ModalAttribute"/>
    /// in the serialised live DOM, so the static rules know what the browser knows: everything
    /// outside it is inert (HTML: a document blocked by a modal dialog). The markup alone cannot say
    /// it (a dialog shown with <c>show()</c> has the same <c>open</c> attribute); the page itself is
    /// not touched. The dialog is found in the serialisation by its place in the tree
    /// (<paramref name="path"/>), parsed as the checker parses; when the place holds no dialog (a
    /// tree that does not survive serialisation), nothing is marked.
    /// </summary>
    internal static string MarkModalDialog(string html, int[]? path)
    {
        if (path is null)
        {
            return html;
        }

        var document = HtmlChecker.Parse(html);
        IElement? element = document.DocumentElement;
        var intoShadow = false;
        foreach (var step in path)
        {
            if (element is null)
            {
                break;
            }

            if (step < 0)
            {
                intoShadow = true;
                continue;
            }

            var children = intoShadow ? element.ShadowRoot?.Children : element.Children;
            intoShadow = false;
            element = children is not null && step < children.Length ? children[step] : null;
        }

        const string StartTag = "<dialog";
        if (element is not { LocalName: "dialog", SourceReference: { } reference } || element.HasAttribute(ModalAttribute))
        {
            return html;
        }

        var index = reference.Position.Index;
        if (index < 0 || index + StartTag.Length > html.Length || !html.AsSpan(index, StartTag.Length).Equals(StartTag, StringComparison.OrdinalIgnoreCase))
        {
            return html;
        }

        return string.Concat(html.AsSpan(0, index + StartTag.Length), " " + ModalAttribute, html.AsSpan(index + StartTag.Length));
    }

    /// <summary>The attribute by which the static checker knows a dialog is modal (A11yArticles.Checks' PageFacts reads the same name).</summary>
    internal const string ModalAttribute = "data-a11y-modal";

    /// <summary>
    /// Whether a static "aria-hidden content is in the Tab order" finding (ACT 6cfa84) is refuted by
    /// the page's behaviour: the markup alone says the hidden content can take focus, but the browser
    /// knows better. Each element inside (or being) the aria-hidden element that sequential focus
    /// navigation would reach (tabindex 0 or more, not disabled, not inert, rendered) is focused; if
    /// none keeps focus (a focus sentinel of a modal dialog sends it back to the dialog, outside
    /// anything aria-hidden), or there is none (a stylesheet hides it), nothing hidden is ever
    /// focused and the finding goes. Focus is given back afterwards.
    /// </summary>
    private static async Task<bool> LeavesFocusAsync(IPage page, Finding finding)
    {
        if (!finding.Rule.ActRules.Contains("6cfa84") || finding.Selector.Contains(">>>", StringComparison.Ordinal))
        {
            return false;
        }

        return await page.EvaluateAsync<bool>("""
            selector => {
                const hidden = document.querySelector(selector);
                if (!hidden) return false;
                const reachable = [hidden, ...hidden.querySelectorAll('*')].filter(element =>
                    element.tabIndex >= 0 && !element.matches(':disabled') && !element.closest('[inert]')
                    && (!element.checkVisibility || element.checkVisibility({ visibilityProperty: true })));
                const before = document.activeElement;
                const scroll = [window.scrollX, window.scrollY];
                let kept = false;
                for (const element of reachable) {
                    element.focus({ preventScroll: true });
                    // Focus handlers run inside focus(): a sentinel has already sent focus elsewhere.
                    const now = document.activeElement;
                    if (now === element || (now && now.closest('[aria-hidden="true"]'))) { kept = true; break; }
                }
                if (before && before !== document.body && typeof before.focus === 'function') before.focus();
                else if (document.activeElement && typeof document.activeElement.blur === 'function') document.activeElement.blur();
                window.scrollTo(scroll[0], scroll[1]);
                return !kept;
            }
            """, finding.Selector);
    }

    /// <summary>One finding per failed element; an element below both contrast levels is reported once, by the minimum-contrast rule.</summary>
    private static IEnumerable<Finding> BrowserFindings(IReadOnlyList<BrowserRuleResult> results, IDocument? source)
    {
        var belowMinimum = results.Where(result => result.ActRule == "afw4f7")
            .SelectMany(result => result.Targets)
            .Where(target => target.Outcome == BrowserRuleOutcome.Failed)
            .Select(target => target.Selector)
            .ToHashSet(StringComparer.Ordinal);
        foreach (var result in results)
        {
            foreach (var target in result.Targets.Where(target => target.Outcome == BrowserRuleOutcome.Failed))
            {
                if (result.ActRule == "09o5cg" && belowMinimum.Contains(target.Selector))
                {
                    continue;
                }

                yield return WithSourcePosition(new Finding(result.Rule, target.Message, target.Selector, 1, 1, target.Snippet), source);
            }
        }
    }

    /// <summary>The source's line and column for an element the selector finds there (the live DOM's own numbers otherwise mean little to the author).</summary>
    private static Finding WithSourcePosition(Finding finding, IDocument? source)
    {
        if (source is null || finding.Selector.Contains(">>>", StringComparison.Ordinal))
        {
            return finding;
        }

        try
        {
            if (source.QuerySelector(finding.Selector) is { SourceReference: { } reference })
            {
                return finding with { Line = reference.Position.Line, Column = reference.Position.Column };
            }
        }
        catch (Exception error) when (error is AngleSharp.Dom.DomException or ArgumentException or FormatException)
        {
            // A selector AngleSharp does not read: keep the live DOM's position.
        }

        return finding;
    }

    /// <summary>b33eff: each element rotated by a rule in an orientation media query, measured in landscape and in portrait.</summary>
    private static async Task<IReadOnlyList<BrowserRuleTarget>> OrientationAsync(IPage page, CancellationToken cancellationToken)
    {
        var count = await page.EvaluateAsync<int>("() => window.__a11yBrowserRules.collectOrientationRules()");
        if (count == 0)
        {
            return [];
        }

        var original = page.ViewportSize ?? new PageViewportSizeResult { Width = 1280, Height = 800 };
        var (longSide, shortSide) = (Math.Max(original.Width, original.Height), Math.Min(original.Width, original.Height));
        if (longSide == shortSide)
        {
            longSide = shortSide + 1;
        }

        Rotation[] landscape, portrait;
        try
        {
            await page.SetViewportSizeAsync(longSide, shortSide);
            landscape = await EvaluateJsonAsync<Rotation[]>(page, "() => window.__a11yBrowserRules.measureOrientation()");
            cancellationToken.ThrowIfCancellationRequested();
            await page.SetViewportSizeAsync(shortSide, longSide);
            portrait = await EvaluateJsonAsync<Rotation[]>(page, "() => window.__a11yBrowserRules.measureOrientation()");
        }
        finally
        {
            await page.SetViewportSizeAsync(original.Width, original.Height);
        }

        var targets = new List<BrowserRuleTarget>();
        for (var i = 0; i < Math.Min(landscape.Length, portrait.Length); i++)
        {
            if (!landscape[i].Visible && !portrait[i].Visible)
            {
                continue;
            }

            var turn = Math.Abs(portrait[i].Angle - landscape[i].Angle) % 180;
            var quarter = Math.Abs(turn - 90) < 1;
            targets.Add(new BrowserRuleTarget(landscape[i].Selector, landscape[i].Snippet,
                quarter ? BrowserRuleOutcome.Failed : BrowserRuleOutcome.Passed,
                quarter
                    ? $"rotated {landscape[i].Angle:0.#}° in landscape and {portrait[i].Angle:0.#}° in portrait: a quarter turn between orientations locks the content to one orientation"
                    : $"rotated {landscape[i].Angle:0.#}° in landscape and {portrait[i].Angle:0.#}° in portrait: not a quarter turn between orientations"));
        }

        return targets;
    }

    /// <summary>
    /// oj04fd: each element in the Tab order must change at least one pixel of the page when focused.
    /// Screenshots of the element and its surroundings first, scrolled into view (cheap); when those
    /// are the same, of the whole page.
    /// </summary>
    private static async Task<IReadOnlyList<BrowserRuleTarget>> FocusAsync(IPage page, int maximum, CancellationToken cancellationToken)
    {
        var stops = await EvaluateJsonAsync<FocusStop[]>(page, "() => window.__a11yBrowserRules.prepareFocus()");
        if (stops.Length == 0)
        {
            return [];
        }

        var targets = new List<BrowserRuleTarget>();
        byte[]? unfocusedPage = null;
        try
        {
            for (var i = 0; i < stops.Length; i++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var stop = stops[i];
                if (i >= maximum)
                {
                    targets.Add(new BrowserRuleTarget(stop.Selector, stop.Snippet, BrowserRuleOutcome.CantTell, $"not compared: more than {maximum} elements in the Tab order"));
                    continue;
                }

                var box = await EvaluateJsonAsync<Box>(page, $"() => window.__a11yBrowserRules.showFocusTarget({i})");
                var left = Math.Clamp(box.Left - 16, 0, box.ViewportWidth - 1);
                var top = Math.Clamp(box.Top - 16, 0, box.ViewportHeight - 1);
                var clip = new Clip
                {
                    X = (float)left,
                    Y = (float)top,
                    Width = (float)Math.Max(1, Math.Min(box.Left + box.Width + 16, box.ViewportWidth) - left),
                    Height = (float)Math.Max(1, Math.Min(box.Top + box.Height + 16, box.ViewportHeight) - top),
                };
                await page.EvaluateAsync("() => window.__a11yBrowserRules.focusAt(-1)");
                var before = await ShotAsync(page, clip);
                var focused = await page.EvaluateAsync<bool>("index => window.__a11yBrowserRules.focusAt(index)", i);
                if (!focused)
                {
                    targets.Add(new BrowserRuleTarget(stop.Selector, stop.Snippet, BrowserRuleOutcome.CantTell, "the element did not take focus when asked"));
                    continue;
                }

                var after = await ShotAsync(page, clip);
                var changed = !before.AsSpan().SequenceEqual(after);
                if (!changed)
                {
                    var focusedPage = await ShotAsync(page, null);
                    await page.EvaluateAsync("() => window.__a11yBrowserRules.focusAt(-1)");
                    unfocusedPage ??= await ShotAsync(page, null);
                    changed = !unfocusedPage.AsSpan().SequenceEqual(focusedPage);
                }

                targets.Add(new BrowserRuleTarget(stop.Selector, stop.Snippet,
                    changed ? BrowserRuleOutcome.Passed : BrowserRuleOutcome.Failed,
                    changed ? "focusing the element changes what the page shows" : "focusing this element changes no pixel of the page: a keyboard user cannot see where focus is"));
            }
        }
        finally
        {
            await page.EvaluateAsync("() => { window.__a11yBrowserRules.focusAt(-1); window.__a11yBrowserRules.restoreScroll(); }");
        }

        return targets;
    }

    /// <summary>Evaluates a script and reads its JSON result into a private record (Playwright maps only public types).</summary>
    private static async Task<T> EvaluateJsonAsync<T>(IPage page, string script)
    {
        var json = await page.EvaluateAsync<string>($"async () => JSON.stringify(await ({script})())");
        return JsonSerializer.Deserialize<T>(json, Json) ?? throw new InvalidOperationException($"The page returned nothing for {script}.");
    }

    /// <summary>A clip of the viewport, or (no clip) the whole page.</summary>
    private static Task<byte[]> ShotAsync(IPage page, Clip? clip) =>
        page.ScreenshotAsync(new PageScreenshotOptions
        {
            FullPage = clip is null,
            Clip = clip,
            Animations = ScreenshotAnimations.Disabled,
            Caret = ScreenshotCaret.Hide,
            Type = ScreenshotType.Png,
        });

    private sealed record Serialized(string Html, bool Xml, int[]? ModalPath);

    private sealed record RawTarget(string Selector, string Snippet, string Outcome, string Message)
    {
        public BrowserRuleTarget ToTarget() => new(Selector, Snippet, Outcome switch
        {
            "failed" => BrowserRuleOutcome.Failed,
            "cantTell" => BrowserRuleOutcome.CantTell,
            _ => BrowserRuleOutcome.Passed,
        }, Message);
    }

    private sealed record Rotation(string Selector, string Snippet, double Angle, bool Visible);

    private sealed record FocusStop(string Selector, string Snippet);

    private sealed record Box(double Left, double Top, double Width, double Height, double ViewportWidth, double ViewportHeight);
}
