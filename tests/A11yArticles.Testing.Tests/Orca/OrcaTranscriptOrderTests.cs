using A11yArticles.Testing.Orca;

namespace A11yArticles.Testing.Tests.Orca;

/// <summary>
/// The one reordering the Orca golden files make: Orca's window announcement and its "Loading"
/// announcement come in either order on a load, and the transcript always writes the window first.
/// </summary>
public sealed class OrcaTranscriptOrderTests
{
    private static SpokenPhrase Load(string text) => new(text, "en", OrcaScreenReader.LoadKey);

    [Fact]
    public void The_window_announcement_is_written_before_loading_whichever_came_first()
    {
        var window = Load("Title – Site document web.");
        var loading = Load("Loading.  Please wait.");
        var finished = Load("Finished loading Title – Site.");

        Assert.Equal([window, loading, finished], OrcaSeedPageTests.WindowAnnouncementFirst([loading, window, finished]));
        Assert.Equal([window, loading, finished], OrcaSeedPageTests.WindowAnnouncementFirst([window, loading, finished]));
    }

    [Fact]
    public void Nothing_else_is_reordered()
    {
        var loading = Load("Loading.  Please wait.");
        var link = Load("Skip to main content link.");
        var pressed = new SpokenPhrase("Title – Site document web.", "en", OrcaKeys.Tab);

        Assert.Equal([loading, link], OrcaSeedPageTests.WindowAnnouncementFirst([loading, link]));
        Assert.Equal([loading, pressed], OrcaSeedPageTests.WindowAnnouncementFirst([loading, pressed]));
    }
}
