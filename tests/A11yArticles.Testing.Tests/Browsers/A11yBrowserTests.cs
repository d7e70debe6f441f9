using A11yArticles.Testing.Browsers;

namespace A11yArticles.Testing.Tests.Browsers;

/// <summary>Browser resolution: a wrong override fails with instructions instead of silently using another browser.</summary>
public sealed class A11yBrowserTests
{
    [Fact]
    public void An_override_naming_a_missing_file_fails_and_says_how_to_install_chromium()
    {
        var missing = Path.Combine(Path.GetTempPath(), "no-such-chromium", "chrome");

        var failure = Assert.Throws<BrowserNotFoundException>(() => A11yBrowser.ResolveExecutablePath(missing));

        Assert.Contains($"{A11yBrowser.ExecutablePathVariable} is set to '{missing}', but no such file exists", failure.Message, StringComparison.Ordinal);
        Assert.Contains("apt-get install -y chromium", failure.Message, StringComparison.Ordinal);
        Assert.Contains("playwright.ps1 install chromium", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_override_naming_an_existing_file_wins_over_the_search()
    {
        var file = Path.GetTempFileName();
        try
        {
            Assert.Equal(file, A11yBrowser.ResolveExecutablePath(file));
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void Without_an_override_the_search_finds_an_existing_executable()
    {
        var path = A11yBrowser.ResolveExecutablePath(null);

        Assert.True(File.Exists(path), $"{path} should exist");
    }
}
