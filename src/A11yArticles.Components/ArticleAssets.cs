using System.Reflection;

namespace A11yArticles.Components;

/// <summary>
/// The stylesheet and script the components need. A host with ASP.NET Core serves them as static web
/// assets under <see cref="StaticWebAssetBasePath"/>; a tool that writes pages to disk copies them
/// next to the pages with <see cref="ReadStylesheet"/> and <see cref="ReadScript"/>.
/// </summary>
public static class ArticleAssets
{
    /// <summary>The URL path under which an ASP.NET Core host serves this library's static web assets.</summary>
    public const string StaticWebAssetBasePath = "_content/A11yArticles.Components/";

    /// <summary>The stylesheet's file name.</summary>
    public const string StylesheetFileName = "a11y-articles.css";

    /// <summary>The script's file name (skip-link focus handling).</summary>
    public const string ScriptFileName = "a11y-articles.js";

    /// <summary>The stylesheet's URL in an ASP.NET Core host.</summary>
    public const string StylesheetPath = StaticWebAssetBasePath + StylesheetFileName;

    /// <summary>The script's URL in an ASP.NET Core host.</summary>
    public const string ScriptPath = StaticWebAssetBasePath + ScriptFileName;

    /// <summary>Reads the stylesheet's text.</summary>
    /// <returns>The CSS.</returns>
    public static string ReadStylesheet() => ReadEmbedded(StylesheetFileName);

    /// <summary>Reads the script's text.</summary>
    /// <returns>The JavaScript.</returns>
    public static string ReadScript() => ReadEmbedded(ScriptFileName);

    private static string ReadEmbedded(string fileName)
    {
        var name = $"A11yArticles.Components.Assets.{fileName}";
        using var stream = typeof(ArticleAssets).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The embedded asset '{name}' is missing from {typeof(ArticleAssets).Assembly.GetName().Name}.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
