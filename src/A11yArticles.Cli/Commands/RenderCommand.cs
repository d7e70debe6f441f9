using System.CommandLine;
using A11yArticles.Components;
using A11yArticles.Components.Rendering;
using A11yArticles.Importers;
using A11yArticles.Model;

namespace A11yArticles.Cli.Commands;

/// <summary>
/// <c>render &lt;files or folders&gt; --out &lt;dir&gt;</c>: imports each article and writes one HTML
/// page per article, with the stylesheet and script next to the pages so they work when opened from
/// disk. A bad input is named on stderr and produces no file; the other inputs are still rendered.
/// Import warnings (an unclosed quotation, an image without alt text) go to stderr with the file's
/// name; the page is still written.
/// </summary>
internal static class RenderCommand
{
    private static readonly ArticlePageOptions PageOptions = new()
    {
        StylesheetHref = ArticleAssets.StylesheetFileName,
        ScriptHref = ArticleAssets.ScriptFileName,
    };

    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var inputs = new Argument<string[]>("inputs")
        {
            Description = "Article files (.txt, .md, .html) or folders; a folder means every supported file directly in it.",
            Arity = ArgumentArity.OneOrMore,
        };
        inputs.Validators.Add(RejectUnknownOptions);
        var outDirectory = new Option<string>("--out", "-o")
        {
            Description = "The folder to write the pages to (created if missing).",
            DefaultValueFactory = _ => "out",
        };

        var command = new Command("render", "Render articles to accessible HTML pages.")
        {
            inputs,
            outDirectory,
        };
        command.SetAction((parseResult, cancellationToken) => RunAsync(
            parseResult.GetRequiredValue(inputs),
            parseResult.GetRequiredValue(outDirectory),
            stdout,
            stderr,
            cancellationToken));
        return command;
    }

    /// <summary>
    /// A token like <c>--unknwon</c> would otherwise be taken as an input file name; a typo in an
    /// option is far likelier than an article file whose name starts with two dashes.
    /// </summary>
    private static void RejectUnknownOptions(System.CommandLine.Parsing.ArgumentResult result)
    {
        foreach (var token in result.Tokens.Where(token => token.Value.StartsWith("--", StringComparison.Ordinal)))
        {
            result.AddError($"Unrecognized option '{token.Value}' for 'render'.");
        }
    }

    public static async Task<int> RunAsync(
        IReadOnlyList<string> inputs,
        string outDirectory,
        TextWriter stdout,
        TextWriter stderr,
        CancellationToken cancellationToken = default)
    {
        var failures = 0;
        var files = new List<string>();
        foreach (var input in inputs)
        {
            if (Directory.Exists(input))
            {
                var articles = Directory.EnumerateFiles(input)
                    .Where(path => ArticleImporter.SupportedExtensions.Contains(Path.GetExtension(path).ToLowerInvariant()))
                    .Order(StringComparer.Ordinal)
                    .ToList();
                if (articles.Count == 0)
                {
                    await stderr.WriteLineAsync($"error: {input}: the folder holds no article files ({string.Join(", ", ArticleImporter.SupportedExtensions)})");
                    failures++;
                }

                files.AddRange(articles);
            }
            else
            {
                files.Add(input);
            }
        }

        var written = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var outputPath = Path.Combine(outDirectory, Path.GetFileNameWithoutExtension(file) + ".html");
            if (string.Equals(Path.GetFullPath(outputPath), Path.GetFullPath(file), StringComparison.Ordinal))
            {
                await stderr.WriteLineAsync($"error: {file}: the page would overwrite its own source; choose another --out folder");
                failures++;
                continue;
            }

            if (!written.Add(Path.GetFullPath(outputPath)))
            {
                await stderr.WriteLineAsync($"error: {file}: another input already wrote {outputPath}; rename one of them");
                failures++;
                continue;
            }

            Article article;
            try
            {
                var imported = ArticleImporter.Import(file);
                foreach (var warning in imported.Warnings)
                {
                    await stderr.WriteLineAsync($"warning: {warning}");
                }

                article = imported.Article;
            }
            catch (ArticleImportException error)
            {
                await stderr.WriteLineAsync($"error: {error.Message}");
                failures++;
                continue;
            }

            var html = await ArticleRenderer.RenderPageAsync(article, PageOptions);
            Directory.CreateDirectory(outDirectory);
            await WriteAtomicallyAsync(outputPath, html, cancellationToken);
            await WriteAtomicallyAsync(Path.Combine(outDirectory, ArticleAssets.StylesheetFileName), ArticleAssets.ReadStylesheet(), cancellationToken);
            await WriteAtomicallyAsync(Path.Combine(outDirectory, ArticleAssets.ScriptFileName), ArticleAssets.ReadScript(), cancellationToken);

            var paragraphs = article.Blocks.OfType<ParagraphBlock>().Count();
            var quotations = article.Quotations.Count();
            await stdout.WriteLineAsync($"Wrote {outputPath} ({paragraphs} paragraphs, {quotations} quotations)");
        }

        return failures == 0 ? ExitCodes.Success : ExitCodes.InputError;
    }

    /// <summary>Writes to a temporary file in the same folder, then moves it into place: a reader never sees half a file.</summary>
    private static async Task WriteAtomicallyAsync(string path, string content, CancellationToken cancellationToken)
    {
        var temporary = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(path))!, $".{Path.GetFileName(path)}.{Guid.NewGuid():N}.tmp");
        try
        {
            await File.WriteAllTextAsync(temporary, content, cancellationToken);
            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
    }
}
