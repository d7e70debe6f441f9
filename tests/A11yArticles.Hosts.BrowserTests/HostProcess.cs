using System.Diagnostics;
using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;

namespace A11yArticles.Hosts.BrowserTests;

/// <summary>
/// One host site of tests/Hosts, started from its build output as <c>dotnet &lt;dll&gt; --urls
/// http://127.0.0.1:0</c> (Kestrel picks a free loopback port), with the project folder as working
/// directory and content root (its wwwroot), as <c>dotnet run</c> would. The test project references
/// the hosts, so building the tests builds them.
/// </summary>
public sealed partial class HostProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _log;

    private HostProcess(string name, Process process, StringBuilder log, Uri baseAddress)
    {
        Name = name;
        _process = process;
        _log = log;
        BaseAddress = baseAddress;
    }

    /// <summary>The project's name, for example <c>BlazorHost</c>.</summary>
    public string Name { get; }

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

    /// <summary>Starts the host whose project is <paramref name="projectFolder"/> (relative to the repository root).</summary>
    public static async Task<HostProcess> StartAsync(string repositoryRoot, string projectFolder, string name)
    {
        var configuration = typeof(HostProcess).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";
        var folder = Path.Combine(repositoryRoot, projectFolder);
        var dll = Path.Combine(folder, "bin", configuration, "net10.0", name + ".dll");
        if (!File.Exists(dll))
        {
            throw new FileNotFoundException($"The host {name} is not built: {dll} is missing. Build the test project (dotnet build tests/A11yArticles.Hosts.BrowserTests -c {configuration}).", dll);
        }

        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(dll);
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add("http://127.0.0.1:0");
        start.ArgumentList.Add("--contentRoot");
        start.ArgumentList.Add(folder);
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
        process.Exited += (_, _) => listening.TrySetException(new InvalidOperationException($"The host {name} exited with code {process.ExitCode}:{Environment.NewLine}{log}"));
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        var site = listening.Task;
        if (await Task.WhenAny(site, Task.Delay(TimeSpan.FromSeconds(90))) != site)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"The host {name} did not start listening within 90 s:{Environment.NewLine}{log}");
        }

        return new HostProcess(name, process, log, await site);
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
