using Microsoft.AspNetCore.StaticFiles;

namespace A11yArticles.Demo;

/// <summary>
/// The file types an article shows or plays, and only those: the demo serves the seeds folder for the
/// articles' images and media, never the article sources (<c>.md</c>, <c>.txt</c>) beside them.
/// </summary>
public static class ArticleMediaTypes
{
    /// <summary>A provider that knows images, video, audio, captions and SVG maps, and nothing else.</summary>
    public static FileExtensionContentTypeProvider Provider { get; } = Create();

    private static FileExtensionContentTypeProvider Create()
    {
        var provider = new FileExtensionContentTypeProvider();
        provider.Mappings.Clear();
        foreach (var (extension, type) in new Dictionary<string, string>
        {
            [".jpg"] = "image/jpeg", [".jpeg"] = "image/jpeg", [".png"] = "image/png", [".gif"] = "image/gif",
            [".webp"] = "image/webp", [".avif"] = "image/avif", [".svg"] = "image/svg+xml",
            [".webm"] = "video/webm", [".mp4"] = "video/mp4", [".ogv"] = "video/ogg",
            [".mp3"] = "audio/mpeg", [".ogg"] = "audio/ogg", [".oga"] = "audio/ogg", [".m4a"] = "audio/mp4", [".opus"] = "audio/ogg",
            [".vtt"] = "text/vtt; charset=utf-8",
        })
        {
            provider.Mappings[extension] = type;
        }

        return provider;
    }
}
