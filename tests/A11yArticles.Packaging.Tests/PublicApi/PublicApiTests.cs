using System.Reflection;
using System.Runtime.CompilerServices;
using PublicApiGenerator;

namespace A11yArticles.Packaging.Tests.PublicApi;

/// <summary>
/// The public API of each library is approved in a file (<c>Name.verified.txt</c>, Verify's
/// conventions): an accidental public change fails here. If the change is intended, review
/// <c>Name.received.txt</c> and rename it over the verified file.
/// </summary>
public sealed class PublicApiTests
{
    public static TheoryData<string> Libraries => ["A11yArticles", "A11yArticles.Importers", "A11yArticles.Components", "A11yArticles.Rendering", "A11yArticles.Checks", "A11yArticles.Testing"];

    [Theory]
    [MemberData(nameof(Libraries))]
    public void Public_api_is_the_approved_one(string assemblyName)
    {
        var assembly = Assembly.Load(assemblyName);
        var api = assembly.GeneratePublicApi(new ApiGeneratorOptions { ExcludeAttributes = ["System.Runtime.Versioning.TargetFrameworkAttribute", "System.Reflection.AssemblyMetadataAttribute"] })
            .ReplaceLineEndings("\n");

        var folder = FolderOfThisFile();
        var verified = Path.Combine(folder, $"{assemblyName}.verified.txt");
        var received = Path.Combine(folder, $"{assemblyName}.received.txt");
        var approved = File.Exists(verified) ? File.ReadAllText(verified).ReplaceLineEndings("\n") : null;
        if (approved != api)
        {
            File.WriteAllText(received, api);
            Assert.Fail(approved is null
                ? $"No approved public API for {assemblyName}. Review {received} and rename it to {Path.GetFileName(verified)}."
                : $"The public API of {assemblyName} changed. Compare {received} with {verified}; if the change is intended, rename the received file over the verified one.");
        }

        File.Delete(received);
    }

    private static string FolderOfThisFile([CallerFilePath] string path = "") => Path.GetDirectoryName(path)!;
}
