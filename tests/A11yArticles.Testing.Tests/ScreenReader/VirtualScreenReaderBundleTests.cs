using System.Diagnostics;
using System.Text.Json;
using A11yArticles.Testing.ScreenReader;
using Xunit.Abstractions;

namespace A11yArticles.Testing.Tests.ScreenReader;

/// <summary>
/// The virtual screen reader bundle is built from the pinned npm package, committed, embedded, and
/// never edited by hand: the embedded script is the committed file, the versions are pinned, and a
/// rebuild from package-lock.json gives the same bytes (which needs npm: without it the rebuild test
/// fails and says how to install it).
/// </summary>
public sealed class VirtualScreenReaderBundleTests(ITestOutputHelper output)
{
    private static string JsFolder => Path.Combine(GoldenFile.RepositoryRoot(), "src", "A11yArticles.Testing", "js");

    [Fact]
    public void The_embedded_script_is_the_committed_bundle_of_the_pinned_version()
    {
        var committed = File.ReadAllText(Path.Combine(JsFolder, "virtual-screen-reader.bundle.js"));

        Assert.Equal(committed, VirtualScreenReader.Script);
        Assert.Contains("__a11yArticlesVirtualScreenReader={version:\"0.33.0\"", VirtualScreenReader.Script, StringComparison.Ordinal);
        Assert.InRange(VirtualScreenReader.Script.Length, 300_000, 600_000);

        using var packageJson = JsonDocument.Parse(File.ReadAllText(Path.Combine(JsFolder, "package.json")));
        using var lockFile = JsonDocument.Parse(File.ReadAllText(Path.Combine(JsFolder, "package-lock.json")));
        var packages = lockFile.RootElement.GetProperty("packages");
        foreach (var dependency in packageJson.RootElement.GetProperty("devDependencies").EnumerateObject())
        {
            var locked = packages.GetProperty("node_modules/" + dependency.Name);
            Assert.Equal(dependency.Value.GetString(), locked.GetProperty("version").GetString());
            Assert.StartsWith("sha512-", locked.GetProperty("integrity").GetString(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_rebuild_from_the_lock_file_gives_the_committed_bundle()
    {
        var npm = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator)
            .Select(folder => Path.Combine(folder, OperatingSystem.IsWindows() ? "npm.cmd" : "npm"))
            .FirstOrDefault(File.Exists);
        // Without npm (or bash) the bundle cannot be rebuilt, so nothing would be checked: fail and say
        // how to get them, never pass without checking. ./test.sh installs npm on Debian.
        Assert.False(
            OperatingSystem.IsWindows(),
            "build.sh --check needs bash: run this test on Linux or macOS (CI does), or in WSL.");
        Assert.True(
            npm is not null,
            "npm not found on PATH: the rebuild check of the virtual screen reader bundle cannot run. " +
            "Install Node.js and npm (Debian: sudo apt-get install -y npm; ./test.sh does it), then run the test again.");

        using var build = Process.Start(new ProcessStartInfo("bash", [Path.Combine(JsFolder, "build.sh"), "--check"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        })!;
        var stdout = build.StandardOutput.ReadToEndAsync();
        var stderr = build.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        await build.WaitForExitAsync(timeout.Token);
        output.WriteLine(await stdout);

        Assert.True(build.ExitCode == 0, $"build.sh --check failed ({build.ExitCode}): {await stderr}{await stdout}");
        Assert.Contains("matches a rebuild", await stdout, StringComparison.Ordinal);
    }
}
