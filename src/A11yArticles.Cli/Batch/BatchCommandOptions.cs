using System.CommandLine;
using System.CommandLine.Parsing;

namespace A11yArticles.Cli.Batch;

/// <summary>
/// The options every command that works on many files shares: which files (inputs, <c>--shard</c>,
/// <c>--changed-since</c>) and how to run and show the work (<c>--parallel</c>, <c>--quiet</c>).
/// </summary>
internal sealed class BatchCommandOptions
{
    public Argument<string[]> Inputs { get; } = new("inputs")
    {
        Description = "Files, folders (searched recursively) or globs such as 'site/**/*.html'.",
        Arity = ArgumentArity.OneOrMore,
    };

    public Option<bool> Quiet { get; } = new("--quiet", "-q") { Description = "Print only errors and the summary." };

    public Option<int> Parallel { get; } = new("--parallel")
    {
        Description = "How many files to process at once (default: one per core).",
        DefaultValueFactory = _ => Environment.ProcessorCount,
    };

    /// <summary>The default of <c>--timeout</c>: a normal page takes a fraction of a second, a 16 MiB one a few seconds.</summary>
    public const double DefaultTimeoutSeconds = 60;

    public Option<double> Timeout { get; } = new("--timeout")
    {
        Description = "The most seconds one file may take (default 60; 0 for no limit). A file over it is reported as an error, nothing is written for it, and the others go on.",
        DefaultValueFactory = _ => DefaultTimeoutSeconds,
    };

    public Option<string?> Shard { get; } = new("--shard")
    {
        Description = "Process only slice i of n (for example 2/4), the same slice on every machine: for CI matrices.",
    };

    public Option<string?> ChangedSince { get; } = new("--changed-since")
    {
        Description = "Process only files changed since this git commit, branch or tag (and new untracked files).",
    };

    public BatchCommandOptions(string commandName)
    {
        Inputs.Validators.Add(result => RejectUnknownOptions(result, commandName));
        Parallel.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() < 1)
            {
                result.AddError("--parallel must be at least 1.");
            }
        });
        Timeout.Validators.Add(result =>
        {
            var seconds = result.GetValueOrDefault<double>();
            if (seconds < 0 || double.IsNaN(seconds) || double.IsInfinity(seconds) || seconds > int.MaxValue / 1000.0)
            {
                result.AddError("--timeout must be a number of seconds, 0 or more (0: no limit).");
            }
        });
        Shard.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<string?>() is { } text)
            {
                try
                {
                    Batch.Shard.Parse(text);
                }
                catch (FormatException error)
                {
                    result.AddError($"--shard {error.Message}");
                }
            }
        });
    }

    public void AddTo(Command command)
    {
        command.Arguments.Add(Inputs);
        command.Options.Add(Quiet);
        command.Options.Add(Parallel);
        command.Options.Add(Timeout);
        command.Options.Add(Shard);
        command.Options.Add(ChangedSince);
    }

    /// <summary>The files to process: the inputs expanded, then narrowed to the shard and to the changed files.</summary>
    public async Task<(IReadOnlyList<InputFile> Files, IReadOnlyList<string> Errors)> SelectFilesAsync(
        ParseResult parseResult,
        IReadOnlyCollection<string> extensions,
        CancellationToken cancellationToken)
    {
        var (files, errors) = InputFiles.Expand(parseResult.GetRequiredValue(Inputs), extensions);
        if (parseResult.GetValue(Shard) is { } shardText)
        {
            var shard = Batch.Shard.Parse(shardText);
            files = [.. files.Where(shard.Includes)];
        }

        if (parseResult.GetValue(ChangedSince) is { } gitRef)
        {
            var changed = await GitChanges.SinceAsync(gitRef, Directory.GetCurrentDirectory(), cancellationToken);
            files = [.. files.Where(file => changed.Contains(Path.GetFullPath(file.Path)))];
        }

        return (files, errors);
    }

    public BatchOptions RunOptions(ParseResult parseResult, bool terminal) =>
        new(parseResult.GetValue(Parallel), parseResult.GetValue(Quiet), ShowProgressBar: terminal && !parseResult.GetValue(Quiet))
        {
            Timeout = parseResult.GetValue(Timeout) is > 0 and var seconds ? TimeSpan.FromSeconds(seconds) : null,
        };

    /// <summary>
    /// A token like <c>--unknwon</c> would otherwise be taken as an input file name; a typo in an
    /// option is far likelier than a file whose name starts with two dashes.
    /// </summary>
    private static void RejectUnknownOptions(ArgumentResult result, string commandName)
    {
        foreach (var token in result.Tokens.Where(token => token.Value.StartsWith("--", StringComparison.Ordinal)))
        {
            result.AddError($"Unrecognized option '{token.Value}' for '{commandName}'.");
        }
    }
}
