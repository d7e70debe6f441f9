using A11yArticles.Checks.Dom;
using A11yArticles.Checks.Aria;
using A11yArticles.Checks.Engine;
using AngleSharp.Dom;

namespace A11yArticles.Checks.Rules.Act.Names;

/// <summary>ACT rule 8fc3b6: Object element rendering non-text content has non-empty accessible name.</summary>
internal sealed class ObjectHasName : ElementRule
{
    private static readonly string[] MediaExtensions =
    [
        ".png", ".jpg", ".jpeg", ".gif", ".svg", ".webp", ".bmp", ".ico", ".avif", ".tif", ".tiff",
        ".mp3", ".wav", ".ogg", ".oga", ".m4a", ".aac", ".flac", ".mp4", ".webm", ".ogv", ".mov", ".avi", ".m4v", ".mkv",
    ];

    public override RuleInfo Info { get; } = Describe(
        "A11Y-ACT-8FC3B6",
        "Object element rendering non-text content has non-empty accessible name",
        RuleGroups.Act,
        "1.1.1",
        "8fc3b6",
        Severity.Error,
        "Name the object with aria-label, aria-labelledby or title; its fallback content is not its name.");

    public override IReadOnlyList<string> ElementNames => ["object"];

    public override void Check(CheckContext context, ElementFacts facts)
    {
        var element = facts.Element;
        if (element.LocalName != "object" || element.NamespaceUri != NamespaceNames.HtmlUri
            || !facts.IsInAccessibilityTree || Roles.ExplicitRole(facts) is not null
            || !RendersMedia(element))
        {
            return;
        }

        if (Name(context, element).Length == 0)
        {
            Report(context, element, "the object shows an image, audio or video but has no accessible name");
        }
    }

    private static string Name(CheckContext context, IElement element)
    {
        // Only aria-labelledby, aria-label and title name an object; its fallback content does not.
        var labelledBy = element.GetAttribute("aria-labelledby");
        if (!string.IsNullOrWhiteSpace(labelledBy))
        {
            var names = labelledBy.Split(' ', StringSplitOptions.RemoveEmptyEntries)
                .Select(id => context.Facts.ElementById(id, element))
                .OfType<IElement>()
                .Select(referenced => AccessibleNames.Normalize(referenced.TextContent));
            var joined = string.Join(' ', names).Trim();
            if (joined.Length > 0)
            {
                return joined;
            }
        }

        return AccessibleNames.Normalize(element.GetAttribute("aria-label") ?? string.Empty) is { Length: > 0 } label
            ? label
            : AccessibleNames.Normalize(element.GetAttribute("title") ?? string.Empty);
    }

    /// <summary>The MIME type (or, without one, the file extension of data) says image, audio or video.</summary>
    private static bool RendersMedia(IElement element)
    {
        var type = element.GetAttribute("type")?.Trim().ToLowerInvariant();
        if (!string.IsNullOrEmpty(type))
        {
            return type.StartsWith("image/", StringComparison.Ordinal) || type.StartsWith("audio/", StringComparison.Ordinal) || type.StartsWith("video/", StringComparison.Ordinal);
        }

        var data = element.GetAttribute("data")?.Trim().ToLowerInvariant();
        if (string.IsNullOrEmpty(data))
        {
            return false;
        }

        var path = data.Split('?', '#')[0];
        return MediaExtensions.Any(extension => path.EndsWith(extension, StringComparison.Ordinal));
    }
}
