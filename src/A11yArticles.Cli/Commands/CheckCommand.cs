using System.Collections.Concurrent;
using System.CommandLine;
using System.Globalization;
using System.Text;
using A11yArticles.Checks;
using A11yArticles.Checks.Reporting;
using A11yArticles.Cli.Batch;
using A11yArticles.Testing.Browsers;

namespace A11yArticles.Cli.Commands;

/// <summary>
/// <c>check &lt;files, folders or globs&gt; [--format text|json|sarif|earl] [--act] [--rules ...] [--browser] [--fail-on error|warning]</c>:
/// checks HTML pages for accessibility, in parallel, with the shared batch options (<c>--quiet</c>,
/// <c>--parallel</c>, <c>--shard</c>, <c>--changed-since</c>). Exit codes: 0 nothing to fail on,
/// 1 findings at or above <c>--fail-on</c>, 2 usage or input error (an unreadable or refused file,
/// or one over its <c>--timeout</c>, is named on stderr; the other files are still checked). Pages
/// are decoded as browsers decode them; invalid bytes become U+FFFD with a warning.
/// </summary>
internal static class CheckCommand
{
    private static readonly string[] PageExtensions = [".html", ".htm", ".xhtml"];

    public static Command Create(CliContext cli)
    {
        var batch = new BatchCommandOptions("check");
        batch.Inputs.Description = "HTML files, folders (every .html/.htm/.xhtml file below them) or globs such as 'out/**/*.html'.";
        var format = new Option<string>("--format", "-f")
        {
            Description = "Output format: text (like a compiler), json, sarif (SARIF 2.1.0), or earl (the ACT rules' results as EARL JSON-LD, the W3C implementation report's shape).",
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong("text", "json", "sarif", "earl");
        var act = new Option<bool>("--act")
        {
            Description = "Print, per file, a JSON array of the W3C ACT rule ids that failed (the ACT scorer's interface).",
        };
        var rules = new Option<string[]>("--rules", "-r")
        {
            Description = "Run only these rules: ids (A11Y-SKIP-001), prefixes (A11Y-LANG-*), groups (article, act) or ACT ids (23a2a8); comma-separated or the option repeated.",
        };
        var browser = new Option<bool>("--browser")
        {
            Description = "Check each page in headless Chromium after its scripts ran: the rules on the live DOM (shadow roots included) and the W3C ACT rules that need a browser (contrast, text spacing, scrolling, orientation, visible focus). Only local files and 127.0.0.1 are loaded.",
        };
        var failOn = new Option<string>("--fail-on")
        {
            Description = "Exit with 1 when a finding of this severity or worse is found: error (default) or warning.",
            DefaultValueFactory = _ => "error",
        };
        failOn.AcceptOnlyFromAmong("error", "warning");

        var command = new Command("check", """
            Check HTML pages for accessibility: the article contract and the static W3C ACT rules.

            Examples:
              a11y-articles check site/
              a11y-articles check 'site/**/*.html' --format sarif > a11y.sarif
              a11y-articles check page.html --rules act --format earl > earl.jsonld
              a11y-articles check page.html --rules article --fail-on warning
              a11y-articles check out/ --browser
              a11y-articles check site/ --changed-since origin/main --quiet
            """);
        batch.AddTo(command);
        command.Options.Add(format);
        command.Options.Add(act);
        command.Options.Add(rules);
        command.Options.Add(browser);
        command.Options.Add(failOn);
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var (files, inputErrors) = await batch.SelectFilesAsync(parseResult, PageExtensions, cancellationToken);
            var settings = new CheckSettings(
                parseResult.GetRequiredValue(format),
                parseResult.GetValue(act),
                parseResult.GetValue(rules) ?? [],
                parseResult.GetRequiredValue(failOn) == "warning" ? Severity.Warning : Severity.Error)
            {
                Browser = parseResult.GetValue(browser),
            };
            return await RunAsync(files, inputErrors, settings, batch.RunOptions(parseResult, cli.IsTerminal), cli, cancellationToken);
        });
        return command;
    }

    internal sealed record CheckSettings(string Format, bool Act, IReadOnlyList<string> Rules, Severity FailOn)
    {
        /// <summary><c>--browser</c>: check the pages in Chromium (<see cref="BrowserPass"/>).</summary>
        public bool Browser { get; init; }
    }

    public static async Task<int> RunAsync(
        IReadOnlyList<InputFile> files,
        IReadOnlyList<string> inputErrors,
        CheckSettings settings,
        BatchOptions options,
        CliContext cli,
        CancellationToken cancellationToken = default)
    {
        HtmlChecker checker;
        try
        {
            checker = settings.Rules.Count == 0 ? HtmlChecker.Default : HtmlChecker.ForRules(settings.Rules);
        }
        catch (ArgumentException error)
        {
            await cli.Error.WriteLineAsync($"error: --rules: {error.Message.Split(" (Parameter", 2)[0]}");
            return ExitCodes.UsageError;
        }

        foreach (var error in inputErrors)
        {
            await cli.Error.WriteLineAsync($"error: {error}");
        }

        BrowserPass? browser = null;
        if (settings.Browser && files.Count > 0)
        {
            try
            {
                browser = await BrowserPass.StartAsync(checker);
            }
            catch (BrowserNotFoundException error)
            {
                await cli.Error.WriteLineAsync($"error: --browser needs Chromium. {error.Message}");
                return ExitCodes.UsageError;
            }
        }

        await using var browserSession = browser;

        var text = settings.Format == "text" && !settings.Act;
        var reports = new ConcurrentDictionary<InputFile, CheckReport>();
        var earlSubjects = new ConcurrentDictionary<InputFile, EarlSubject>();
        var runner = new BatchRunner(options with { ShowProgressBar = options.ShowProgressBar && !settings.Act }, cli.Out, cli.Error);
        var (outcomes, elapsed) = await runner.RunAsync("Checking", files, async (file, token) =>
        {
            if (!File.Exists(file.Path))
            {
                return FileOutcome.Failure(file, Directory.Exists(file.Path)
                    ? $"error: {file.Path}: is a folder, not a page"
                    : $"error: {file.Path}: no such file or folder");
            }

            CheckReport report;
            try
            {
                // Decoded as browsers decode it: byte order mark, <meta charset>, else UTF-8 or windows-1252.
                report = await checker.CheckFileAsync(file.Path, token);
            }
            catch (PageRefusedException error)
            {
                return FileOutcome.Failure(file, $"error: {error.Message}");
            }
            catch (Exception error) when (error is IOException or UnauthorizedAccessException)
            {
                return FileOutcome.Failure(file, $"error: {file.Path}: cannot read the file: {error.Message}");
            }

            var warnings = report.InputWarnings.Select(warning => $"warning: {file.Path}: {warning}").ToList();
            string[]? actLines = null;
            if (browser is not null)
            {
                // The same page in Chromium: the static rules on the live DOM and the browser rules.
                // Its source (decoded as above) only gives the findings their lines and columns.
                Testing.BrowserChecks.BrowserCheckReport live;
                try
                {
                    live = await browser.CheckAsync(file.Path, await File.ReadAllTextAsync(file.Path, token), token);
                }
                catch (TimeoutException error)
                {
                    return FileOutcome.Failure(file, $"error: {file.Path}: {error.Message}");
                }

                report = live.Report with { InputWarnings = report.InputWarnings };
                earlSubjects[file] = live.ToEarlSubject(checker.Rules);
                actLines = settings.Act ? [.. BrowserPass.ActLines(live)] : null;
            }

            reports[file] = report;
            if (settings.Act)
            {
                return new FileOutcome(file, Failed: false, actLines ?? [JsonReporter.ActFailures(report)], warnings);
            }

            if (!text)
            {
                return new FileOutcome(file, Failed: false, [], warnings);
            }

            using var lines = new StringWriter();
            TextReporter.WriteFindings(report, lines);
            return new FileOutcome(file, Failed: false, lines.ToString().Split(lines.NewLine, StringSplitOptions.RemoveEmptyEntries), warnings);
        }, cancellationToken);

        var checkedReports = files.Where(reports.ContainsKey).Select(file => reports[file]).ToList();
        if (!settings.Act)
        {
            switch (settings.Format)
            {
                case "json":
                    await WriteBinaryAsync(cli.Out, stream => JsonReporter.Write(checkedReports, stream));
                    break;
                case "sarif":
                    await WriteBinaryAsync(cli.Out, stream => SarifReporter.Write(checkedReports, checker.Rules, stream, Directory.GetCurrentDirectory()));
                    break;
                case "earl":
                    // With --browser each page's subject holds the browser rules' real outcomes too.
                    await WriteBinaryAsync(cli.Out, stream => EarlReporter.Write(
                        files.Where(reports.ContainsKey).Select(file => earlSubjects.TryGetValue(file, out var subject) ? subject : EarlReporter.StaticSubject(reports[file], checker.Rules)),
                        stream,
                        Directory.GetCurrentDirectory()));
                    break;
            }

            // The summary goes with the findings in text; beside JSON and SARIF it goes to stderr, so stdout stays one document.
            await WriteSummaryAsync(text ? cli.Out : cli.Error, checkedReports, outcomes.Count(outcome => outcome.Failed) + inputErrors.Count, elapsed);
        }

        if (inputErrors.Count > 0 || outcomes.Any(outcome => outcome.Failed))
        {
            return ExitCodes.UsageError;
        }

        // In --act mode the output is the result (the ACT scorer reads a non-zero exit as a crash).
        if (settings.Act)
        {
            return ExitCodes.Success;
        }

        var failing = checkedReports.Any(report => report.ErrorCount > 0 || (settings.FailOn == Severity.Warning && report.WarningCount > 0));
        return failing ? ExitCodes.ViolationsFound : ExitCodes.Success;
    }

    /// <summary>The totals, the time taken, and how many findings each rule had, most frequent first.</summary>
    private static async Task WriteSummaryAsync(TextWriter writer, IReadOnlyList<CheckReport> reports, int notChecked, TimeSpan elapsed)
    {
        var errors = reports.Sum(report => report.ErrorCount);
        var warnings = reports.Sum(report => report.WarningCount);
        var summary = TextReporter.Summary(reports.Count, errors, warnings);
        var skipped = notChecked > 0 ? $"; {notChecked} could not be checked (named above)" : "";
        await writer.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{summary[..^1]} in {elapsed.TotalSeconds:0.0} s{skipped}."));
        var byRule = reports.SelectMany(report => report.Findings)
            .GroupBy(finding => finding.Rule.Id)
            .OrderByDescending(group => group.Count())
            .ThenBy(group => group.Key, StringComparer.Ordinal);
        foreach (var rule in byRule)
        {
            await writer.WriteLineAsync($"  {rule.Key}: {rule.Count()} ({rule.Select(finding => finding.Rule.Title).First()})");
        }
    }

    private static async Task WriteBinaryAsync(TextWriter writer, Action<Stream> write)
    {
        using var buffer = new MemoryStream();
        write(buffer);
        await writer.WriteLineAsync(Encoding.UTF8.GetString(buffer.ToArray()));
    }
}
