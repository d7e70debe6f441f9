using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace A11yArticles.Scale;

/// <summary>
/// Usage: <c>dotnet run -c Release --project tests/A11yArticles.Scale -- [N ...]</c> (default 1000 10000).
/// Builds nothing itself: it runs the Release build of the CLI (built first by the script in the
/// docs), pinned to one core and to two with <c>taskset</c>, and reads wall time and peak memory
/// from GNU time. Prints a Markdown table for docs/performance.md.
/// </summary>
public static class Program
{
    public static async Task<int> Main(string[] args)
    {
        var sizes = args.Length > 0 ? args.Select(a => int.Parse(a, CultureInfo.InvariantCulture)).ToArray() : [1_000, 10_000];
        var root = FindRepositoryRoot();
        var cli = Path.Combine(root, "src", "A11yArticles.Cli", "bin", "Release", "net10.0", "a11y-articles.dll");
        if (!File.Exists(cli))
        {
            Console.Error.WriteLine($"Build the CLI first: dotnet build -c Release src/A11yArticles.Cli ({cli} is missing).");
            return 2;
        }

        foreach (var tool in new[] { "/usr/bin/time", "/usr/bin/taskset" })
        {
            if (!File.Exists(tool))
            {
                Console.Error.WriteLine($"{tool} is needed (Debian: apt-get install time util-linux).");
                return 2;
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

    private static void Report(string step, int n, int cores, (double Seconds, long PeakKiB) result) =>
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"| {step} | {n:N0} | {cores} | {result.Seconds:0.0} s | {n / result.Seconds:0} | {result.PeakKiB / 1024.0:0} MiB |"));

    /// <summary>Runs the CLI under GNU time on the first <paramref name="cores"/> cores; returns wall seconds and peak resident KiB.</summary>
    private static async Task<(double Seconds, long PeakKiB)> MeasureAsync(string cli, int cores, string[] arguments)
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
        if (process.ExitCode != 0)
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
