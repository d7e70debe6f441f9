using System.CommandLine;
using A11yArticles.Cli.Commands;

namespace A11yArticles.Cli;

/// <summary>Builds the command line and runs it. Output goes to the given writers so tests can run it in-process.</summary>
internal static class CliApplication
{
    public static Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken = default) =>
        RunAsync(args, new CliContext(stdout, stderr, IsTerminal: false), cancellationToken);

    public static async Task<int> RunAsync(string[] args, CliContext cli, CancellationToken cancellationToken = default)
    {
        var root = new RootCommand("a11y-articles: render articles as accessible HTML pages, and check HTML pages for accessibility.")
        {
            RenderCommand.Create(cli),
            EvaluateCommand.Create(cli.Out, cli.Error),
            CheckCommand.Create(cli),
        };

        var parseResult = root.Parse(args);
        if (parseResult.Errors.Count > 0)
        {
            foreach (var error in parseResult.Errors)
            {
                await cli.Error.WriteLineAsync($"error: {error.Message}");
            }

            await cli.Error.WriteLineAsync("Run 'a11y-articles --help' to see the commands and their options.");
            return ExitCodes.UsageError;
        }

        return await parseResult.InvokeAsync(
            new InvocationConfiguration { Output = cli.Out, Error = cli.Error },
            cancellationToken);
    }
}
