using A11yArticles.Cli;

var terminal = !Console.IsOutputRedirected && !Console.IsErrorRedirected;
return await CliApplication.RunAsync(args, new CliContext(Console.Out, Console.Error, terminal));
