using A11yArticles.TestSupport;

namespace A11yArticles.Packaging.Tests;

/// <summary>
/// Packs every shipped project of the repository into a temporary local feed, once per test run.
/// The version is unique per run, so NuGet's global cache never serves an older build under the
/// same number; the build goes to its own artifacts folder, so the repository's bin/obj are untouched.
/// </summary>
public sealed class PackedFeed : IAsyncLifetime
{
    public static readonly TimeSpan StepTimeout = TimeSpan.FromMinutes(8);

    public string Root { get; } = Directory.CreateTempSubdirectory("a11y-packaging-").FullName;

    public string Feed => Path.Combine(Root, "feed");

    public string Version { get; } = $"1.0.0-proof.{DateTime.UtcNow:yyyyMMddHHmmss}.{Environment.ProcessId}";

    public static string RepositoryRoot
    {
        get
        {
            for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
            {
                if (File.Exists(Path.Combine(folder.FullName, "A11yArticles.sln")))
                {
                    return folder.FullName;
                }
            }

            throw new InvalidOperationException($"A11yArticles.sln not found above {AppContext.BaseDirectory}; the packaging tests run from a clone of the repository.");
        }
    }

    public string SeedPath => Seeds.PathOf(Seeds.AmloWelcomesHarris);

    /// <summary>The projects under src/ that are packed and shipped (the demo is not).</summary>
    public static IReadOnlyList<string> ShippedProjects { get; } = Directory.EnumerateDirectories(Path.Combine(RepositoryRoot, "src"))
        .Select(Path.GetFileName)
        .Where(name => name is not null && name.StartsWith("A11yArticles", StringComparison.Ordinal) && File.Exists(Path.Combine(RepositoryRoot, "src", name, name + ".csproj"))
            && !File.ReadAllText(Path.Combine(RepositoryRoot, "src", name, name + ".csproj")).Contains("<IsPackable>false</IsPackable>", StringComparison.Ordinal))
        .Order(StringComparer.Ordinal)
        .ToList()!;

    public async Task InitializeAsync()
    {
        // Only the shipped projects (every project under src/ that packs), through a solution filter:
        // packing the whole solution would also build the test hosts and samples, several minutes more.
        // One MSBuild node (-m:1): under the load of the full test run the components package now and
        // then came out without its static web assets (never when packing alone). One node rules out
        // the two races we suspect: the components' own pack against the build of them that
        // A11yArticles.Rendering's reference starts, and the nested build attaching to worker nodes
        // that the outer 'dotnet test' build left running.
        var filter = Path.Combine(Root, "packages.slnf");
        await File.WriteAllTextAsync(filter, System.Text.Json.JsonSerializer.Serialize(new
        {
            solution = new
            {
                path = Path.Combine(RepositoryRoot, "A11yArticles.sln"),
                projects = ShippedProjects.Select(project => Path.Combine("src", project, project + ".csproj").Replace('/', '\\')).ToArray(),
            },
        }));
        (await ProcessRunner.RunAsync(
            "dotnet",
            ["pack", filter, "-c", "Release", "-o", Feed, $"-p:Version={Version}", "--artifacts-path", Path.Combine(Root, "artifacts"), "-m:1"],
            RepositoryRoot,
            StepTimeout)).EnsureSuccess("dotnet pack");

        // A NuGet.config for consumers: the local feed first, then the usual registry for dependencies.
        await File.WriteAllTextAsync(Path.Combine(Root, "NuGet.Config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="local-proof" value="{Feed}" />
                <add key="nuget.org" value="https://api.nuget.org/v3/index.json" protocolVersion="3" />
              </packageSources>
            </configuration>
            """);
    }

    public Task DisposeAsync()
    {
        Directory.Delete(Root, recursive: true);
        return Task.CompletedTask;
    }

    internal Task<ProcessRunner.Result> DotnetAsync(string workingDirectory, params string[] arguments) =>
        ProcessRunner.RunAsync("dotnet", arguments, workingDirectory, StepTimeout);
}

[CollectionDefinition(Name)]
public sealed class PackagingCollection : ICollectionFixture<PackedFeed>
{
    public const string Name = "packaging";
}
