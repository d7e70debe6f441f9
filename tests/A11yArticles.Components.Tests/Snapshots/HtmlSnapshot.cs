using System.Runtime.CompilerServices;
using System.Text;
using AngleSharp.Diffing;
using AngleSharp.Diffing.Core;
using AngleSharp.Diffing.Strategies;
using AngleSharp.Html.Parser;

namespace A11yArticles.Components.Tests.Snapshots;

/// <summary>
/// Snapshot testing with Verify's file conventions (Verify itself cannot be restored here):
/// the approved output is <c>Name.verified.html</c>, committed next to the test; on a mismatch the
/// actual output is written to <c>Name.received.html</c> (git-ignored) for review. Documents are
/// compared by meaning with AngleSharp.Diffing, so formatting and attribute order do not matter.
/// To approve a change, review the received file and rename it over the verified one.
/// </summary>
internal static class HtmlSnapshot
{
    private static readonly HtmlParser Parser = new();

    /// <summary>Where the approved snapshot called <paramref name="name"/> is kept (next to this file).</summary>
    public static string VerifiedPath(string name, [CallerFilePath] string thisFile = "") =>
        Path.Combine(Path.GetDirectoryName(thisFile)!, $"{name}.verified.html");

    public static void Matches(string actualHtml, string name, [CallerFilePath] string callerFile = "")
    {
        var folder = Path.GetDirectoryName(callerFile)!;
        var verifiedPath = Path.Combine(folder, $"{name}.verified.html");
        var receivedPath = Path.Combine(folder, $"{name}.received.html");

        if (!File.Exists(verifiedPath))
        {
            File.WriteAllText(receivedPath, actualHtml);
            Assert.Fail($"No approved snapshot {verifiedPath}. Review {receivedPath} and rename it to {Path.GetFileName(verifiedPath)} to approve it.");
        }

        var differences = Compare(File.ReadAllText(verifiedPath), actualHtml);
        if (differences.Count > 0)
        {
            File.WriteAllText(receivedPath, actualHtml);
            Assert.Fail(
                $"The output differs from {verifiedPath} in {differences.Count} place(s):{Environment.NewLine}" +
                string.Join(Environment.NewLine, differences.Select(d => "  - " + d)) + Environment.NewLine +
                $"The output was written to {receivedPath}; if the change is intended, rename it over the verified file.");
        }

        File.Delete(receivedPath);
    }

    /// <summary>Compares two whole documents (doctype aside) by meaning and describes each difference.</summary>
    public static IReadOnlyList<string> Compare(string expectedHtml, string actualHtml)
    {
        var strategy = new DiffingStrategyPipeline();
        strategy.AddDefaultOptions();
        var differ = new HtmlDiffer(strategy);
        var expected = Parser.ParseDocument(expectedHtml).DocumentElement;
        var actual = Parser.ParseDocument(actualHtml).DocumentElement;
        return differ.Compare(expected, actual).Select(Describe).ToList();
    }

    private static string Describe(IDiff diff) => diff switch
    {
        AttrDiff attr => $"attribute {attr.Control.Path}: expected '{attr.Control.Attribute.Value}', got '{attr.Test.Attribute.Value}'",
        NodeDiff node => $"{node.Target} at {node.Control.Path}: expected {Shorten(node.Control.Node.TextContent)}, got {Shorten(node.Test.Node.TextContent)}",
        MissingAttrDiff missing => $"missing attribute {missing.Control.Path}",
        MissingNodeDiff missing => $"missing {missing.Target} at {missing.Control.Path}",
        UnexpectedAttrDiff unexpected => $"unexpected attribute {unexpected.Test.Path}",
        UnexpectedNodeDiff unexpected => $"unexpected {unexpected.Target} at {unexpected.Test.Path}",
        _ => diff.ToString() ?? diff.GetType().Name,
    };

    private static string Shorten(string text)
    {
        var single = new StringBuilder(text.Length).Append(text.ReplaceLineEndings(" ")).ToString().Trim();
        return single.Length <= 80 ? $"'{single}'" : $"'{single[..77]}...'";
    }
}
