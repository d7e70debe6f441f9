using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using A11yArticles.Checks;
using A11yArticles.Importers;
using A11yArticles.Rendering;
using A11yArticles.TestSupport;

namespace A11yArticles.Fuzz;

/// <summary>
/// Usage: <c>dotnet run -c Release --project tests/A11yArticles.Fuzz -- [--minutes 30] [--workers 1]
/// [--seed 1] [--budget 20] [--memory 1024] [--findings fuzz-findings]</c>.
/// <para>
/// Takes seed-like inputs (the repository's seeds, generated article pages and Markdown, the hostile
/// corpus of <see cref="HostilePages"/>), mutates them (bytes flipped, inserted, deleted, chunks
/// repeated or spliced from another input, markup and quotation tokens, encodings and byte order
/// marks) and feeds each mutant to every importer (plain text, Markdown, HTML), the renderer (for
/// what imports) and the checker. An input that makes any of them throw anything but their
/// documented refusal (<see cref="ArticleImportException"/>, <see cref="PageRefusedException"/>),
/// take longer than the budget, or allocate more than the memory bound is saved under the findings
/// folder with what happened (<c>kind-target-hash.bin</c> and <c>.txt</c>). Exit code 0 when
/// nothing was found, 1 when something was.
/// </para>
/// </summary>
public static class Program
{
    private static readonly string[] Tokens =
    [
        "<div>", "</div>", "<p>", "</p>", "<span>", "<b>", "</b>", "<a href=\"/x\">", "</a>", "<blockquote>", "</blockquote>",
        "<table><tr><td>", "<ul><li>", "<svg><g>", "<math>", "<template>", "<select><option>", "<q>", "</q>", "<script>", "</script>",
        "<style>", "<!--", "-->", "<![CDATA[", "<!DOCTYPE html>", "<meta charset=\"shift_jis\">", "<meta charset=\"utf-16\">",
        "<meta http-equiv=\"content-type\" content=\"text/html; charset=iso-8859-1\">", "<html lang=\"xx\">", "dir=\"rtl\"",
        "\"", "'", "=", "<", ">", "&amp;", "&#0;", "&#xD800;", "\u0000", "\uFEFF", "\uFFFD", "\u202E", "\r", "\n\n", "\t",
        "«", "»", "“", "”", "„", "‘", "’", "‚", "‹", "›", "「", "」", "『", "』", "—", "…",
        "> ", ">>>>", "- ", "* ", "1. ", "    ", "```", "`", "**", "__", "*", "_", "[", "](", ")", "![", "# ", "---\n", "title: x\n",
        "lang: ar\n", "Dateline — ", "said", "dijo", "a déclaré", "sagte", "قال",
    ];

    public static async Task<int> Main(string[] args)
    {
        var options = Options.Parse(args);
        Directory.CreateDirectory(options.Findings);
        var seeds = Seeds();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Fuzzing for {options.Minutes} min with {options.Workers} worker(s), seed {options.Seed}, budget {options.BudgetSeconds} s and {options.MemoryMegabytes} MB per input; {seeds.Count} seed inputs; findings go to {Path.GetFullPath(options.Findings)}."));

        var stopAt = DateTime.UtcNow.AddMinutes(options.Minutes);
        var stats = new Stats();
        var workers = Enumerable.Range(0, options.Workers)
            .Select(index => Task.Run(() => Worker(options, seeds, new Random(options.Seed + index), stopAt, stats)))
            .ToArray();
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(30));
        var all = Task.WhenAll(workers);
        while (!all.IsCompleted)
        {
            await Task.WhenAny(all, timer.WaitForNextTickAsync().AsTask());
            Console.WriteLine(stats.Line());
        }

        await all;
        Console.WriteLine($"Done. {stats.Line()}");
        return stats.Findings > 0 ? 1 : 0;
    }

    private sealed record Options(double Minutes, int Workers, int Seed, double BudgetSeconds, int MemoryMegabytes, string Findings)
    {
        public static Options Parse(string[] args)
        {
            var values = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var i = 0; i + 1 < args.Length; i += 2)
            {
                values[args[i]] = args[i + 1];
            }

            string Get(string name, string fallback) => values.GetValueOrDefault(name, fallback);
            return new Options(
                double.Parse(Get("--minutes", "5"), CultureInfo.InvariantCulture),
                int.Parse(Get("--workers", "1"), CultureInfo.InvariantCulture),
                int.Parse(Get("--seed", "1"), CultureInfo.InvariantCulture),
                double.Parse(Get("--budget", "20"), CultureInfo.InvariantCulture),
                int.Parse(Get("--memory", "1024"), CultureInfo.InvariantCulture),
                Get("--findings", "fuzz-findings"));
        }
    }

    private sealed class Stats
    {
        private long inputs;
        private long refused;
        private int findings;
        private readonly Stopwatch clock = Stopwatch.StartNew();

        public int Findings => Volatile.Read(ref findings);

        public void Input() => Interlocked.Increment(ref inputs);

        public void Refused() => Interlocked.Increment(ref refused);

        public void Found() => Interlocked.Increment(ref findings);

        public string Line() => string.Create(
            CultureInfo.InvariantCulture,
            $"[{clock.Elapsed:hh\\:mm\\:ss}] {Interlocked.Read(ref inputs)} inputs, {Interlocked.Read(ref refused)} documented refusals, {Findings} findings");
    }

    /// <summary>The seed corpus: the repository's seeds, generated pages, and the hostile corpus cut small.</summary>
    private static List<(string Extension, byte[] Bytes)> Seeds()
    {
        var seeds = new List<(string, byte[])>();
        foreach (var path in Directory.EnumerateFiles(Path.Combine(AppContext.BaseDirectory, "seeds")).Order(StringComparer.Ordinal))
        {
            seeds.Add((Path.GetExtension(path), File.ReadAllBytes(path)));
        }

        seeds.Add((".html", Encoding.UTF8.GetBytes(HostilePages.ArticlePage(
            "<figure><blockquote><p>“We open at nine,” she said.</p></blockquote><figcaption>Ana Ruiz</figcaption></figure>"
            + "<ul><li>One</li><li>Two <a href=\"/more\">more</a></li></ul><table><caption>Hours</caption><tr><th>Day</th><td>9–5</td></tr></table>"
            + "<p lang=\"fr\">Une phrase <q>citée</q>.</p><img src=\"a.png\"><nav aria-label=\"Related\"><a href=\"/r\">Related</a></nav>"))));
        seeds.Add((".md", Encoding.UTF8.GetBytes("---\ntitle: A Markdown story\nlang: en\n---\n\n# A Markdown story\n\nMADRID — “We open at nine,” said Ana Ruiz.\n\n> A quotation\n> over two lines\n\n- one\n- two\n\n1. first\n2. second\n\n**bold** and _em_ and `code` and [a link](https://example.org).\n")));
        foreach (var input in HostilePages.All)
        {
            // Small: a mutant of a 200 KB input costs too much time per run; the structure is what matters.
            var bytes = input.Bytes.Length > 8_000 ? input.Bytes[..4_000].Concat(input.Bytes[^4_000..]).ToArray() : input.Bytes;
            seeds.Add((Path.GetExtension(input.Name), bytes));
        }

        return seeds;
    }

    private static void Worker(Options options, List<(string Extension, byte[] Bytes)> seeds, Random random, DateTime stopAt, Stats stats)
    {
        var budget = TimeSpan.FromSeconds(options.BudgetSeconds);
        while (DateTime.UtcNow < stopAt)
        {
            var (extension, seed) = seeds[random.Next(seeds.Count)];
            var input = Mutate(seed, seeds, random);
            stats.Input();
            foreach (var target in Targets(extension, random))
            {
                var outcome = RunWithBudget(target, input, budget, options.MemoryMegabytes * 1024L * 1024L);
                if (outcome.Refused)
                {
                    stats.Refused();
                }

                if (outcome.Problem is { } problem)
                {
                    stats.Found();
                    Save(options.Findings, outcome.Kind!, target.Name, input, problem);
                    if (outcome.Kind == "hang")
                    {
                        // The hung thread cannot be stopped: leave this worker to it, and end the run.
                        Console.WriteLine($"A hang was found ({target.Name}); its thread cannot be stopped, so this worker stops.");
                        return;
                    }
                }
            }
        }
    }

    private sealed record Target(string Name, Func<byte[], bool> Run);

    /// <summary>Every importer on the bytes (the seed's own kind first), the renderer on what imports, and the checker.</summary>
    private static IEnumerable<Target> Targets(string extension, Random random)
    {
        var formats = new[] { ArticleFormat.PlainText, ArticleFormat.Markdown, ArticleFormat.Html };
        var own = ArticleImporter.FormatOf("x" + extension) ?? ArticleFormat.Html;
        yield return new Target($"import-{own}-render", bytes => ImportAndRender(bytes, own));

        // Another importer on the same bytes, now and then (a .md file named .html, ...).
        if (random.Next(3) == 0)
        {
            var other = formats[random.Next(formats.Length)];
            yield return new Target($"import-{other}", bytes => Import(bytes, other));
        }

        yield return new Target("check", bytes =>
        {
            try
            {
                HtmlChecker.Default.Check(bytes, "fuzz.html");
                return false;
            }
            catch (PageRefusedException)
            {
                return true;
            }
        });
    }

    private static bool Import(byte[] bytes, ArticleFormat format)
    {
        try
        {
            using var stream = new MemoryStream(bytes);
            ArticleImporter.Import(stream, "fuzz", format);
            return false;
        }
        catch (ArticleImportException)
        {
            return true;
        }
    }

    private static bool ImportAndRender(byte[] bytes, ArticleFormat format)
    {
        ImportResult result;
        try
        {
            using var stream = new MemoryStream(bytes);
            result = ArticleImporter.Import(stream, "fuzz", format);
        }
        catch (ArticleImportException)
        {
            return true;
        }

        var html = ArticleRenderer.RenderPageAsync(result.Article).GetAwaiter().GetResult();

        // The rendered page must itself be checkable (never refused: the renderer writes shallow pages).
        HtmlChecker.Default.Check(html, "rendered.html");
        return false;
    }

    private sealed record Outcome(bool Refused, string? Kind, string? Problem);

    /// <summary>Runs one target on a thread of its own, with a time budget and a bound on what it allocates.</summary>
    private static Outcome RunWithBudget(Target target, byte[] input, TimeSpan budget, long memoryBound)
    {
        Outcome? outcome = null;
        var thread = new Thread(() =>
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            try
            {
                var refused = target.Run(input);
                var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
                outcome = allocated > memoryBound
                    ? new Outcome(refused, "memory", string.Create(CultureInfo.InvariantCulture, $"allocated {allocated / (1024 * 1024)} MB for a {input.Length}-byte input (bound {memoryBound / (1024 * 1024)} MB)"))
                    : new Outcome(refused, null, null);
            }
            catch (Exception error)
            {
                outcome = new Outcome(false, "throw", error.ToString());
            }
        }, maxStackSize: 16 * 1024 * 1024)
        {
            IsBackground = true,
            Name = "fuzz " + target.Name,
        };
        var clock = Stopwatch.StartNew();
        thread.Start();
        if (!thread.Join(budget))
        {
            return new Outcome(false, "hang", $"not done after {clock.Elapsed.TotalSeconds:0} s (budget {budget.TotalSeconds:0} s)");
        }

        return outcome!;
    }

    private static void Save(string folder, string kind, string target, byte[] input, string problem)
    {
        var hash = Convert.ToHexStringLower(SHA256.HashData(input))[..12];
        var stem = Path.Combine(folder, $"{kind}-{target}-{hash}");
        File.WriteAllBytes(stem + ".bin", input);
        File.WriteAllText(stem + ".txt", $"{kind} in {target} on {input.Length} bytes\n\n{problem}\n");
        Console.WriteLine($"FOUND {kind} in {target}: {stem}.bin: {problem.Split('\n')[0]}");
    }

    /// <summary>One to eight mutations of a seed.</summary>
    private static byte[] Mutate(byte[] seed, List<(string Extension, byte[] Bytes)> seeds, Random random)
    {
        var bytes = new List<byte>(seed);
        var rounds = 1 + random.Next(8);
        for (var round = 0; round < rounds; round++)
        {
            var at = bytes.Count == 0 ? 0 : random.Next(bytes.Count);
            switch (random.Next(10))
            {
                case 0: // flip bits
                    if (bytes.Count > 0)
                    {
                        bytes[at] ^= (byte)(1 << random.Next(8));
                    }

                    break;
                case 1: // random bytes
                    bytes.InsertRange(at, Enumerable.Range(0, 1 + random.Next(8)).Select(_ => (byte)random.Next(256)));
                    break;
                case 2: // delete a range
                    bytes.RemoveRange(at, Math.Min(bytes.Count - at, random.Next(64)));
                    break;
                case 3 or 4: // a token
                    bytes.InsertRange(at, Encoding.UTF8.GetBytes(Tokens[random.Next(Tokens.Length)]));
                    break;
                case 5: // a token repeated: nesting, runs of marks
                    var token = Encoding.UTF8.GetBytes(Tokens[random.Next(Tokens.Length)]);
                    var times = random.Next(4) == 0 ? 100 + random.Next(2000) : 2 + random.Next(50);
                    bytes.InsertRange(at, Enumerable.Repeat(token, times).SelectMany(part => part));
                    break;
                case 6: // a chunk of the input repeated
                    var length = Math.Min(bytes.Count - at, 1 + random.Next(200));
                    var chunk = bytes.GetRange(at, length);
                    for (var i = random.Next(20); i >= 0; i--)
                    {
                        bytes.InsertRange(at, chunk);
                    }

                    break;
                case 7: // a chunk of another seed
                    var other = seeds[random.Next(seeds.Count)].Bytes;
                    if (other.Length > 0)
                    {
                        var start = random.Next(other.Length);
                        bytes.InsertRange(at, other.Skip(start).Take(1 + random.Next(500)));
                    }

                    break;
                case 8: // truncate
                    bytes.RemoveRange(at, bytes.Count - at);
                    break;
                case 9: // re-encode: UTF-16 with or without a BOM, windows-1252, a BOM in the middle
                    var text = Encoding.UTF8.GetString(bytes.ToArray());
                    bytes = random.Next(4) switch
                    {
                        0 => [0xFF, 0xFE, .. Encoding.Unicode.GetBytes(text)],
                        1 => [.. Encoding.BigEndianUnicode.GetBytes(text)],
                        2 => [.. Encoding.Latin1.GetBytes(text)],
                        _ => [.. bytes.Take(at), 0xEF, 0xBB, 0xBF, .. bytes.Skip(at)],
                    };
                    break;
            }

            if (bytes.Count > 2_000_000)
            {
                bytes.RemoveRange(2_000_000, bytes.Count - 2_000_000);
            }
        }

        return [.. bytes];
    }
}
