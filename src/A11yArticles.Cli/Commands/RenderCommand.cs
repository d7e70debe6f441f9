using System.CommandLine;
using System.Globalization;
using A11yArticles.Cli.Batch;
using A11yArticles.Components;
using A11yArticles.Rendering;
using A11yArticles.Importers;
using A11yArticles.Model;

namespace A11yArticles.Cli.Commands;

/// <summary>
/// <c>render &lt;files, folders or globs&gt; --out &lt;dir&gt;</c>: imports each article and writes
/// one HTML page per article, keeping the inputs' folder structure, with the stylesheet and script
/// in the output folder and the article's local images and media beside its page (see
/// <see cref="LocalResources"/>), so the pages work when opened from disk. A bad input is named on stderr and
/// produces no file; the other inputs are still rendered. Import warnings (an unclosed quotation, an
/// image without alt text) go to stderr with the file's name; the page is still written.
/// </summary>
internal static class RenderCommand
{
    public static Command Create(CliContext cli)
    {
        var batch = new BatchCommandOptions("render");
        var outDirectory = new Option<string>("--out", "-o")
        {
            Description = "The folder to write the pages to (created if missing).",
            DefaultValueFactory = _ => "out",
        };

        var command = new Command("render", """
            Render articles (.txt, .md, .html) to accessible HTML pages.

            Examples:
              a11y-articles render seeds/amlo-welcomes-harris.txt --out out/
              a11y-articles render articles/ --out site/ --quiet
              a11y-articles render 'articles/**/*.md' --out site/ --shard 2/4
              a11y-articles render articles/ --out site/ --changed-since origin/main
            """);
        batch.AddTo(command);
        command.Options.Add(outDirectory);
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var (files, inputErrors) = await batch.SelectFilesAsync(parseResult, [.. ArticleImporter.SupportedExtensions], cancellationToken);
            var output = parseResult.GetRequiredValue(outDirectory);

            // --out inside an input folder: the pages of an earlier run are output, not articles.
            var named = parseResult.GetRequiredValue(batch.Inputs).Select(Path.GetFullPath).ToHashSet(StringComparer.Ordinal);
            files = [.. files.Where(file => !IsInside(file.Path, output) || named.Contains(Path.GetFullPath(file.Path)))];
            return await RunAsync(files, inputErrors, output, batch.RunOptions(parseResult, cli.IsTerminal), cli, cancellationToken);
        });
        return command;
    }

    public static async Task<int> RunAsync(
        IReadOnlyList<InputFile> files,
        IReadOnlyList<string> inputErrors,
        string outDirectory,
        BatchOptions options,
        CliContext cli,
        CancellationToken cancellationToken = default)
    {
        foreach (var error in inputErrors)
        {
            await cli.Error.WriteLineAsync($"error: {error}");
        }

        // An --out that can never be a folder (it is a file, or lies under one) fails once, before any work.
        if (OutFolderProblem(outDirectory) is { } problem)
        {
            await cli.Error.WriteLineAsync($"error: --out {outDirectory}: {problem}");
            return ExitCodes.UsageError;
        }

        var plan = PlanOutputs(files, outDirectory);
        var runner = new BatchRunner(options, cli.Out, cli.Error);
        var (outcomes, elapsed) = await runner.RunAsync("Rendering", files, (file, token) => RenderOneAsync(file, plan[file], outDirectory, token), cancellationToken);

        var rendered = outcomes.Count(outcome => !outcome.Failed);
        if (rendered > 0)
        {
            await AtomicFile.WriteAllTextAsync(Path.Combine(outDirectory, ArticleAssets.StylesheetFileName), ArticleAssets.ReadStylesheet(), cancellationToken);
            await AtomicFile.WriteAllTextAsync(Path.Combine(outDirectory, ArticleAssets.ScriptFileName), ArticleAssets.ReadScript(), cancellationToken);
        }

        var failed = outcomes.Count - rendered + inputErrors.Count;
        await cli.Out.WriteLineAsync(string.Create(
            CultureInfo.InvariantCulture,
            $"Rendered {rendered} of {files.Count} article{(files.Count == 1 ? "" : "s")} in {elapsed.TotalSeconds:0.0} s{(failed > 0 ? $"; {failed} failed" : "")}."));
        return failed == 0 ? ExitCodes.Success : ExitCodes.InputError;
    }

    /// <summary>Why <paramref name="folder"/> cannot be made a folder, or null: it or the nearest existing folder above it is a file.</summary>
    private static string? OutFolderProblem(string folder)
    {
        string full;
        try
        {
            full = Path.GetFullPath(folder);
        }
        catch (Exception error) when (error is ArgumentException or NotSupportedException or PathTooLongException)
        {
            return $"is not a usable path: {error.Message}";
        }

        for (var current = full; !string.IsNullOrEmpty(current); current = Path.GetDirectoryName(current))
        {
            if (Directory.Exists(current))
            {
                return null;
            }

            if (File.Exists(current))
            {
                return current == full
                    ? "is a file, not a folder; the pages cannot be written there"
                    : $"cannot be created: {current} is a file, not a folder";
            }
        }

        return null;
    }

    private static bool IsInside(string path, string folder)
    {
        var root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder)) + Path.DirectorySeparatorChar;
        return Path.GetFullPath(path).StartsWith(root, StringComparison.Ordinal);
    }

    /// <summary>Where each input's page goes: its path relative to its input, with <c>.html</c>; a clash is an error for the later input.</summary>
    private static Dictionary<InputFile, string?> PlanOutputs(IReadOnlyList<InputFile> files, string outDirectory)
    {
        var plan = new Dictionary<InputFile, string?>();
        var taken = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            var output = Path.Combine(outDirectory, Path.ChangeExtension(file.RelativePath, ".html"));
            plan[file] = taken.Add(Path.GetFullPath(output)) ? output : null;
        }

        return plan;
    }

    private static async Task<FileOutcome> RenderOneAsync(InputFile file, string? outputPath, string outDirectory, CancellationToken cancellationToken)
    {
        if (outputPath is null)
        {
            return FileOutcome.Failure(file, $"error: {file.Path}: another input already renders to {Path.ChangeExtension(file.RelativePath, ".html")} in {outDirectory}; rename one of them");
        }

        if (string.Equals(Path.GetFullPath(outputPath), Path.GetFullPath(file.Path), StringComparison.Ordinal))
        {
            return FileOutcome.Failure(file, $"error: {file.Path}: the page would overwrite its own source; choose another --out folder");
        }

        ImportResult imported;
        try
        {
            imported = ArticleImporter.Import(file.Path);
        }
        catch (ArticleImportException error)
        {
            return FileOutcome.Failure(file, $"error: {error.Message}");
        }

        var article = imported.Article;
        var warnings = imported.Warnings.Select(warning => $"warning: {warning}").ToList();

        // Pages in subfolders reach the shared assets in the output folder's root.
        var toRoot = Path.GetRelativePath(Path.GetDirectoryName(Path.GetFullPath(outputPath))!, Path.GetFullPath(outDirectory)).Replace('\\', '/');
        var prefix = toRoot == "." ? "" : toRoot + "/";
        var html = await ArticleRenderer.RenderPageAsync(article, new ArticlePageOptions
        {
            StylesheetHref = prefix + ArticleAssets.StylesheetFileName,
            ScriptHref = prefix + ArticleAssets.ScriptFileName,
        });
        try
        {
            // The page's own files first, so that a page is never published before its images.
            warnings.AddRange((await LocalResources.CopyAsync(article, file, outputPath, cancellationToken)).Select(warning => $"warning: {warning}"));
            await AtomicFile.WriteAllTextAsync(outputPath, html, cancellationToken);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            return FileOutcome.Failure(file, $"error: {file.Path}: cannot write {outputPath}: {error.Message}");
        }

        var paragraphs = article.AllBlocks.OfType<ParagraphBlock>().Count();
        var quotations = article.Quotations.Count();
        return new FileOutcome(file, Failed: false, Lines: [], warnings)
        {
            Progress = [$"Wrote {outputPath} ({paragraphs} paragraphs, {quotations} quotations)"],
        };
    }
}
