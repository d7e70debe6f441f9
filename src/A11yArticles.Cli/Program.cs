using A11yArticles.Cli;

return await CliApplication.RunAsync(args, Console.Out, Console.Error);
