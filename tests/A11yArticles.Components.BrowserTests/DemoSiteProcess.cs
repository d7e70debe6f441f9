using System.Diagnostics;
using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;

namespace A11yArticles.Components.BrowserTests;

/// <summary>
/// The demo host site (src/A11yArticles.Demo), started as its own process from its build output,
/// as <c>dotnet run</c> would, on a free port of 127.0.0.1 (Kestrel picks it: <c>--urls http://127.0.0.1:0</c>).
/// The test project references the demo project, so building the tests builds the site.
/// </summary>
public sealed partial class DemoSiteProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _log;

    private DemoSiteProcess(Process process, StringBuilder log, Uri baseAddress)
    {
        _process = process;
        _log = log;
        BaseAddress = baseAddress;
    }

    /// <summary>The site's root, for example <c>http://127.0.0.1:41234/</c>.</summary>
    public Uri BaseAddress { get; }

    /// <summary>What the site wrote to its console (for failure messages).</summary>
    public string Log
    {
        get
        {
            lock (_log)
            {
                return _log.ToString();
            }
        }
    }

    public string UrlOf(string path) => new Uri(BaseAddress, path.TrimStart('/')).AbsoluteUri;

    public static async Task<DemoSiteProcess> StartAsync(string repositoryRoot)
    {
        var configuration = typeof(DemoSiteProcess).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";
        var projectFolder = Path.Combine(repositoryRoot, "src", "A11yArticles.Demo");
        var dll = Path.Combine(projectFolder, "bin", configuration, "net10.0", "A11yArticles.Demo.dll");
        if (!File.Exists(dll))
        {
            throw new FileNotFoundException($"The demo site is not built: {dll} is missing. Build the solution (dotnet build A11yArticles.sln -c {configuration}).", dll);
        }

        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = projectFolder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(dll);
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add("http://127.0.0.1:0");
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        start.Environment["Logging__LogLevel__Default"] = "Information";
        start.Environment["DOTNET_NOLOGO"] = "1";

        var log = new StringBuilder();
        var listening = new TaskCompletionSource<Uri>(TaskCreationOptions.RunContinuationsAsynchronously);
        var process = new Process { StartInfo = start, EnableRaisingEvents = true };
        void OnLine(string? line)
        {
            if (line is null)
            {
                return;
            }

            lock (log)
            {
                log.AppendLine(line);
            }

            if (ListeningOn().Match(line) is { Success: true } match)
            {
                listening.TrySetResult(new Uri(match.Groups["url"].Value.TrimEnd('/') + "/"));
            }
        }

        process.OutputDataReceived += (_, e) => OnLine(e.Data);
        process.ErrorDataReceived += (_, e) => OnLine(e.Data);
        process.Exited += (_, _) => listening.TrySetException(new InvalidOperationException($"The demo site exited with code {process.ExitCode}:{Environment.NewLine}{log}"));
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        var site = listening.Task;
        if (await Task.WhenAny(site, Task.Delay(TimeSpan.FromSeconds(60))) != site)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"The demo site did not start listening within 60 s:{Environment.NewLine}{log}");
        }

        return new DemoSiteProcess(process, log, await site);
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    [GeneratedRegex(@"Now listening on: (?<url>http://127\.0\.0\.1:\d+)")]
    private static partial Regex ListeningOn();
}
