using System.CommandLine;
using System.Text;
using System.Text.RegularExpressions;
using A11yArticles.Checks;
using A11yArticles.Checks.Reporting;

namespace A11yArticles.Cli.Commands;

/// <summary>
/// <c>check &lt;files, folders or globs&gt; [--format text|json|sarif] [--act] [--rules ...]</c>: checks HTML
/// pages for accessibility. Exit codes: 0 no error found, 1 errors found, 2 usage or input error
/// (an unreadable file is named on stderr; the other files are still checked).
/// </summary>
internal static class CheckCommand
{
    private static readonly string[] PageExtensions = [".html", ".htm", ".xhtml"];

    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var inputs = new Argument<string[]>("inputs")
        {
            Description = "HTML files, folders (every .html/.htm/.xhtml file below them) or globs such as 'out/**/*.html'.",
            Arity = ArgumentArity.OneOrMore,
        };
        inputs.Validators.Add(result =>
        {
            foreach (var token in result.Tokens.Where(token => token.Value.StartsWith("--", StringComparison.Ordinal)))
            {
                result.AddError($"Unrecognized option '{token.Value}' for 'check'.");
            }
        });
        var format = new Option<string>("--format", "-f")
        {
            Description = "Output format: text (like a compiler), json, or sarif (SARIF 2.1.0).",
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong("text", "json", "sarif");
        var act = new Option<bool>("--act")
        {
            Description = "Print, per file, a JSON array of the W3C ACT rule ids that failed (the ACT scorer's interface).",
        };
        var rules = new Option<string[]>("--rules", "-r")
        {
            Description = "Run only these rules: ids (A11Y-SKIP-001), prefixes (A11Y-LANG-*), groups (article, act) or ACT ids (23a2a8); comma-separated or the option repeated.",
        };

        var command = new Command("check", "Check HTML pages for accessibility: the article contract and the static W3C ACT rules.")
        {
            inputs,
            format,
            act,
            rules,
        };
        command.SetAction((parseResult, cancellationToken) => RunAsync(
            parseResult.GetRequiredValue(inputs),
            parseResult.GetRequiredValue(format),
            parseResult.GetValue(act),
            parseResult.GetValue(rules) ?? [],
            stdout,
            stderr,
            cancellationToken));
        return command;
    }

    public static async Task<int> RunAsync(
        IReadOnlyList<string> inputs,
        string format,
        bool act,
        IReadOnlyList<string> rules,
        TextWriter stdout,
        TextWriter stderr,
        CancellationToken cancellationToken = default)
    {
        HtmlChecker checker;
        try
        {
            checker = rules.Count == 0 ? HtmlChecker.Default : HtmlChecker.ForRules(rules);
        }
        catch (ArgumentException error)
        {
            await stderr.WriteLineAsync($"error: --rules: {error.Message.Split(" (Parameter", 2)[0]}");
            return ExitCodes.UsageError;
        }

        var inputErrors = 0;
        var files = new List<string>();
        foreach (var input in inputs)
        {
            var found = Expand(input, out var problem);
            if (problem is not null)
            {
                await stderr.WriteLineAsync($"error: {input}: {problem}");
                inputErrors++;
            }

            files.AddRange(found);
        }

        var reports = new List<CheckReport>();
        foreach (var file in files.Distinct(StringComparer.Ordinal))
        {
            cancellationToken.ThrowIfCancellationRequested();
            string html;
            try
            {
                html = await File.ReadAllTextAsync(file, new UTF8Encoding(false, true), cancellationToken);
            }
            catch (Exception error) when (error is IOException or UnauthorizedAccessException or DecoderFallbackException)
            {
                var reason = error is DecoderFallbackException ? "the file is not valid UTF-8" : error.Message;
                await stderr.WriteLineAsync($"error: {file}: cannot read the file: {reason}");
                inputErrors++;
                continue;
            }

            var report = checker.Check(html, file);
            reports.Add(report);
            if (act)
            {
                await stdout.WriteLineAsync(JsonReporter.ActFailures(report));
            }
        }

        if (!act)
        {
            switch (format)
            {
                case "json":
                    await WriteBinaryAsync(stdout, stream => JsonReporter.Write(reports, stream));
                    break;
                case "sarif":
                    await WriteBinaryAsync(stdout, stream => SarifReporter.Write(reports, checker.Rules, stream, Directory.GetCurrentDirectory()));
                    break;
                default:
                    TextReporter.Write(reports, stdout);
                    break;
            }
        }

        if (inputErrors > 0)
        {
            return ExitCodes.UsageError;
        }

        // In --act mode the output is the result (the ACT scorer reads a non-zero exit as a crash).
        if (act)
        {
            return ExitCodes.Success;
        }

        return reports.Any(report => report.ErrorCount > 0) ? ExitCodes.ViolationsFound : ExitCodes.Success;
    }

    private static async Task WriteBinaryAsync(TextWriter writer, Action<Stream> write)
    {
        using var buffer = new MemoryStream();
        write(buffer);
        await writer.WriteLineAsync(Encoding.UTF8.GetString(buffer.ToArray()));
    }

    /// <summary>A file, every page in a folder (recursively), or the files a glob matches ('*', '?', '**').</summary>
    private static List<string> Expand(string input, out string? problem)
    {
        problem = null;
        if (File.Exists(input))
        {
            return [input];
        }

        if (Directory.Exists(input))
        {
            var pages = Directory.EnumerateFiles(input, "*", SearchOption.AllDirectories)
                .Where(path => PageExtensions.Contains(Path.GetExtension(path).ToLowerInvariant()))
                .Order(StringComparer.Ordinal)
                .ToList();
            if (pages.Count == 0)
            {
                problem = $"the folder holds no HTML files ({string.Join(", ", PageExtensions)})";
            }

            return pages;
        }

        if (input.IndexOfAny(['*', '?']) >= 0)
        {
            var matches = Glob(input);
            if (matches.Count == 0)
            {
                problem = "the pattern matches no file";
            }

            return matches;
        }

        problem = "no such file or folder";
        return [];
    }

    private static List<string> Glob(string pattern)
    {
        var normalized = pattern.Replace('\\', '/');
        var firstWildcard = normalized.IndexOfAny(['*', '?']);
        var lastSlash = normalized.LastIndexOf('/', firstWildcard);
        var root = lastSlash < 0 ? "." : normalized[..lastSlash];
        if (root.Length == 0)
        {
            root = "/";
        }

        if (!Directory.Exists(root))
        {
            return [];
        }

        var regex = new Regex("^" + Regex.Escape(normalized[(lastSlash + 1)..])
            .Replace(@"\*\*/", "(.*/)?", StringComparison.Ordinal)
            .Replace(@"\*\*", ".*", StringComparison.Ordinal)
            .Replace(@"\*", "[^/]*", StringComparison.Ordinal)
            .Replace(@"\?", "[^/]", StringComparison.Ordinal) + "$");
        return Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Where(path => regex.IsMatch(Path.GetRelativePath(root, path).Replace('\\', '/')))
            .Select(path => lastSlash < 0 ? Path.GetRelativePath(".", path) : path)
            .Order(StringComparer.Ordinal)
            .ToList();
    }
}
