namespace A11yArticles.Testing.Tests;

/// <summary>
/// Golden files with Verify's conventions: <c>NAME.verified.txt</c> is committed; on a mismatch
/// <c>NAME.received.txt</c> is written next to it (git-ignored) and the test fails with both paths.
/// To accept a change, move the received file over the verified one (see docs/testing.md).
/// </summary>
internal static class GoldenFile
{
    public static string Folder => Path.Combine(RepositoryRoot(), "tests", "A11yArticles.Testing.Tests", "ScreenReader", "Golden");

    public static void Verify(string name, string actual)
    {
        Directory.CreateDirectory(Folder);
        var verified = Path.Combine(Folder, name + ".verified.txt");
        var received = Path.Combine(Folder, name + ".received.txt");
        actual = actual.ReplaceLineEndings("\n");
        var expected = File.Exists(verified) ? File.ReadAllText(verified).ReplaceLineEndings("\n") : null;
        if (expected == actual)
        {
            File.Delete(received);
            return;
        }

        File.WriteAllText(received, actual);
        var firstDifference = expected is null ? null : FirstDifference(expected, actual);
        Assert.Fail(
            (expected is null ? $"No golden file yet: {verified}." : $"{name} differs from its golden file{firstDifference}.") +
            $"{Environment.NewLine}Received: {received}{Environment.NewLine}Verified: {verified}{Environment.NewLine}" +
            "If the change is intended, accept it: mv received verified (docs/testing.md, 'Golden files').");
    }

    private static string FirstDifference(string expected, string actual)
    {
        var expectedLines = expected.Split('\n');
        var actualLines = actual.Split('\n');
        for (var i = 0; i < Math.Max(expectedLines.Length, actualLines.Length); i++)
        {
            var e = i < expectedLines.Length ? expectedLines[i] : "(end of file)";
            var a = i < actualLines.Length ? actualLines[i] : "(end of file)";
            if (e != a)
            {
                return $" at line {i + 1}:{Environment.NewLine}  verified: {e}{Environment.NewLine}  received: {a}";
            }
        }

        return "";
    }

    public static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "A11yArticles.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"A11yArticles.sln not found above {AppContext.BaseDirectory}; these tests run from a clone of the repository.");
    }
}
