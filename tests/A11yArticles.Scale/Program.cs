using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace A11yArticles.Scale;

/// <summary>
/// Usage: <c>dotnet run -c Release --project tests/A11yArticles.Scale -- [N ...]</c> (default 1000 10000).
/// Builds nothing itself: it runs the Release build of the CLI (built first by the script in the
/// docs), or the one <c>A11Y_SCALE_CLI</c> names, pinned to one core and to two with <c>taskset</c>, and reads wall time and peak memory
/// from GNU time. Prints a Markdown table for docs/performance.md.
/// </summary>
public static class Program
{
    public static async Task<int> Main(string[] args)
    {
        var sizes = args.Length > 0 ? args.Select(a => int.Parse(a, CultureInfo.InvariantCulture)).ToArray() : [1_000, 10_000];
        var root = FindRepositoryRoot();
        // A11Y_SCALE_CLI measures another build of the CLI, such as a ReadyToRun publish (docs/performance.md).
        var cli = Environment.GetEnvironmentVariable("A11Y_SCALE_CLI") is { Length: > 0 } chosen
            ? Path.GetFullPath(chosen)
            : Path.Combine(root, "src", "A11yArticles.Cli", "bin", "Release", "net10.0", "a11y-articles.dll");
        if (!File.Exists(cli))
        {
            Console.Error.WriteLine($"Build the CLI first: dotnet build -c Release src/A11yArticles.Cli, or publish it where A11Y_SCALE_CLI points ({cli} is missing).");
            return 2;
        }

        Console.WriteLine($"CLI: {cli}");

        foreach (var tool in new[] { "/usr/bin/time", "/usr/bin/taskset" })
        {
            if (!File.Exists(tool))
            {
                Console.Error.WriteLine($"{tool} is needed (Debian: apt-get install time util-linux).");
                return 2;
            }
        }

        // A real page (issue 15): 100 copies of the page A11Y_BENCHMARK_PAGE names, checked and rendered on 1 and 2 cores.
        if (Environment.GetEnvironmentVariable("A11Y_BENCHMARK_PAGE") is { Length: > 0 } page)
        {
            await RealPageAsync(cli, page);
            if (args.Length == 0)
            {
                return 0;
            }
        }

        Console.WriteLine("| step | articles | cores | wall time | articles/s | peak memory |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|");
        foreach (var n in sizes)
        {
            var work = Directory.CreateTempSubdirectory($"a11y-scale-{n}-").FullName;
            try
            {
                var articles = Path.Combine(work, "articles");
                Generate(articles, n);
                foreach (var cores in new[] { 1, 2 })
                {
                    var pages = Path.Combine(work, $"pages-{cores}");
                    var render = await MeasureAsync(cli, cores, ["render", articles, "--out", pages, "--quiet", "--parallel", cores.ToString(CultureInfo.InvariantCulture)]);
                    Report("render", n, cores, render);
                    var check = await MeasureAsync(cli, cores, ["check", pages, "--quiet", "--parallel", cores.ToString(CultureInfo.InvariantCulture)]);
                    Report("check", n, cores, check);
                }
            }
            finally
            {
                Directory.Delete(work, recursive: true);
            }
        }

        return 0;
    }

    /// <summary>
    /// 100 copies of one real page (check) and 10 (render: importing a 1 MB page is much slower than
    /// checking it), each on 1 core and on 2, rounds interleaved (A11Y_SCALE_ROUNDS, default 3), the
    /// best round reported.
    /// The CLI's start-up (a run on one copy) is given so that per-page costs can be compared with
    /// the in-process benchmark.
    /// </summary>
    private static async Task RealPageAsync(string cli, string page)
    {
        var work = Directory.CreateTempSubdirectory("a11y-scale-page-").FullName;
        try
        {
            var bytes = await File.ReadAllBytesAsync(page);
            foreach (var (folder, count) in new[] { ("one", 1), ("check", 100), ("render", 10) })
            {
                Directory.CreateDirectory(Path.Combine(work, folder));
                for (var i = 0; i < count; i++)
                {
                    await File.WriteAllBytesAsync(Path.Combine(work, folder, $"page-{i:D3}.html"), bytes);
                }
            }

            Console.WriteLine($"Real page: {page} ({bytes.Length / 1024.0 / 1024.0:0.00} MB)");
            Console.WriteLine("| step | pages | cores | wall time (best round) | per page | pages/s | peak memory |");
            Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|");
            foreach (var (step, folder, count) in new[] { ("check", "one", 1), ("check", "check", 100), ("render", "one", 1), ("render", "render", 10) })
            {
                var best = new Dictionary<int, (double Seconds, long PeakKiB)>();
                var rounds = int.TryParse(Environment.GetEnvironmentVariable("A11Y_SCALE_ROUNDS"), CultureInfo.InvariantCulture, out var asked) && asked > 0 ? asked : 3;
                for (var round = 0; round < rounds; round++)
                {
                    foreach (var cores in new[] { 1, 2 })
                    {
                        string[] arguments = step == "check"
                            ? ["check", Path.Combine(work, folder), "--quiet", "--parallel", cores.ToString(CultureInfo.InvariantCulture)]
                            : ["render", Path.Combine(work, folder), "--out", Path.Combine(work, $"out-{cores}"), "--quiet", "--parallel", cores.ToString(CultureInfo.InvariantCulture)];

                        // A real page has findings: check exits 1, which is a result here, not a failure.
                        var result = await MeasureAsync(cli, cores, arguments, allowFindings: step == "check");
                        if (!best.TryGetValue(cores, out var known) || result.Seconds < known.Seconds)
                        {
                            best[cores] = result;
                        }
                    }
                }

                foreach (var (cores, result) in best.OrderBy(pair => pair.Key))
                {
                    Console.WriteLine(string.Create(
                        CultureInfo.InvariantCulture,
                        $"| {step} | {count} | {cores} | {result.Seconds:0.00} s | {result.Seconds * 1000 / count:0} ms | {count / result.Seconds:0.0} | {result.PeakKiB / 1024.0:0} MiB |"));
                }
            }
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    private static void Report(string step, int n, int cores, (double Seconds, long PeakKiB) result) =>
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"| {step} | {n:N0} | {cores} | {result.Seconds:0.0} s | {n / result.Seconds:0} | {result.PeakKiB / 1024.0:0} MiB |"));

    /// <summary>Runs the CLI under GNU time on the first <paramref name="cores"/> cores; returns wall seconds and peak resident KiB.</summary>
    private static async Task<(double Seconds, long PeakKiB)> MeasureAsync(string cli, int cores, string[] arguments, bool allowFindings = false)
    {
        var timeFile = Path.GetTempFileName();
        var start = new ProcessStartInfo("/usr/bin/taskset") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in (string[])["-c", cores == 1 ? "0" : "0,1", "/usr/bin/time", "-o", timeFile, "-f", "%e %M", "dotnet", cli, .. arguments])
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        // Every generated article must render and every page must pass: a failure would make the figures meaningless.
        if (process.ExitCode != 0 && !(allowFindings && process.ExitCode == 1))
        {
            throw new InvalidOperationException($"{string.Join(' ', arguments)} exited with {process.ExitCode}: {await stderr}{await stdout}");
        }

        var fields = (await File.ReadAllTextAsync(timeFile)).Trim().Split('\n')[^1].Split(' ');
        File.Delete(timeFile);
        return (double.Parse(fields[0], CultureInfo.InvariantCulture), long.Parse(fields[1], CultureInfo.InvariantCulture));
    }

    /// <summary>Writes <paramref name="count"/> articles of 8 to 20 paragraphs with quotations, the same every run.</summary>
    private static void Generate(string folder, int count)
    {
        string[] words = ["council", "library", "budget", "residents", "river", "school", "minister", "market", "bridge", "station", "museum", "garden", "report", "election", "harbour", "festival"];
        string[] speakers = ["Rosa Elvira Méndez", "Kamala Harris", "Julien Morel", "Petra Vogel", "Layla Haddad"];
        var random = new Random(20261128);
        for (var i = 0; i < count; i++)
        {
            var text = new StringBuilder();
            text.Append(CultureInfo.InvariantCulture, $"Article {i}: the {words[random.Next(words.Length)]} and the {words[random.Next(words.Length)]}\n\n");
            var paragraphs = random.Next(8, 21);
            for (var p = 0; p < paragraphs; p++)
            {
                var sentence = string.Join(' ', Enumerable.Range(0, random.Next(25, 60)).Select(_ => words[random.Next(words.Length)]));
                text.Append(p % 3 == 1
                    ? $"“{sentence},” said {speakers[random.Next(speakers.Length)]}.\n\n"
                    : $"The {sentence}.\n\n");
            }

            var path = Path.Combine(folder, $"{i / 1000:D3}", $"article-{i:D5}.txt");
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, text.ToString());
        }
    }

    private static string FindRepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "A11yArticles.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("A11yArticles.sln not found; run from the repository.");
    }
}
