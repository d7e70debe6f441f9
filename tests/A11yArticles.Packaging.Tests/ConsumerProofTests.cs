using System.Net;
using System.Net.Sockets;
using AngleSharp.Html.Parser;
using Xunit.Abstractions;

namespace A11yArticles.Packaging.Tests;

/// <summary>
/// A new user's path: a fresh Blazor Web App outside the repository references the packages by
/// version from the feed, embeds ArticleView, builds and serves it on a loopback port; and the tool
/// is installed into a tool path and run.
/// </summary>
[Collection(PackagingCollection.Name)]
public sealed class ConsumerProofTests(PackedFeed packed, ITestOutputHelper output)
{
    [Fact]
    public async Task A_fresh_blazor_site_renders_an_article_from_the_packages()
    {
        var site = Path.Combine(packed.Root, "ConsumerSite");
        (await packed.DotnetAsync(packed.Root, "new", "blazor", "-o", site, "--interactivity", "None", "--empty", "--no-restore")).EnsureSuccess("dotnet new blazor");
        (await packed.DotnetAsync(site, "add", "package", "A11yArticles.Components", "--version", packed.Version, "--no-restore")).EnsureSuccess("dotnet add package");
        (await packed.DotnetAsync(site, "add", "package", "A11yArticles.Importers", "--version", packed.Version, "--no-restore")).EnsureSuccess("dotnet add package");
        File.Copy(packed.SeedPath, Path.Combine(site, "story.txt"));
        await File.WriteAllTextAsync(Path.Combine(site, "Components", "Pages", "Story.razor"), """
            @page "/story"
            @using A11yArticles.Components
            @using A11yArticles.Importers

            <PageTitle>@article.Headline</PageTitle>
            <ArticleView Article="@article" Options="@(new() { IdPrefix = "story-" })" />

            @code {
                private readonly A11yArticles.Model.Article article = ArticleImporter.ImportFile("story.txt");
            }
            """);
        var app = Path.Combine(site, "Components", "App.razor");
        var appMarkup = await File.ReadAllTextAsync(app);
        await File.WriteAllTextAsync(app, appMarkup.Replace("</head>", "    <link rel=\"stylesheet\" href=\"_content/A11yArticles.Components/a11y-articles.css\" />\n</head>", StringComparison.Ordinal));

        (await packed.DotnetAsync(site, "build", "-c", "Release")).EnsureSuccess("dotnet build of the consumer site");

        var port = FreeLoopbackPort();
        var url = $"http://127.0.0.1:{port}";
        var start = new System.Diagnostics.ProcessStartInfo("dotnet")
        {
            WorkingDirectory = site,
            ArgumentList = { "run", "-c", "Release", "--no-build", "--urls", url },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        ProcessRunner.Isolate(start);
        using var server = System.Diagnostics.Process.Start(start)!;
        try
        {
            using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };
            var page = await GetWhenUpAsync(http, $"{url}/story", TimeSpan.FromMinutes(2));
            output.WriteLine(page[..Math.Min(page.Length, 2000)]);

            var document = new HtmlParser().ParseDocument(page);
            var article = document.QuerySelector("article[aria-labelledby='story-headline']");
            Assert.NotNull(article);
            Assert.Equal("AMLO welcomes US Vice President Kamala Harris", document.GetElementById("story-headline")?.TextContent);
            Assert.Equal(5, article.QuerySelectorAll("q").Length);
            Assert.NotNull(document.QuerySelector("link[href='_content/A11yArticles.Components/a11y-articles.css']"));

            using var css = await http.GetAsync($"{url}/_content/A11yArticles.Components/a11y-articles.css");
            Assert.Equal(HttpStatusCode.OK, css.StatusCode);
            Assert.Contains(".a11y-skip-link", await css.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
        finally
        {
            server.Kill(entireProcessTree: true);
            await server.WaitForExitAsync();
        }
    }

    [Fact]
    public async Task The_components_install_and_build_in_a_webassembly_client()
    {
        // Before the split the components referenced the server framework and a WebAssembly client
        // failed with NETSDK1082; the article reaches the client as JSON (ArticleJson).
        var client = Path.Combine(packed.Root, "WasmClient");
        (await packed.DotnetAsync(packed.Root, "new", "blazorwasm", "-o", client, "--empty", "--no-restore")).EnsureSuccess("dotnet new blazorwasm");
        (await packed.DotnetAsync(client, "add", "package", "A11yArticles.Components", "--version", packed.Version, "--no-restore")).EnsureSuccess("dotnet add package");
        var json = ArticleJsonOfTheSeed();
        await File.WriteAllTextAsync(Path.Combine(client, "Pages", "Story.razor"), $$""""
            @page "/story"
            @using A11yArticles.Components
            @using A11yArticles.Model

            <ArticleView Article="@article" />

            @code {
                private readonly Article article = ArticleJson.Deserialize(System.Text.Encoding.UTF8.GetString(System.Convert.FromBase64String("{{json}}")));
            }
            """");

        var build = await packed.DotnetAsync(client, "build", "-c", "Release");
        build.EnsureSuccess("dotnet build of the WebAssembly client");
        Assert.DoesNotContain("NETSDK1082", build.Output, StringComparison.Ordinal);
        // The client's framework folder holds the model and the components as WebAssembly modules (Webcil, fingerprinted names).
        var framework = Directory.GetFiles(Path.Combine(client, "bin", "Release", "net10.0", "wwwroot", "_framework"), "*.wasm").Select(Path.GetFileName).ToList();
        Assert.Contains(framework, name => name!.StartsWith("A11yArticles.Components.", StringComparison.Ordinal));
        Assert.Contains(framework, name => name!.StartsWith("A11yArticles.", StringComparison.Ordinal) && !name.StartsWith("A11yArticles.Components.", StringComparison.Ordinal));
        Assert.DoesNotContain(framework, name => name!.StartsWith("AngleSharp", StringComparison.Ordinal) || name.StartsWith("Markdig", StringComparison.Ordinal));
    }

    private string ArticleJsonOfTheSeed() =>
        Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(A11yArticles.Model.ArticleJson.Serialize(A11yArticles.Importers.ArticleImporter.ImportFile(packed.SeedPath))));

    [Fact]
    public async Task The_tool_installs_into_a_tool_path_and_renders()
    {
        var tools = Path.Combine(packed.Root, "tools");
        (await packed.DotnetAsync(packed.Root, "tool", "install", "A11yArticles.Cli", "--tool-path", tools, "--version", packed.Version)).EnsureSuccess("dotnet tool install");
        var tool = Path.Combine(tools, OperatingSystem.IsWindows() ? "a11y-articles.exe" : "a11y-articles");

        var help = await ProcessRunner.RunAsync(tool, ["--help"], packed.Root, PackedFeed.StepTimeout);
        Assert.Equal(0, help.ExitCode);
        Assert.Contains("render", help.Output, StringComparison.Ordinal);

        var outFolder = Path.Combine(packed.Root, "tool-out");
        var render = await ProcessRunner.RunAsync(tool, ["render", packed.SeedPath, "--out", outFolder], packed.Root, PackedFeed.StepTimeout);
        Assert.Equal(0, render.ExitCode);
        Assert.True(File.Exists(Path.Combine(outFolder, "amlo-welcomes-harris.html")), render.Output);
        Assert.True(File.Exists(Path.Combine(outFolder, "a11y-articles.css")));

        // The pages the tool renders pass the tool's own checks; a broken page does not.
        var check = await ProcessRunner.RunAsync(tool, ["check", outFolder], packed.Root, PackedFeed.StepTimeout);
        Assert.True(check.ExitCode == 0, check.Output);
        var broken = Path.Combine(packed.Root, "broken.html");
        await File.WriteAllTextAsync(broken, "<!DOCTYPE html><html><head><title>Broken</title></head><body><img src=x.png></body></html>");
        var failing = await ProcessRunner.RunAsync(tool, ["check", broken], packed.Root, PackedFeed.StepTimeout);
        Assert.Equal(1, failing.ExitCode);
        Assert.Contains("broken.html:1:", failing.Output, StringComparison.Ordinal);
    }

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static async Task<string> GetWhenUpAsync(HttpClient http, string url, TimeSpan limit)
    {
        var deadline = DateTime.UtcNow + limit;
        while (true)
        {
            try
            {
                return await http.GetStringAsync(url);
            }
            catch (HttpRequestException) when (DateTime.UtcNow < deadline)
            {
                await Task.Delay(500);
            }
        }
    }
}
