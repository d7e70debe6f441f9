using System.Text;
using A11yArticles.Benchmarks.Checks;
using A11yArticles.TestSupport;

namespace A11yArticles.Benchmarks.Robustness;

/// <summary>
/// The pages of issue 15's "a 1 MB hostile page takes no longer than a normal 1 MB page (within 2
/// times)": the generated 1 MB article page (the normal one), the HTML inputs of the hostile corpus
/// generated at 1 MB (<see cref="HostilePages.OfSize"/>), and pages that sit just under the limits
/// the pre-scan enforces (nesting of 256, 256 attributes), where a refusal does not save the work.
/// Written once to a temporary folder, because <c>check</c> and <c>render</c> read files.
/// </summary>
internal static class HostileBenchmarkPages
{
    public const string Normal = "normal: generated 1 MB article";
    private const int Megabyte = 1_000_000;
    private const string Sentence = "The council opened the new library on Tuesday, and readers queued from early morning. ";

    private static readonly Lazy<IReadOnlyDictionary<string, string>> Files = new(Write);

    /// <summary>The page names, the normal one first.</summary>
    public static IEnumerable<string> Names() => Files.Value.Keys;

    /// <summary>The file holding the page called <paramref name="name"/>.</summary>
    public static string PathOf(string name) => Files.Value[name];

    private static Dictionary<string, string> Write()
    {
        var folder = Directory.CreateTempSubdirectory("a11y-hostile-bench-").FullName;
        var pages = new List<(string Name, byte[] Bytes)>
        {
            (Normal + ".html", Encoding.UTF8.GetBytes(CheckerBenchmarks.MegabytePage())),
            ("deep: 32-deep divs.html", Utf8(Fill(depth => Nest("div", depth), 32))),
            ("deep: 64-deep divs.html", Utf8(Fill(depth => Nest("div", depth), 64))),
            ("deep: 128-deep divs.html", Utf8(Fill(depth => Nest("div", depth), 128))),
            ("near-limit: 250-deep divs.html", Utf8(Fill(depth => Nest("div", depth), 250))),
            ("near-limit: 250-deep blockquotes.html", Utf8(Fill(depth => Nest("blockquote", depth), 250))),
            ("near-limit: 250-deep spans in paragraphs.html", Utf8(Fill(depth => "<p>" + Nest("span", depth) + "</p>", 250))),
            ("near-limit: 250 attributes on every element.html", Utf8(Fill(_ => $"<p {string.Join(' ', Enumerable.Range(0, 250).Select(index => $"data-a{index}=\"{index}\""))}>{Sentence}</p>", 0))),
        };
        if (Environment.GetEnvironmentVariable("A11Y_BENCHMARK_PAGE") is { Length: > 0 } real)
        {
            pages.Insert(1, ("normal: " + Path.GetFileName(Path.GetDirectoryName(Path.GetFullPath(real))) + ".html", File.ReadAllBytes(real)));
        }

        pages.AddRange(HostilePages.OfSize(Megabyte)
            .Where(input => input.Name.EndsWith(".html", StringComparison.Ordinal))
            .Select(input => ("hostile: " + input.Name, input.Bytes)));

        var files = new Dictionary<string, string>();
        foreach (var (name, bytes) in pages)
        {
            var path = Path.Combine(folder, name.Replace(':', '-').Replace(' ', '-'));
            File.WriteAllBytes(path, bytes);
            files[Path.GetFileNameWithoutExtension(name)] = path;
        }

        return files;
    }

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    /// <summary><paramref name="depth"/> nested <paramref name="tag"/> elements around a sentence.</summary>
    private static string Nest(string tag, int depth) =>
        string.Concat(Enumerable.Repeat($"<{tag}>", depth)) + Sentence + string.Concat(Enumerable.Repeat($"</{tag}>", depth));

    /// <summary>An article page filled to 1 MB with copies of <paramref name="unit"/>.</summary>
    private static string Fill(Func<int, string> unit, int depth)
    {
        var one = unit(depth);
        var body = new StringBuilder(Megabyte + one.Length);
        while (body.Length < Megabyte)
        {
            body.Append(one).Append('\n');
        }

        return HostilePages.ArticlePage(body.ToString());
    }
}
