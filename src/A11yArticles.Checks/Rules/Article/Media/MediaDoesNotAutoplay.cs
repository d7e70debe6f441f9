using A11yArticles.Checks.Dom;
using A11yArticles.Checks.Engine;

namespace A11yArticles.Checks.Rules.Article.Media;

/// <summary>
/// No video or recording starts playing with sound on its own: sound that starts by itself talks over
/// a screen reader (WCAG 1.4.2). A muted autoplaying video is allowed here; whether its playing
/// distracts (2.2.2) is for a person to judge.
/// </summary>
internal sealed class MediaDoesNotAutoplay : ElementRule
{
    public override RuleInfo Info { get; } = Describe(
        "A11Y-MEDIA-002",
        "No video or recording plays sound on its own",
        RuleGroups.Article,
        "1.4.2",
        "",
        Severity.Error,
        "Remove autoplay and let the reader start the player (or add muted, for a video whose sound the reader turns on).");

    public override IReadOnlyList<string> ElementNames => ["video", "audio"];

    public override void Check(CheckContext context, ElementFacts facts)
    {
        var element = facts.Element;
        if (element.HasAttribute("autoplay") && !element.HasAttribute("muted"))
        {
            Report(context, element, $"the {element.LocalName} starts playing with sound as the page loads");
        }
    }
}
