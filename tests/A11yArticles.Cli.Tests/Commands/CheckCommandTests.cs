using System.Text;
using System.Text.Json;

namespace A11yArticles.Cli.Tests.Commands;

public sealed class CheckCommandTests : IDisposable
{
    private const string GoodPage = """
        <!DOCTYPE html>
        <html lang="en">
        <head><title>Good</title></head>
        <body>
        <a href="#m">Skip to main content</a>
        <main id="m"><h1>Good page</h1><p>Text.</p></main>
        </body>
        </html>
        """;

    private const string BadPage = """
        <!DOCTYPE html>
        <html lang="en">
        <head><title>Bad</title></head>
        <body>
        <a href="#m">Skip to main content</a>
        <main id="m"><h1>Bad page</h1>
        <img src="chart.png">
        </main>
        </body>
        </html>
        """;

    private readonly string _work = Directory.CreateTempSubdirectory("a11y-check-").FullName;
    private readonly StringWriter _stdout = new();
    private readonly StringWriter _stderr = new();

    public void Dispose() => Directory.Delete(_work, recursive: true);

    private Task<int> Run(params string[] args) => CliApplication.RunAsync(args, _stdout, _stderr);

    private string Write(string name, string content)
    {
        var path = Path.Combine(_work, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
        return path;
    }

    [Fact]
    public async Task A_page_without_errors_exits_0()
    {
        var exitCode = await Run("check", Write("good.html", GoodPage));

        Assert.Equal(0, exitCode);
        Assert.Matches(@"^1 file\(s\) checked: 0 error\(s\), 0 warning\(s\) in \d+\.\d s\.\r?\n$", _stdout.ToString());
        Assert.Equal("", _stderr.ToString());
    }

    [Fact]
    public async Task Errors_are_printed_like_a_compiler_and_exit_1()
    {
        var bad = Write("bad.html", BadPage);

        var exitCode = await Run("check", bad);

        Assert.Equal(1, exitCode);
        var lines = _stdout.ToString().Split(Environment.NewLine);
        Assert.Equal($"{bad}:7:1: error A11Y-ACT-23A2A8: the image has no accessible name (WCAG 1.1.1)", lines[0]);
        Assert.Equal("    <img src=\"chart.png\">", lines[1]);
        Assert.StartsWith("    fix: ", lines[2]);
        Assert.Contains("1 file(s) checked: 1 error(s), 0 warning(s) in ", _stdout.ToString());
        Assert.Contains("  A11Y-ACT-23A2A8: 1 (", _stdout.ToString());
    }

    [Fact]
    public async Task Folders_and_globs_are_expanded()
    {
        Write("site/a.html", GoodPage);
        Write("site/deep/b.htm", BadPage);
        Write("site/notes.txt", "not a page");

        Assert.Equal(1, await Run("check", Path.Combine(_work, "site")));
        Assert.Contains("2 file(s) checked: 1 error(s)", _stdout.ToString());

        _stdout.GetStringBuilder().Clear();
        Assert.Equal(0, await Run("check", Path.Combine(_work, "site", "*.html")));
        Assert.Contains("1 file(s) checked: 0 error(s)", _stdout.ToString());

        _stdout.GetStringBuilder().Clear();
        Assert.Equal(1, await Run("check", Path.Combine(_work, "site", "**", "*.htm")));
        Assert.Contains("1 file(s) checked: 1 error(s)", _stdout.ToString());
    }

    [Fact]
    public async Task An_unreadable_file_is_named_on_stderr_the_others_are_checked_and_it_exits_2()
    {
        var good = Write("good.html", GoodPage);
        var missing = Path.Combine(_work, "missing.html");
        var legacy = Path.Combine(_work, "latin1.html");
        File.WriteAllBytes(legacy, [0x3C, 0x70, 0x3E, 0xE9, 0xFF, 0x3C, 0x2F, 0x70, 0x3E]);

        var exitCode = await Run("check", missing, good, legacy);

        Assert.Equal(2, exitCode);
        Assert.Contains($"error: {missing}: no such file or folder", _stderr.ToString());

        // Not UTF-8 and declaring nothing: read as browsers read it (windows-1252), with a warning, not refused.
        Assert.Contains($"warning: {legacy}: declares no character encoding and is not UTF-8; read as windows-1252", _stderr.ToString());
        Assert.Contains("2 file(s) checked: 0 error(s)", _stdout.ToString());
        Assert.Contains("; 1 could not be checked (named above).", _stdout.ToString());
    }

    [Fact]
    public async Task Json_output_has_the_findings()
    {
        var bad = Write("bad.html", BadPage);

        Assert.Equal(1, await Run("check", bad, "--format", "json"));

        using var json = JsonDocument.Parse(_stdout.ToString());
        var finding = json.RootElement.GetProperty("files")[0].GetProperty("findings")[0];
        Assert.Equal("A11Y-ACT-23A2A8", finding.GetProperty("ruleId").GetString());
        Assert.Equal(7, finding.GetProperty("line").GetInt32());
    }

    [Fact]
    public async Task Sarif_output_is_a_sarif_log()
    {
        var bad = Write("bad.html", BadPage);

        Assert.Equal(1, await Run("check", bad, "--format", "sarif"));

        using var json = JsonDocument.Parse(_stdout.ToString());
        Assert.Equal("2.1.0", json.RootElement.GetProperty("version").GetString());
        var result = json.RootElement.GetProperty("runs")[0].GetProperty("results")[0];
        Assert.Equal("A11Y-ACT-23A2A8", result.GetProperty("ruleId").GetString());
    }

    [Fact]
    public async Task Earl_output_is_an_EARL_report_of_the_ACT_rules()
    {
        var bad = Write("bad.html", BadPage);

        Assert.Equal(1, await Run("check", bad, "--format", "earl"));

        using var json = JsonDocument.Parse(_stdout.ToString());
        var subject = json.RootElement.GetProperty("@graph").EnumerateArray().Single(node => node.TryGetProperty("assertions", out _));
        Assert.EndsWith("bad.html", subject.GetProperty("source").GetString(), StringComparison.Ordinal);
        var failed = subject.GetProperty("assertions").EnumerateArray().Where(a => a.GetProperty("result").GetProperty("outcome").GetString() == "earl:failed");
        Assert.Equal(["23a2a8"], failed.Select(a => a.GetProperty("test").GetProperty("identifier").GetString()));
    }

    [Fact]
    public async Task Act_mode_prints_the_failed_ACT_rules_and_exits_0()
    {
        var bad = Write("bad.html", BadPage);
        var good = Write("good.html", GoodPage);

        Assert.Equal(0, await Run("check", "--act", bad, good));

        Assert.Equal($"[\"23a2a8\"]{Environment.NewLine}[]{Environment.NewLine}", _stdout.ToString());
    }

    [Fact]
    public async Task Rules_can_be_chosen()
    {
        var bad = Write("bad.html", BadPage);

        Assert.Equal(0, await Run("check", bad, "--rules", "article"));
        Assert.Equal(1, await Run("check", bad, "--rules", "A11Y-SKIP-001,23a2a8"));
    }

    [Fact]
    public async Task Usage_errors_exit_2()
    {
        Assert.Equal(2, await Run("check"));
        Assert.Equal(2, await Run("check", Write("good.html", GoodPage), "--format", "xml"));
        Assert.Equal(2, await Run("check", Write("good.html", GoodPage), "--rules", "nonsense"));
        Assert.Equal(2, await Run("check", Write("good.html", GoodPage), "--fail-on", "info"));
        Assert.Contains("'nonsense'", _stderr.ToString());
    }

    [Fact]
    public async Task Fail_on_warning_makes_a_warning_fail_the_run()
    {
        var page = Write("warned.html", GoodPage.Replace("<p>Text.</p>", "<p>Text.</p><p><a href=\"/more\">Read more</a></p>", StringComparison.Ordinal));

        Assert.Equal(0, await Run("check", page));
        Assert.Contains("warning A11Y-LINK-002", _stdout.ToString());
        Assert.Equal(1, await Run("check", page, "--fail-on", "warning"));
    }

    [Fact]
    public async Task Quiet_keeps_only_the_summary_and_findings_by_rule()
    {
        var bad = Write("bad.html", BadPage);

        Assert.Equal(1, await Run("check", bad, "--quiet"));

        var lines = _stdout.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("1 file(s) checked: 1 error(s), 0 warning(s) in ", lines[0]);
        Assert.StartsWith("  A11Y-ACT-23A2A8: 1 (", lines[1]);
        Assert.Equal(2, lines.Length);
    }

    [Fact]
    public async Task Json_keeps_stdout_one_document_and_puts_the_summary_on_stderr()
    {
        Write("site/a.html", GoodPage);
        Write("site/b.html", BadPage);

        Assert.Equal(1, await Run("check", Path.Combine(_work, "site"), "--format", "json", "--parallel", "2"));

        using var json = System.Text.Json.JsonDocument.Parse(_stdout.ToString());
        Assert.Contains("2 file(s) checked: 1 error(s)", _stderr.ToString());
    }
}
