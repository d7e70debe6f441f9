using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Text;
using A11yArticles.Testing.Browsers;
using Microsoft.Playwright;

namespace A11yArticles.Testing.Orca;

/// <summary>
/// GNOME's Orca screen reader reading a page in Chromium, with what it speaks captured as text.
/// <see cref="StartAsync"/> starts the whole stack in a fresh temporary home (an X server, a D-Bus
/// session bus, the AT-SPI accessibility bus, speech-dispatcher with an output module that writes
/// each utterance and its language to a file instead of a sound card, Orca, and Chromium with its
/// accessibility on); <see cref="PressAsync(string, CancellationToken)"/> presses keys as a user
/// would and returns what Orca said in answer; <see cref="DisposeAsync"/> stops everything in
/// reverse order (SIGTERM, then SIGKILL), so use it with <c>await using</c> and nothing is left
/// running when a test fails.
/// </summary>
/// <remarks>
/// Linux only (Orca exists nowhere else). Debian or Ubuntu packages:
/// <c>apt-get install --no-install-recommends orca speech-dispatcher xvfb xdotool python3-pyatspi</c>.
/// Only one Orca runs per user on a machine, so only one <see cref="OrcaScreenReader"/> runs at a
/// time: others wait for a machine-wide lock (see <see cref="OrcaOptions.LockTimeout"/>).
/// </remarks>
public sealed class OrcaScreenReader : IAsyncDisposable
{
    /// <summary>The Debian / Ubuntu command that installs what Orca needs here.</summary>
    public const string InstallCommand =
        "sudo apt-get update && sudo apt-get install -y --no-install-recommends orca speech-dispatcher xvfb xdotool python3-pyatspi at-spi2-core dbus";

    /// <summary>The key recorded for phrases Orca says while the stack starts.</summary>
    public const string StartKey = "start";

    /// <summary>The key recorded for phrases Orca says when <see cref="LoadAsync"/> loads a page.</summary>
    public const string LoadKey = "load";

    private const char UnitSeparator = '\u001f';
    private const char RecordSeparator = '\u001e';

    private static readonly SemaphoreSlim InProcessLock = new(1, 1);

    private readonly OrcaOptions _options;
    private readonly string _work;
    private readonly Dictionary<string, string?> _environment;
    private readonly List<StackProcess> _processes = [];
    private readonly List<SpokenPhrase> _heard = [];
    private readonly List<byte> _pending = [];
    private readonly string _capturePath;
    private FileStream? _machineLock;
    private bool _holdsInProcessLock;
    private long _captureOffset;
    private string _currentKey = StartKey;
    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private IPage? _page;
    private int _disposed;

    private OrcaScreenReader(OrcaOptions options)
    {
        _options = options;
        _work = Directory.CreateTempSubdirectory("a11y-orca-").FullName;
        _capturePath = Path.Combine(_work, "speech.capture");
        _environment = new Dictionary<string, string?>
        {
            ["HOME"] = Path.Combine(_work, "home"),
            ["XDG_CONFIG_HOME"] = Path.Combine(_work, "home", ".config"),
            ["XDG_DATA_HOME"] = Path.Combine(_work, "home", ".local", "share"),
            ["XDG_CACHE_HOME"] = Path.Combine(_work, "home", ".cache"),
            ["XDG_RUNTIME_DIR"] = Path.Combine(_work, "runtime"),
            // Orca's own messages in English, and no locale language handed to speech: the
            // language that reaches speech is what Orca chooses for the page, nothing else.
            ["LANG"] = "C.UTF-8",
            ["LC_ALL"] = "C.UTF-8",
            ["LANGUAGE"] = null,
            ["ACCESSIBILITY_ENABLED"] = "1",
            ["NO_AT_BRIDGE"] = null,
            ["GTK_A11Y"] = null,
            ["SPEECHD_ADDRESS"] = null,
            ["DBUS_SESSION_BUS_ADDRESS"] = null,
            ["AT_SPI_BUS_ADDRESS"] = null,
            ["WAYLAND_DISPLAY"] = null,
            ["XDG_SESSION_TYPE"] = "x11",
        };
    }

    /// <summary>The page Orca is reading, driven through Chromium's DevTools protocol: read the DOM or navigate with it; press keys with <see cref="PressAsync(string, CancellationToken)"/>.</summary>
    public IPage Page => _page ?? throw new ObjectDisposedException(nameof(OrcaScreenReader));

    /// <summary>Everything Orca has said since it started, in order.</summary>
    public IReadOnlyList<SpokenPhrase> Heard => _heard;

    /// <summary>The temporary folder of this run: the logs of every process, Orca's debug output and the raw speech capture.</summary>
    public string WorkFolder => _work;

    /// <summary>
    /// Throws <see cref="OrcaNotAvailableException"/>, saying what is missing and how to install it,
    /// when Orca cannot run on this machine; returns when everything is installed.
    /// </summary>
    /// <exception cref="OrcaNotAvailableException">Not Linux, or a program is missing.</exception>
    public static void ThrowIfUnavailable() => ThrowIfUnavailable(Environment.GetEnvironmentVariable("PATH"), searchKnownPaths: true);

    /// <summary>The check with the program search path given (tests cannot change the process's PATH safely).</summary>
    internal static void ThrowIfUnavailable(string? searchPath, bool searchKnownPaths)
    {
        if (!OperatingSystem.IsLinux())
        {
            throw new OrcaNotAvailableException(
                $"OrcaScreenReader runs on Linux only (Orca is GNOME's screen reader); this is {RuntimeInformation.OSDescription}. " +
                "On macOS and Windows use a real VoiceOver or NVDA, or run these tests in a Linux container.");
        }

        var missing = Programs.Where(program => program.Find(searchPath, searchKnownPaths) is null).ToList();
        if (missing.Count > 0)
        {
            throw new OrcaNotAvailableException(
                "OrcaScreenReader needs programs that are not installed: " +
                string.Join(", ", missing.Select(program => $"{program.Name} (package {program.Package})")) + "." + Environment.NewLine +
                $"Install them (Debian, Ubuntu): {InstallCommand}" + Environment.NewLine +
                "No speech engine or sound card is needed: what Orca says is captured as text.");
        }
    }

    /// <summary>
    /// Starts Orca and Chromium on <paramref name="url"/>, waits until Orca has announced the page and
    /// fallen silent, and returns the running reader. What Orca said while starting is in
    /// <see cref="Heard"/> with the key <see cref="StartKey"/>.
    /// </summary>
    /// <param name="url">The page to open (serve it on 127.0.0.1 with <c>charset=utf-8</c>).</param>
    /// <param name="options">Timings and paths; defaults suit a CI machine.</param>
    /// <param name="cancellationToken">Stops waiting.</param>
    /// <returns>The running reader; dispose it to stop everything.</returns>
    /// <exception cref="OrcaNotAvailableException">Not Linux, a program is missing, or another Orca runs for this user.</exception>
    public static async Task<OrcaScreenReader> StartAsync(string url, OrcaOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(url);
        ThrowIfUnavailable();
        options ??= new OrcaOptions();
        var chromium = options.ChromiumPath ?? A11yBrowser.ResolveExecutablePath();

        var reader = new OrcaScreenReader(options);
        try
        {
            await reader.AcquireLocksAsync(cancellationToken);
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(options.StartTimeout);
            await reader.StartStackAsync(chromium, url, timeout.Token);
            return reader;
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            var logs = reader.Logs();
            await reader.DisposeAsync();
            throw new TimeoutException($"Orca's stack did not start within {options.StartTimeout.TotalSeconds:0} s.{Environment.NewLine}{logs}");
        }
        catch
        {
            await reader.DisposeAsync();
            throw;
        }
    }

    /// <summary>Loads <paramref name="url"/> in the same tab (the way a reader follows a link or reloads) and returns what Orca says until it falls silent.</summary>
    /// <param name="url">The page.</param>
    /// <param name="cancellationToken">Stops waiting.</param>
    /// <returns>The phrases, each with the key <see cref="LoadKey"/>.</returns>
    public async Task<IReadOnlyList<SpokenPhrase>> LoadAsync(string url, CancellationToken cancellationToken = default)
    {
        await SettleAsync(cancellationToken);
        var first = StartListening(LoadKey);
        await Page.GotoAsync(url, new PageGotoOptions { WaitUntil = WaitUntilState.Load });
        await ListenAsync(_options.ResponseTimeout * 2, _options.Silence, _options.StartTimeout, cancellationToken);
        return Since(first);
    }

    /// <summary>Presses one key (xdotool's name: <c>Tab</c>, <c>Return</c>, <c>h</c>, <c>shift+h</c>, <c>KP_Add</c>; see <see cref="OrcaKeys"/>) and returns what Orca says until it falls silent.</summary>
    /// <param name="key">The key.</param>
    /// <param name="cancellationToken">Stops waiting.</param>
    /// <returns>The phrases, each with <paramref name="key"/> as its key; empty when Orca said nothing.</returns>
    public async Task<IReadOnlyList<SpokenPhrase>> PressAsync(string key, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        var sayAll = key == OrcaKeys.SayAll;
        await SettleAsync(cancellationToken);
        // A say all can pause for seconds (Orca waits on Chromium now and then), so it counts as
        // finished when the page's last line of text has been heard, or after a long silence.
        var (lastLine, times) = sayAll ? await LastLineOfTextAsync() : ([], 0);
        var first = StartListening(key);
        await RunToEndAsync("xdotool", ["key", "--clearmodifiers", key], cancellationToken);
        if (sayAll)
        {
            await ListenAsync(
                _options.ResponseTimeout,
                _options.SayAllSilence,
                _options.SayAllTimeout,
                cancellationToken,
                () => lastLine.Count > 0 && _heard.Skip(first).Count(phrase => OrcaAssertions.ContainsRun(OrcaAssertions.Words(phrase.Text), lastLine)) >= times);
        }
        else
        {
            await ListenAsync(_options.ResponseTimeout, _options.Silence, _options.SayAllTimeout, cancellationToken);
        }

        return Since(first);
    }

    /// <summary>Presses keys one after another, each after Orca fell silent, and returns everything said.</summary>
    /// <param name="keys">The keys, as for <see cref="PressAsync(string, CancellationToken)"/>.</param>
    /// <returns>The phrases, each with the key that caused it.</returns>
    public async Task<IReadOnlyList<SpokenPhrase>> PressAsync(params string[] keys)
    {
        var all = new List<SpokenPhrase>();
        foreach (var key in keys)
        {
            all.AddRange(await PressAsync(key));
        }

        return all;
    }

    /// <summary>
    /// Presses a navigation key (<see cref="OrcaKeys.NextHeading"/>, <see cref="OrcaKeys.NextBlockQuote"/>, ...)
    /// again and again until Orca comes back to where the first press went (it wraps to the top), says
    /// nothing, says there is no more ("No more blockquotes."), or says the same as at the previous
    /// press, and returns what it
    /// said at each stop before that.
    /// </summary>
    /// <param name="key">The key.</param>
    /// <param name="maxStops">At most this many presses.</param>
    /// <param name="cancellationToken">Stops waiting.</param>
    /// <returns>One list of phrases per stop, in order; the press that wrapped around is not included.</returns>
    public async Task<IReadOnlyList<IReadOnlyList<SpokenPhrase>>> JumpThroughAsync(string key, int maxStops = 60, CancellationToken cancellationToken = default)
    {
        var stops = new List<IReadOnlyList<SpokenPhrase>>();
        for (var i = 0; i < maxStops; i++)
        {
            var heard = await PressAsync(key, cancellationToken);
            if (heard.Count == 0
                || heard.All(p => p.Text.StartsWith("No more ", StringComparison.Ordinal)) // "No more headings."
                || (stops.Count > 0 && heard[^1].Text == stops[0][^1].Text)
                || (stops.Count > 0 && heard.Select(p => p.Text).SequenceEqual(stops[^1].Select(p => p.Text))))
            {
                break;
            }

            stops.Add(heard);
        }

        return stops;
    }

    /// <summary>Say all (numpad plus) from where the reader is, until speech stays silent for <see cref="OrcaOptions.SayAllSilence"/>.</summary>
    /// <param name="cancellationToken">Stops waiting.</param>
    /// <returns>The phrases.</returns>
    public Task<IReadOnlyList<SpokenPhrase>> SayAllAsync(CancellationToken cancellationToken = default) => PressAsync(OrcaKeys.SayAll, cancellationToken);

    /// <summary>Stops Chromium, Orca, speech-dispatcher, the buses and the X server, in that order (SIGTERM, then SIGKILL after 3 s), and deletes the work folder.</summary>
    /// <returns>A task that completes when all are gone.</returns>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }

        try
        {
            if (_browser is not null)
            {
                try
                {
                    // Connected over CDP: closing disconnects Playwright; the process is stopped below.
                    await _browser.CloseAsync().WaitAsync(TimeSpan.FromSeconds(5));
                }
                catch (Exception)
                {
                    // The browser may already be gone; it is killed below either way.
                }
            }

            _playwright?.Dispose();
            _page = null;

            for (var i = _processes.Count - 1; i >= 0; i--)
            {
                await _processes[i].StopAsync(TimeSpan.FromSeconds(3));
            }

            if (!_options.KeepWorkFolder)
            {
                try
                {
                    Directory.Delete(_work, recursive: true);
                }
                catch (IOException)
                {
                }
                catch (UnauthorizedAccessException)
                {
                }
            }
        }
        finally
        {
            AppDomain.CurrentDomain.ProcessExit -= KillOnExit;
            _machineLock?.Dispose();
            if (_holdsInProcessLock)
            {
                InProcessLock.Release();
            }
        }
    }

    private async Task AcquireLocksAsync(CancellationToken cancellationToken)
    {
        var deadline = DateTime.UtcNow + _options.LockTimeout;
        if (!await InProcessLock.WaitAsync(_options.LockTimeout, cancellationToken))
        {
            throw new TimeoutException($"Another OrcaScreenReader in this process held the Orca lock for more than {_options.LockTimeout}.");
        }

        _holdsInProcessLock = true;
        // Machine-wide: an exclusive flock on a file in /tmp (FileShare.None takes one on Unix); it
        // goes away with the process that holds it, so a crashed run never blocks the next.
        var lockPath = Path.Combine(Path.GetTempPath(), "a11y-articles-orca.lock");
        while (true)
        {
            try
            {
                _machineLock = new FileStream(lockPath, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
                return;
            }
            catch (IOException) when (DateTime.UtcNow < deadline)
            {
                await Task.Delay(250, cancellationToken);
            }
            catch (IOException exception)
            {
                throw new TimeoutException($"Another process held the machine-wide Orca lock ({lockPath}) for more than {_options.LockTimeout}: only one Orca runs per user.", exception);
            }
        }
    }

    private async Task StartStackAsync(string chromium, string url, CancellationToken cancellationToken)
    {
        AppDomain.CurrentDomain.ProcessExit += KillOnExit;
        WriteConfiguration();

        // 1. An X server of our own, on a display nobody uses.
        var display = FreeDisplay();
        _environment["DISPLAY"] = $":{display}";
        var (width, height) = _options.WindowSize;
        Start("Xvfb", Find("Xvfb"), [$":{display}", "-screen", "0", $"{width}x{height + 24}x24", "-nolisten", "tcp", "-noreset"]);
        await WaitUntilAsync(() => File.Exists($"/tmp/.X11-unix/X{display}"), "the X server's socket", cancellationToken);

        // 2. A D-Bus session bus of our own.
        var busPath = Path.Combine(_work, "bus");
        _environment["DBUS_SESSION_BUS_ADDRESS"] = $"unix:path={busPath}";
        Start("dbus-daemon", Find("dbus-daemon"), ["--session", "--nofork", "--nopidfile", $"--address=unix:path={busPath}"]);
        await WaitUntilAsync(() => File.Exists(busPath), "the D-Bus session bus", cancellationToken);

        // 3. The AT-SPI accessibility bus (and its registry), switched on for screen readers:
        //    Chromium and Orca both read org.a11y.Status.
        Start("at-spi-bus-launcher", Find("at-spi-bus-launcher"), ["--launch-immediately"]);
        await WaitUntilAsync(
            async () => await TryRunAsync("dbus-send", ["--session", "--print-reply", "--dest=org.a11y.Bus", "/org/a11y/bus", "org.a11y.Bus.GetAddress"], cancellationToken),
            "the AT-SPI bus",
            cancellationToken);
        foreach (var property in new[] { "IsEnabled", "ScreenReaderEnabled" })
        {
            await RunToEndAsync("dbus-send", ["--session", "--print-reply", "--dest=org.a11y.Bus", "/org/a11y/bus", "org.freedesktop.DBus.Properties.Set", "string:org.a11y.Status", $"string:{property}", "variant:boolean:true"], cancellationToken);
        }

        // 4. speech-dispatcher, whose only output module writes each utterance to the capture file.
        Start("speech-dispatcher", Find("speech-dispatcher"), ["--run-single", "--timeout", "0"]);
        var socket = Path.Combine(_environment["XDG_RUNTIME_DIR"]!, "speech-dispatcher", "speechd.sock");
        await WaitUntilAsync(() => File.Exists(socket), "speech-dispatcher's socket", cancellationToken);

        // 5. Orca. It refuses to start while another Orca of this user runs (anywhere on the machine).
        var orca = Start("orca", Find("orca"), ["--debug-file", Path.Combine(_work, "orca-debug.out")]);
        await WaitUntilAsync(
            () =>
            {
                if (orca.Process.HasExited)
                {
                    var output = orca.Output();
                    throw new OrcaNotAvailableException(
                        $"Orca exited at start (code {orca.Process.ExitCode}): {output.Trim()}" + Environment.NewLine +
                        (output.Contains("already running", StringComparison.OrdinalIgnoreCase)
                            ? "Another Orca runs for this user on this machine (pgrep -x orca); only one can run at a time."
                            : "See the logs in " + _work));
                }

                Drain();
                return _heard.Count > 0;
            },
            "Orca's first words",
            cancellationToken);

        // 6. Chromium with its accessibility tree exposed to AT-SPI, and DevTools on a loopback port.
        var profile = Path.Combine(_work, "chromium");
        Start("chromium", chromium,
        [
            .. A11yBrowser.LaunchArguments,
            "--force-renderer-accessibility",
            $"--user-data-dir={profile}",
            "--remote-debugging-address=127.0.0.1",
            "--remote-debugging-port=0",
            "--no-default-browser-check",
            "--disable-default-apps",
            "--disable-extensions",
            "--disable-session-crashed-bubble",
            "--hide-crash-restore-bubble",
            "--password-store=basic",
            // No translation bar on pages in other languages.
            "--disable-features=Translate,MediaRouter,OptimizationHints",
            "--window-position=0,0",
            $"--window-size={width},{height}",
            // An app window: the page without tabs or address bar, so nothing of the browser's own
            // interface changes while Orca reads.
            $"--app={url}",
        ]);
        var portFile = Path.Combine(profile, "DevToolsActivePort");
        await WaitUntilAsync(() => File.Exists(portFile) && File.ReadAllLines(portFile).Length >= 1, "Chromium's DevTools port", cancellationToken);
        var port = int.Parse(File.ReadAllLines(portFile)[0], System.Globalization.CultureInfo.InvariantCulture);
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.ConnectOverCDPAsync($"http://127.0.0.1:{port}");
        await WaitUntilAsync(() => _browser.Contexts.Count > 0 && _browser.Contexts[0].Pages.Count > 0, "Chromium's page", cancellationToken);
        _page = _browser.Contexts[0].Pages[0];
        await _page.WaitForLoadStateAsync(LoadState.Load);
        await ListenAsync(_options.StartTimeout, _options.Silence, _options.StartTimeout, cancellationToken);
    }

    private void WriteConfiguration()
    {
        var home = _environment["HOME"]!;
        var runtime = _environment["XDG_RUNTIME_DIR"]!;
        Directory.CreateDirectory(runtime);
        Directory.CreateDirectory(home);
        if (OperatingSystem.IsLinux())
        {
            File.SetUnixFileMode(runtime, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
        File.WriteAllBytes(_capturePath, []);

        // libao (speech-dispatcher's audio output) plays into nothing.
        File.WriteAllText(Path.Combine(home, ".libao"), "default_driver=null\n");

        var speechd = Path.Combine(_environment["XDG_CONFIG_HOME"]!, "speech-dispatcher");
        Directory.CreateDirectory(Path.Combine(speechd, "modules"));
        File.WriteAllText(Path.Combine(speechd, "speechd.conf"), $"""
            CommunicationMethod "unix_socket"
            SocketPath "default"
            Timeout 0
            LogLevel 3
            LogDir "{_work}"
            AudioOutputMethod "libao"
            AddModule "capture" "sd_generic" "capture.conf"
            DefaultModule capture
            DefaultLanguage "en"

            """);
        // The generic module runs a shell command per utterance with the text ($DATA, which the module
        // quotes for single quotes) and the language ($LANGUAGE). Records are separated by control
        // characters that no text holds; a delimiter no text holds and a long chunk keep a phrase whole.
        // Each utterance then "lasts" 0.2 s: Orca's speech client (python3-speechd) registers its
        // end-of-speech callback only after the server's reply to SPEAK, so an end that comes at once
        // is lost, and a say all, which waits for it to go on, stops for good.
        var languages = new[] { "en", "es", "fr", "de", "ar", "it", "pt", "nl" };
        File.WriteAllText(Path.Combine(speechd, "modules", "capture.conf"),
            $"""
            Debug 0
            GenericExecuteSynth "printf '%s\\037%s\\036' \'$LANGUAGE\' \'$DATA\' >> '{_capturePath}'; sleep 0.2"
            GenericMaxChunkLength 1000000
            GenericDelimiters "{UnitSeparator}"
            {string.Join(Environment.NewLine, languages.Select(language => $"GenericLanguage \"{language}\" \"{language}\" \"utf-8\""))}
            {string.Join(Environment.NewLine, languages.Select(language => $"AddVoice \"{language}\" \"MALE1\" \"{language}\""))}
            DefaultVoice "en"

            """);

        // Orca: no key echo, no say-all or page summary on load, no braille, no sounds.
        var orca = Path.Combine(_environment["XDG_DATA_HOME"]!, "orca");
        Directory.CreateDirectory(orca);
        File.WriteAllText(Path.Combine(orca, "orca-customizations.py"), """
            import orca.settings as settings
            settings.enableKeyEcho = False
            settings.enableEchoByCharacter = False
            settings.enableEchoByWord = False
            settings.enableEchoBySentence = False
            settings.sayAllOnLoad = False
            settings.pageSummaryOnLoad = False
            settings.enableBraille = False
            settings.enableBrailleMonitor = False
            settings.enableSound = False
            settings.enableTutorialMessages = False
            settings.presentToolTips = False

            """);
    }

    /// <summary>The words of the last line of text the page shows (its <c>innerText</c>), and how many of its lines hold them.</summary>
    private async Task<(List<string> Words, int Times)> LastLineOfTextAsync()
    {
        var text = await Page.EvaluateAsync<string>("() => document.body ? document.body.innerText : ''");
        var lines = text.Split('\n').Select(OrcaAssertions.Words).Where(words => words.Count > 0).ToList();
        if (lines.Count == 0)
        {
            return ([], 0);
        }

        return (lines[^1], lines.Count(line => OrcaAssertions.ContainsRun(line, lines[^1])));
    }

    private int StartListening(string key)
    {
        Drain();
        _currentKey = key;
        return _heard.Count;
    }

    private IReadOnlyList<SpokenPhrase> Since(int first) => _heard.Skip(first).ToList();

    /// <summary>Collects whatever is still arriving under the previous key, so that nothing late is attributed to the next one.</summary>
    private Task SettleAsync(CancellationToken cancellationToken) =>
        ListenAsync(TimeSpan.FromMilliseconds(300), TimeSpan.FromMilliseconds(300), _options.SayAllTimeout, cancellationToken);

    /// <summary>
    /// Waits for the first phrase (at most <paramref name="response"/>), then until no phrase has
    /// arrived for <paramref name="silence"/>, at most <paramref name="limit"/> in all.
    /// </summary>
    private async Task ListenAsync(TimeSpan response, TimeSpan silence, TimeSpan limit, CancellationToken cancellationToken, Func<bool>? finished = null)
    {
        var start = Stopwatch.StartNew();
        var count = _heard.Count;
        var sinceLast = Stopwatch.StartNew();
        var heardAny = false;
        while (start.Elapsed < limit)
        {
            await Task.Delay(100, cancellationToken);
            Drain();
            if (_heard.Count != count)
            {
                count = _heard.Count;
                heardAny = true;
                sinceLast.Restart();
            }

            if (heardAny ? sinceLast.Elapsed >= (finished is not null && finished() ? _options.Silence : silence) : start.Elapsed >= response)
            {
                return;
            }
        }

        throw new TimeoutException($"Orca was still speaking after {limit.TotalSeconds:0} s (last: {_heard.LastOrDefault()}).");
    }

    /// <summary>Reads the utterances the capture module appended since the last read.</summary>
    private void Drain()
    {
        using var stream = new FileStream(_capturePath, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        if (stream.Length <= _captureOffset)
        {
            return;
        }

        stream.Position = _captureOffset;
        var buffer = new byte[stream.Length - _captureOffset];
        stream.ReadExactly(buffer);
        _captureOffset += buffer.Length;
        _pending.AddRange(buffer);
        int end;
        while ((end = _pending.IndexOf((byte)RecordSeparator)) >= 0)
        {
            var record = Encoding.UTF8.GetString([.. _pending.Take(end)]);
            _pending.RemoveRange(0, end + 1);
            var separator = record.IndexOf(UnitSeparator, StringComparison.Ordinal);
            var language = separator < 0 ? "" : record[..separator];
            var text = (separator < 0 ? record : record[(separator + 1)..]).Trim();
            if (text.Length > 0)
            {
                _heard.Add(new SpokenPhrase(text, language, _currentKey));
            }
        }
    }

    /// <summary>Starts a program in a session (and process group) of its own, so that stopping it stops its children too.</summary>
    private StackProcess Start(string name, string path, IReadOnlyList<string> arguments)
    {
        var info = new ProcessStartInfo(SetSid, [path, .. arguments])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            WorkingDirectory = _work,
        };
        foreach (var (variable, value) in _environment)
        {
            if (value is null)
            {
                info.Environment.Remove(variable);
            }
            else
            {
                info.Environment[variable] = value;
            }
        }

        var process = new StackProcess(name, Process.Start(info) ?? throw new InvalidOperationException($"Could not start {path}."));
        _processes.Add(process);
        return process;
    }

    private async Task RunToEndAsync(string program, IReadOnlyList<string> arguments, CancellationToken cancellationToken)
    {
        var process = Start(program, Find(program), arguments);
        await process.Process.WaitForExitAsync(cancellationToken);
        _processes.Remove(process);
        if (process.Process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{program} {string.Join(' ', arguments)} failed ({process.Process.ExitCode}): {process.Output()}");
        }
    }

    private async Task<bool> TryRunAsync(string program, IReadOnlyList<string> arguments, CancellationToken cancellationToken)
    {
        var process = Start(program, Find(program), arguments);
        await process.Process.WaitForExitAsync(cancellationToken);
        _processes.Remove(process);
        return process.Process.ExitCode == 0;
    }

    private static async Task WaitUntilAsync(Func<bool> condition, string what, CancellationToken cancellationToken) =>
        await WaitUntilAsync(() => Task.FromResult(condition()), what, cancellationToken);

    private static async Task WaitUntilAsync(Func<Task<bool>> condition, string what, CancellationToken cancellationToken)
    {
        while (!await condition())
        {
            if (cancellationToken.IsCancellationRequested)
            {
                throw new OperationCanceledException($"Waited in vain for {what}.", cancellationToken);
            }

            await Task.Delay(100, CancellationToken.None);
        }
    }

    private static string SetSid => File.Exists("/usr/bin/setsid") ? "/usr/bin/setsid" : "setsid";

    private static int FreeDisplay()
    {
        for (var display = 90 + Random.Shared.Next(100); ; display++)
        {
            if (!File.Exists($"/tmp/.X{display}-lock") && !File.Exists($"/tmp/.X11-unix/X{display}"))
            {
                return display;
            }
        }
    }

    private string Logs()
    {
        var builder = new StringBuilder();
        foreach (var process in _processes)
        {
            builder.AppendLine($"--- {process.Name} ({(process.Process.HasExited ? $"exited {process.Process.ExitCode}" : "running")}):");
            builder.AppendLine(process.Output().Trim());
        }

        return builder.ToString();
    }

    private void KillOnExit(object? sender, EventArgs e)
    {
        foreach (var process in Enumerable.Reverse(_processes))
        {
            process.Kill();
        }
    }

    private static string Find(string program) =>
        Programs.FirstOrDefault(p => p.Name == program)?.Find() ?? throw new OrcaNotAvailableException($"{program} is not installed. {InstallCommand}");

    private static readonly IReadOnlyList<RequiredProgram> Programs =
    [
        new("Xvfb", "xvfb", []),
        new("dbus-daemon", "dbus", []),
        new("dbus-send", "dbus", []),
        new("at-spi-bus-launcher", "at-spi2-core", ["/usr/libexec/at-spi-bus-launcher", "/usr/lib/at-spi2-core/at-spi-bus-launcher", "/usr/lib/at-spi-bus-launcher"]),
        new("speech-dispatcher", "speech-dispatcher", []),
        new("sd_generic", "speech-dispatcher", ["/usr/lib/speech-dispatcher-modules/sd_generic", $"/usr/lib/{RuntimeInformation.OSArchitecture.ToString().ToLowerInvariant() switch { "x64" => "x86_64", "arm64" => "aarch64", var other => other }}-linux-gnu/speech-dispatcher-modules/sd_generic", "/usr/libexec/speech-dispatcher-modules/sd_generic"]),
        new("orca", "orca", []),
        new("xdotool", "xdotool", []),
    ];

    private sealed record RequiredProgram(string Name, string Package, IReadOnlyList<string> KnownPaths)
    {
        public string? Find() => Find(Environment.GetEnvironmentVariable("PATH"), searchKnownPaths: true);

        public string? Find(string? searchPath, bool searchKnownPaths)
        {
            var onPath = (searchPath ?? "/usr/bin:/bin")
                .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
                .Select(folder => Path.Combine(folder, Name));
            return (searchKnownPaths ? KnownPaths : []).Concat(onPath).FirstOrDefault(File.Exists);
        }
    }

    /// <summary>A process of the stack, with its output kept for error messages.</summary>
    private sealed class StackProcess
    {
        private readonly StringBuilder _output = new();

        public StackProcess(string name, Process process)
        {
            Name = name;
            Process = process;
            process.OutputDataReceived += (_, e) => Append(e.Data);
            process.ErrorDataReceived += (_, e) => Append(e.Data);
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
        }

        public string Name { get; }

        public Process Process { get; }

        public string Output()
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }

        private void Append(string? line)
        {
            if (line is null)
            {
                return;
            }

            lock (_output)
            {
                if (_output.Length < 64_000)
                {
                    _output.AppendLine(line);
                }
            }
        }

        /// <summary>SIGTERM to the process's group (it was started in a session of its own), then SIGKILL to whatever of the group is left.</summary>
        public async Task StopAsync(TimeSpan grace)
        {
            try
            {
                if (!Process.HasExited)
                {
                    _ = Signal(-Process.Id, 15);
                    using var timeout = new CancellationTokenSource(grace);
                    try
                    {
                        await Process.WaitForExitAsync(timeout.Token);
                    }
                    catch (OperationCanceledException)
                    {
                    }
                }

                // Orca after a say-all may ignore SIGTERM; children (Chromium's renderers, the
                // accessibility bus's own dbus-daemon) may outlive their parent.
                Kill();
                await Process.WaitForExitAsync(CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(5));
            }
            catch (Exception exception) when (exception is InvalidOperationException or TimeoutException or System.ComponentModel.Win32Exception)
            {
            }
            finally
            {
                Process.Dispose();
            }
        }

        public void Kill()
        {
            try
            {
                _ = Signal(-Process.Id, 9);
            }
            catch (InvalidOperationException)
            {
            }
        }
    }

    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int Signal(int pid, int signal);
}
