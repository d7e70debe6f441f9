namespace A11yArticles.Checks.Tests.Rules.Article.Media;

public sealed class MediaRulesTests : RuleExampleTests
{
    protected override IEnumerable<RuleExample> Examples =>
    [
        Pass("A11Y-MEDIA-001", "video with a captions track", "<main><video controls src=\"v.mp4\"><track kind=\"captions\" src=\"v.vtt\" srclang=\"en\" label=\"English\"></video></main>"),
        Pass("A11Y-MEDIA-001", "video with a subtitles track (the default kind)", "<main><video controls src=\"v.mp4\"><track src=\"v.vtt\" srclang=\"fr\" label=\"Français\"></video></main>"),
        Pass("A11Y-MEDIA-001", "video pointing at its transcript", "<main><video controls src=\"v.mp4\" aria-describedby=\"t\"></video><details id=\"t\"><summary>Transcript</summary><p>Words.</p></details></main>"),
        Pass("A11Y-MEDIA-001", "recording with aria-details to its transcript", "<main><audio controls src=\"a.mp3\" aria-details=\"t\"></audio><div id=\"t\"><p>Words.</p></div></main>"),
        Pass("A11Y-MEDIA-001", "hidden player", "<main><video hidden src=\"v.mp4\"></video></main>"),
        Fail("A11Y-MEDIA-001", "video without track or transcript", "<main><video controls src=\"v.mp4\"></video></main>"),
        Fail("A11Y-MEDIA-001", "video with only a descriptions track", "<main><video controls src=\"v.mp4\"><track kind=\"descriptions\" src=\"d.vtt\" srclang=\"en\"></video></main>"),
        Fail("A11Y-MEDIA-001", "recording with a captions track only (browsers do not show it)", "<main><audio controls src=\"a.mp3\"><track kind=\"captions\" src=\"a.vtt\" srclang=\"en\"></audio></main>"),
        Fail("A11Y-MEDIA-001", "transcript reference to a missing id", "<main><audio controls src=\"a.mp3\" aria-describedby=\"nowhere\"></audio></main>"),
        Fail("A11Y-MEDIA-001", "transcript reference to an empty element", "<main><audio controls src=\"a.mp3\" aria-describedby=\"t\"></audio><div id=\"t\"></div></main>"),

        Pass("A11Y-MEDIA-002", "controls, no autoplay", "<main><video controls src=\"v.mp4\"><track kind=\"captions\" src=\"v.vtt\" srclang=\"en\"></video></main>"),
        Pass("A11Y-MEDIA-002", "muted autoplay", "<main><video autoplay muted loop src=\"v.mp4\"></video></main>"),
        Fail("A11Y-MEDIA-002", "video autoplaying with sound", "<main><video autoplay controls src=\"v.mp4\"></video></main>"),
        Fail("A11Y-MEDIA-002", "recording autoplaying", "<main><audio autoplay src=\"a.mp3\"></audio></main>"),
    ];
}
