using A11yArticles.Testing.Orca;

namespace A11yArticles.Testing.Tests.Orca;

/// <summary>
/// Without Orca's packages, OrcaScreenReader fails and says what is missing and how to install it:
/// a test that needs Orca fails, it never skips. And on this project's machines they are installed
/// (./test.sh installs them), so the Orca tests really run.
/// </summary>
public sealed class OrcaAvailabilityTests
{
    [Fact]
    public void Missing_programs_are_named_with_their_packages_and_the_install_command()
    {
        var empty = Directory.CreateTempSubdirectory("no-programs-").FullName;
        try
        {
            var failure = Assert.Throws<OrcaNotAvailableException>(() => OrcaScreenReader.ThrowIfUnavailable(empty, searchKnownPaths: false));

            Assert.Contains("orca (package orca)", failure.Message, StringComparison.Ordinal);
            Assert.Contains("Xvfb (package xvfb)", failure.Message, StringComparison.Ordinal);
            Assert.Contains("speech-dispatcher (package speech-dispatcher)", failure.Message, StringComparison.Ordinal);
            Assert.Contains("xdotool (package xdotool)", failure.Message, StringComparison.Ordinal);
            Assert.Contains("apt-get install -y --no-install-recommends orca speech-dispatcher xvfb xdotool python3-pyatspi", failure.Message, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(empty);
        }
    }

    [Fact]
    public void Orca_and_its_speech_capture_are_installed_here()
    {
        // The Orca tests fail without them anyway; this says so first, in one line.
        OrcaScreenReader.ThrowIfUnavailable();
    }
}
