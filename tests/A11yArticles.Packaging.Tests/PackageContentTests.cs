using System.IO.Compression;
using System.Xml.Linq;

namespace A11yArticles.Packaging.Tests;

[Collection(PackagingCollection.Name)]
public sealed class PackageContentTests(PackedFeed packed)
{
    public static TheoryData<string> Packages => ["A11yArticles", "A11yArticles.Importers", "A11yArticles.Components", "A11yArticles.Rendering", "A11yArticles.Checks", "A11yArticles.Testing", "A11yArticles.Cli"];

    /// <summary>
    /// What each library package depends on: a host that renders articles gets the model and the
    /// components with nothing but Blazor's own package (so they install in a WebAssembly client),
    /// and the parsers come only with the importers.
    /// </summary>
    public static TheoryData<string, string[], string[]> Dependencies => new()
    {
        { "A11yArticles", [], [] },
        { "A11yArticles.Importers", ["A11yArticles", "AngleSharp", "HtmlSanitizer", "Markdig", "SmartReader", "YamlDotNet"], [] },
        { "A11yArticles.Components", ["A11yArticles", "Microsoft.AspNetCore.Components.Web"], [] },
        { "A11yArticles.Rendering", ["A11yArticles.Components", "Microsoft.Extensions.DependencyInjection", "Microsoft.Extensions.Logging"], [] },
        { "A11yArticles.Checks", ["A11yArticles", "AngleSharp", "AngleSharp.Css"], [] },
        { "A11yArticles.Testing", ["A11yArticles.Checks", "Deque.AxeCore.Playwright", "Microsoft.Playwright"], ["Microsoft.AspNetCore.App"] },
    };

    private ZipArchive Open(string id) => ZipFile.OpenRead(Path.Combine(packed.Feed, $"{id}.{packed.Version}.nupkg"));

    [Theory]
    [MemberData(nameof(Packages))]
    public void Each_package_has_readme_licence_description_tags_docs_and_symbols(string id)
    {
        using var package = Open(id);
        var nuspec = XDocument.Load(package.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal)).Open());
        var metadata = nuspec.Root!.Elements().Single(e => e.Name.LocalName == "metadata");
        string? Field(string name) => metadata.Elements().SingleOrDefault(e => e.Name.LocalName == name)?.Value;

        Assert.Equal(id, Field("id"));
        Assert.Equal("README.md", Field("readme"));
        Assert.Equal("MIT", Field("license"));
        Assert.False(string.IsNullOrWhiteSpace(Field("description")));
        Assert.Contains("accessibility", Field("tags"), StringComparison.Ordinal);
        Assert.Contains(package.Entries, e => e.FullName == "README.md");
        var repository = metadata.Elements().Single(e => e.Name.LocalName == "repository");
        Assert.Equal("git", repository.Attribute("type")?.Value);
        Assert.Matches("^[0-9a-f]{40}$", repository.Attribute("commit")?.Value ?? "");
        Assert.True(File.Exists(Path.Combine(packed.Feed, $"{id}.{packed.Version}.snupkg")), "symbols package");
        if (id != "A11yArticles.Cli")
        {
            Assert.Contains(package.Entries, e => e.FullName == $"lib/net10.0/{id}.xml");
        }
    }

    [Theory]
    [MemberData(nameof(Dependencies))]
    public void Each_library_depends_on_what_it_needs_and_nothing_more(string id, string[] packages, string[] frameworks)
    {
        using var package = Open(id);
        var nuspec = XDocument.Load(package.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal)).Open());

        var dependencies = nuspec.Descendants().Where(e => e.Name.LocalName == "dependency").Select(e => e.Attribute("id")!.Value).Distinct().Order(StringComparer.Ordinal);
        var frameworkReferences = nuspec.Descendants().Where(e => e.Name.LocalName == "frameworkReference").Select(e => e.Attribute("name")!.Value).Distinct().Order(StringComparer.Ordinal);

        Assert.Equal(packages.Order(StringComparer.Ordinal), dependencies);
        Assert.Equal(frameworks, frameworkReferences);
    }

    [Fact]
    public void The_components_package_carries_its_static_web_assets()
    {
        using var package = Open("A11yArticles.Components");

        Assert.Contains(package.Entries, e => e.FullName == "staticwebassets/a11y-articles.css");
        Assert.Contains(package.Entries, e => e.FullName == "staticwebassets/a11y-articles.js");
    }

    [Fact]
    public void The_cli_package_is_a_dotnet_tool_named_a11y_articles()
    {
        using var package = Open("A11yArticles.Cli");

        var settings = package.Entries.Single(e => e.FullName.EndsWith("DotnetToolSettings.xml", StringComparison.Ordinal));
        var command = XDocument.Load(settings.Open()).Descendants("Command").Single();
        Assert.Equal("a11y-articles", command.Attribute("Name")!.Value);
    }

    [Fact]
    public void The_cli_tool_carries_the_kit_and_playwrights_driver_for_check_browser()
    {
        using var package = Open("A11yArticles.Cli");

        Assert.Contains(package.Entries, e => e.FullName == "tools/net10.0/any/A11yArticles.Testing.dll");
        Assert.Contains(package.Entries, e => e.FullName == "tools/net10.0/any/Microsoft.Playwright.dll");
        Assert.Contains(package.Entries, e => e.FullName == "tools/net10.0/any/.playwright/package/cli.js");
    }
}
