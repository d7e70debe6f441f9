using A11yArticles.Checks.Dom;
using A11yArticles.Checks.Engine;

namespace A11yArticles.Checks.Rules.Article.Media;

/// <summary>
/// A video has captions or a transcript, and a recording has a transcript, that the page ties to it:
/// a <c>track</c> of kind captions or subtitles, or an element the player names with
/// <c>aria-describedby</c> or <c>aria-details</c>. Statically the checker cannot hear whether a video
/// has sound (a silent video needs a description of what it shows instead), so this is a warning;
/// the W3C's media rules that judge the content itself are manual.
/// </summary>
internal sealed class MediaHasTextAlternative : ElementRule
{
    public override RuleInfo Info { get; } = Describe(
        "A11Y-MEDIA-001",
        "A video has captions or a transcript, a recording a transcript",
        RuleGroups.Article,
        "1.2.1,1.2.2",
        "",
        Severity.Warning,
        "Give a video a <track kind=\"captions\" src=\"….vtt\" srclang=\"en\"> and a recording a transcript; point the player at the transcript with aria-describedby (or aria-details) so that it is found from the player.");

    public override IReadOnlyList<string> ElementNames => ["video", "audio"];

    public override void Check(CheckContext context, ElementFacts facts)
    {
        var element = facts.Element;
        if (!facts.IsInAccessibilityTree)
        {
            return;
        }

        var isVideo = element.LocalName == "video";
        if (isVideo && element.Children.Any(child => child.LocalName == "track" && child.GetAttribute("kind")?.Trim().ToLowerInvariant() is null or "" or "captions" or "subtitles"))
        {
            return;
        }

        if (References(context, element, "aria-describedby") || References(context, element, "aria-details"))
        {
            return;
        }

        Report(context, element, isVideo
            ? "the video has no captions track and no transcript tied to it"
            : "the recording has no transcript tied to it");
    }

    private static bool References(CheckContext context, AngleSharp.Dom.IElement element, string attribute) =>
        element.GetAttribute(attribute) is { } ids
        && ids.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Any(id => context.Facts.ElementById(id, element) is { } target && target.TextContent.Trim().Length > 0);
}
