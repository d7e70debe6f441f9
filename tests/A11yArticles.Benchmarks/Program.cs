using BenchmarkDotNet.Running;

// dotnet run -c Release --project tests/A11yArticles.Benchmarks -- --filter '*' --job short
BenchmarkSwitcher.FromAssembly(typeof(A11yArticles.Benchmarks.CheckerBenchmarks).Assembly).Run(args);
