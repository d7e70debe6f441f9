using System.CommandLine;
using System.Globalization;
using A11yArticles.Cli.Evaluation;

namespace A11yArticles.Cli.Commands;

/// <summary>
/// <c>evaluate &lt;folder&gt;</c>: imports every page of a folder laid out like Mozilla Readability's
/// test pages (<c>&lt;name&gt;/source.html</c>, <c>expected-metadata.json</c>, <c>expected.html</c>),
/// renders it, and prints a table: title, byline, language and direction match, words kept, quotations
/// kept and whether the rendered page passes the static checks; then the totals against the targets.
/// With <c>--require-targets</c> the exit code is 1 when a target is missed.
/// </summary>
internal static class EvaluateCommand
{
    /// <summary>The share of a page's words that must survive.</summary>
    public const double WordsTarget = 0.98;

    /// <summary>The share of pages whose byline must match.</summary>
    public const double BylineTarget = 0.90;

    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var folder = new Argument<string>("folder") { Description = "A folder of <name>/source.html, expected-metadata.json and expected.html." };
        var requireTargets = new Option<bool>("--require-targets") { Description = "Exit with 1 when a target is missed." };
        var verbose = new Option<bool>("--verbose") { Description = "Also print what we found next to what was expected, per page." };
        var command = new Command("evaluate", """
            Import and render a folder of real pages and compare them with their expected results.

            Examples:
              a11y-articles evaluate ../shared/corpus/readability
              a11y-articles evaluate pages/ --verbose --require-targets
            """)
        {
            folder,
            requireTargets,
            verbose,
        };
        command.SetAction((parseResult, cancellationToken) => RunAsync(
            parseResult.GetRequiredValue(folder),
            parseResult.GetValue(requireTargets),
            parseResult.GetValue(verbose),
            stdout,
            stderr,
            cancellationToken));
        return command;
    }

    public static async Task<int> RunAsync(string folder, bool requireTargets, bool verbose, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken = default)
    {
        if (!Directory.Exists(folder))
        {
            await stderr.WriteLineAsync($"error: {folder}: folder not found");
            return ExitCodes.InputError;
        }

        var results = await CorpusEvaluation.RunAsync(folder, stderr, cancellationToken);
        if (results.Count == 0)
        {
            await stderr.WriteLineAsync($"error: {folder}: no <name>/source.html pages in it");
            return ExitCodes.InputError;
        }

        await stdout.WriteLineAsync(Row("page", "title", "byline", "lang", "dir", "words kept", "quotations (exp/ours)", "checks"));
        await stdout.WriteLineAsync(Row("---", "---", "---", "---", "---", "---", "---", "---"));
        foreach (var result in results)
        {
            if (result.Error is not null)
            {
                await stdout.WriteLineAsync(Row(result.Name, "ERROR", "", "", "", "", "", result.Error));
                continue;
            }

            await stdout.WriteLineAsync(Row(
                result.Name,
                Mark(result.TitleMatch),
                Mark(result.BylineMatch),
                Mark(result.LanguageMatch),
                Mark(result.DirectionMatch),
                Percent(result.WordsKept) + (result.WordsKept >= WordsTarget ? "" : " ✗"),
                $"{result.ExpectedQuotations}/{result.OurQuotations}" + (result.QuotationsKept ? "" : " ✗"),
                result.PassesChecks ? "pass" : "fail: " + string.Join("; ", result.CheckProblems)));
            if (verbose)
            {
                await stdout.WriteLineAsync($"    ours:     {result.Ours}");
                await stdout.WriteLineAsync($"    expected: {result.Expected}");
                if (result.MissingWords.Count > 0)
                {
                    await stdout.WriteLineAsync($"    missing:  {string.Join(' ', result.MissingWords.Take(60))}");
                }
            }
        }

        var pages = results.Count;
        int Count(Func<PageResult, bool> predicate) => results.Count(result => result.Error is null && predicate(result));
        var title = Count(r => r.TitleMatch);
        var byline = Count(r => r.BylineMatch);
        var language = Count(r => r.LanguageMatch);
        var direction = Count(r => r.DirectionMatch);
        var words = Count(r => r.WordsKept >= WordsTarget);
        var quotations = Count(r => r.QuotationsKept);
        var checks = Count(r => r.PassesChecks);
        var lowestWords = results.Where(r => r.Error is null).Select(r => r.WordsKept).DefaultIfEmpty(0).Min();

        await stdout.WriteLineAsync();
        await stdout.WriteLineAsync($"Pages: {pages}, imported: {Count(_ => true)}");
        await stdout.WriteLineAsync(Target("title", title, pages, pages));
        await stdout.WriteLineAsync(Target("byline", byline, pages, (int)Math.Ceiling(pages * BylineTarget)));
        await stdout.WriteLineAsync(Target("language", language, pages, pages));
        await stdout.WriteLineAsync(Target("direction", direction, pages, pages));
        await stdout.WriteLineAsync(Target($"words kept >= {Percent(WordsTarget)} (lowest {Percent(lowestWords)})", words, pages, pages));
        await stdout.WriteLineAsync(Target("quotations kept", quotations, pages, pages));
        await stdout.WriteLineAsync($"passes checks: {checks}/{pages} (error rules of A11yArticles.Checks; see docs/checks.md)");

        var met = title == pages && language == pages && direction == pages && byline >= Math.Ceiling(pages * BylineTarget) && words == pages && quotations == pages;
        await stdout.WriteLineAsync(met ? "All targets met." : "Some targets missed.");
        return requireTargets && !met ? ExitCodes.InputError : ExitCodes.Success;
    }

    private static string Target(string what, int count, int pages, int target) =>
        $"{what}: {count}/{pages} ({Percent((double)count / pages)}), target {target}/{pages} {(count >= target ? "met" : "MISSED")}";

    private static string Mark(bool ok) => ok ? "yes" : "NO";

    private static string Percent(double value) => value.ToString("0.0%", CultureInfo.InvariantCulture);

    private static string Row(params string[] cells) => "| " + string.Join(" | ", cells) + " |";
}
