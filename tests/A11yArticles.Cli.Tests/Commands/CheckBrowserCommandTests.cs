using System.Text.Json;
using A11yArticles.Testing.Browsers;

namespace A11yArticles.Cli.Tests.Commands;

/// <summary>
/// <c>check --browser</c> in Chromium: findings of the browser rules beside the static ones, with the
/// source's line numbers; the ACT scorer's JSON lines; and a clear error without Chromium. These tests
/// need Chromium (see A11yBrowser): without one they fail and say how to get it.
/// </summary>
public sealed class CheckBrowserCommandTests : IDisposable
{
    private const string PalePage = """
        <!DOCTYPE html>
        <html lang="en">
        <head><title>Pale</title></head>
        <body>
        <a href="#m">Skip to main content</a>
        <main id="m"><h1>Pale page</h1>
        <p style="color:#aaa">Pale grey text that is hard to read.</p>
        </main>
        </body>
        </html>
        """;

    private const string ScriptedPage = """
        <!DOCTYPE html>
        <html lang="en">
        <head><title>Scripted</title></head>
        <body>
        <a href="#m">Skip to main content</a>
        <main id="m"><h1>Scripted page</h1></main>
        <script>document.getElementById('m').insertAdjacentHTML('beforeend', '<img src="chart.png">');</script>
        </body>
        </html>
        """;

    private readonly string _work = Directory.CreateTempSubdirectory("a11y-check-browser-").FullName;
    private readonly StringWriter _stdout = new();
    private readonly StringWriter _stderr = new();

    public void Dispose() => Directory.Delete(_work, recursive: true);

    private Task<int> Run(params string[] args) => CliApplication.RunAsync(args, _stdout, _stderr);

    private string Write(string name, string content)
    {
        var path = Path.Combine(_work, name);
        File.WriteAllText(path, content);
        return path;
    }

    [Fact]
    public async Task Low_contrast_is_found_in_the_browser_at_the_source_line_and_exits_1()
    {
        var path = Write("pale.html", PalePage);

        var exitCode = await Run("check", "--browser", path);

        Assert.True(exitCode == 1, $"exit {exitCode}: {_stdout}{_stderr}");
        var output = _stdout.ToString();
        Assert.Contains($"{path}:7:1: error A11Y-ACT-AFW4F7:", output, StringComparison.Ordinal);
        Assert.Contains("highest possible contrast 2.32:1, below 4.5:1", output, StringComparison.Ordinal);
        // One problem, one finding: the enhanced-contrast rule does not repeat it.
        Assert.DoesNotContain("A11Y-ACT-09O5CG", output, StringComparison.Ordinal);
        Assert.Equal("", _stderr.ToString());
    }

    [Fact]
    public async Task Without_browser_the_same_page_has_no_contrast_finding()
    {
        var exitCode = await Run("check", Write("pale.html", PalePage));

        Assert.Equal(0, exitCode);
        Assert.DoesNotContain("AFW4F7", _stdout.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Content_a_script_adds_is_checked_by_the_static_rules()
    {
        var path = Write("scripted.html", ScriptedPage);

        Assert.Equal(0, await Run("check", path));
        var exitCode = await Run("check", "--browser", path);

        Assert.Equal(1, exitCode);
        Assert.Contains("error A11Y-ACT-23A2A8:", _stdout.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Act_mode_prints_one_json_line_per_rule_outcome()
    {
        var exitCode = await Run("check", "--browser", "--act", Write("pale.html", PalePage));

        Assert.Equal(0, exitCode);
        var outcomes = _stdout.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(line => JsonSerializer.Deserialize<Dictionary<string, string>>(line)!)
            .ToDictionary(line => line["rule"], line => line["outcome"]);
        Assert.Equal("failed", outcomes["afw4f7"]);
        Assert.Equal("failed", outcomes["09o5cg"]);
        Assert.Equal("inapplicable", outcomes["24afc2"]);
        Assert.Equal("inapplicable", outcomes["0ssw9k"]);
        Assert.Equal("inapplicable", outcomes["b33eff"]);
        Assert.Equal("passed", outcomes["oj04fd"]);
        Assert.Equal(8, outcomes.Count);
    }

    [Fact]
    public async Task Without_chromium_it_says_how_to_get_one_and_exits_2()
    {
        var before = Environment.GetEnvironmentVariable(A11yBrowser.ExecutablePathVariable);
        var missing = Path.Combine(_work, "no-chromium", "chrome");
        Environment.SetEnvironmentVariable(A11yBrowser.ExecutablePathVariable, missing);
        try
        {
            var exitCode = await Run("check", "--browser", Write("pale.html", PalePage));

            Assert.Equal(2, exitCode);
            Assert.Contains("error: --browser needs Chromium.", _stderr.ToString(), StringComparison.Ordinal);
            Assert.Contains("apt-get install -y chromium", _stderr.ToString(), StringComparison.Ordinal);
        }
        finally
        {
            Environment.SetEnvironmentVariable(A11yBrowser.ExecutablePathVariable, before);
        }
    }

    [Fact]
    public async Task Earl_with_browser_has_the_browser_rules_real_outcomes()
    {
        var exitCode = await Run("check", "--browser", "--format", "earl", Write("pale.html", PalePage));

        Assert.True(exitCode == 1, $"exit {exitCode}: {_stderr}");
        using var report = JsonDocument.Parse(_stdout.ToString());
        var subject = report.RootElement.GetProperty("@graph").EnumerateArray().Single(node => node.TryGetProperty("source", out _));
        Assert.Equal("pale.html", Path.GetFileName(subject.GetProperty("source").GetString()));
        var outcomes = subject.GetProperty("assertions").EnumerateArray()
            .Select(assertion => (
                Rule: assertion.GetProperty("test").GetProperty("identifier").GetString()!,
                Outcome: assertion.GetProperty("result").GetProperty("outcome").GetString()!,
                Pointer: assertion.GetProperty("result").TryGetProperty("pointer", out var pointer) ? pointer.GetProperty("expression").GetString() : null))
            .ToList();

        // The pale paragraph fails contrast, pointed at; the skip link and the headline pass it.
        Assert.Contains(outcomes, o => o.Rule == "afw4f7" && o.Outcome == "earl:failed" && o.Pointer is not null && o.Pointer.Contains('p', StringComparison.Ordinal));
        Assert.Contains(outcomes, o => o.Rule == "afw4f7" && o.Outcome == "earl:passed");
        // Nothing scrolls and nothing is rotated: those browser rules are inapplicable, which the static rules can never say.
        Assert.Contains(outcomes, o => o.Rule == "0ssw9k" && o.Outcome == "earl:inapplicable");
        Assert.Contains(outcomes, o => o.Rule == "b33eff" && o.Outcome == "earl:inapplicable");
        // The static ACT rules are there too, each once per page when nothing failed.
        Assert.Single(outcomes, o => o.Rule == "2779a5");
        Assert.All(outcomes, o => Assert.Contains(o.Outcome, (string[])["earl:passed", "earl:failed", "earl:cantTell", "earl:inapplicable"]));
    }
}
