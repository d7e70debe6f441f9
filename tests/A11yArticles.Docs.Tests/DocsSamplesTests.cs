using System.Reflection;
using System.Text.RegularExpressions;
using A11yArticles.Components;
using A11yArticles.Docs.Samples;
using Microsoft.AspNetCore.Components;

namespace A11yArticles.Docs.Tests;

/// <summary>
/// Every code block of README.md and docs/**/*.md: a C#, Razor or cshtml block is compiled by
/// A11yArticles.Docs.Samples (DocsSamples.targets) unless an HTML comment "not compiled: reason"
/// or "file: path" (the block is that file of the repository, compiled where it lives) stands right
/// before it; any other block names its language (sh, yaml, html, json, text...).
/// </summary>
public sealed partial class DocsSamplesTests
{
    /// <summary>
    /// How many samples each file has. A sample added to or removed from the docs changes this table,
    /// so a sample can never drop out of the compilation unnoticed. Files not listed have none.
    /// </summary>
    private static readonly Dictionary<string, int> ExpectedSamples = new()
    {
        ["README.md"] = 3,
        ["docs/checks.md"] = 1,
        ["docs/importers.md"] = 1,
        ["docs/testing.md"] = 3,
        ["docs/components/abbreviation.md"] = 1,
        ["docs/components/article-body.md"] = 1,
        ["docs/components/article-header.md"] = 1,
        ["docs/components/article-json-ld.md"] = 1,
        ["docs/components/article-page.md"] = 2,
        ["docs/components/article-view.md"] = 1,
        ["docs/components/block-quote.md"] = 1,
        ["docs/components/change-history.md"] = 1,
        ["docs/components/data-table.md"] = 1,
        ["docs/components/embed.md"] = 1,
        ["docs/components/correction.md"] = 1,
        ["docs/components/figure.md"] = 1,
        ["docs/components/footnotes.md"] = 1,
        ["docs/components/foreign-text.md"] = 1,
        ["docs/components/heading.md"] = 1,
        ["docs/components/inline-content.md"] = 1,
        ["docs/components/inline-quote.md"] = 1,
        ["docs/components/item-list.md"] = 1,
        ["docs/components/live-updates.md"] = 1,
        ["docs/components/media-player.md"] = 1,
        ["docs/components/paragraph.md"] = 1,
        ["docs/components/pull-quote.md"] = 1,
        ["docs/components/related-links.md"] = 1,
        ["docs/components/site-footer.md"] = 1,
        ["docs/components/site-header.md"] = 1,
        ["docs/components/site-navigation.md"] = 1,
        ["docs/components/skip-link.md"] = 1,
        ["docs/components/skip-links.md"] = 1,
        ["docs/components/table-of-contents.md"] = 1,
        ["docs/components/tags.md"] = 1,
        ["docs/components/update-note.md"] = 1,
    };

    private static readonly HashSet<string> CompiledLanguages = ["csharp", "cs", "c#", "razor", "cshtml"];

    /// <summary>Languages that are not C#: shown, never compiled.</summary>
    private static readonly HashSet<string> OtherLanguages = ["sh", "bash", "shell", "console", "powershell", "yaml", "yml", "html", "xml", "json", "text", "diff", "markdown"];

    [Fact]
    public void Every_sample_in_the_docs_is_compiled_or_marked()
    {
        var compiled = DocsSampleManifest.Samples.Select(sample => (sample.File, sample.Line)).ToHashSet();
        var problems = new List<string>();
        var seen = new HashSet<(string, int)>();
        foreach (var block in AllBlocks())
        {
            var where = $"{block.File}:{block.Line}";
            if (block.Language.Length == 0)
            {
                problems.Add($"{where}: a code block without a language; name it (```text for output, ```csharp for code)");
            }
            else if (CompiledLanguages.Contains(block.Language))
            {
                seen.Add((block.File, block.Line));
                if (block.Marked && compiled.Contains((block.File, block.Line)))
                {
                    problems.Add($"{where}: marked as not compiled, but compiled");
                }
                else if (!block.Marked && !compiled.Contains((block.File, block.Line)))
                {
                    problems.Add($"{where}: a ```{block.Language} block that A11yArticles.Docs.Samples did not compile");
                }
            }
            else if (!OtherLanguages.Contains(block.Language))
            {
                problems.Add($"{where}: ```{block.Language} is neither compiled nor a known non-C# language");
            }
        }

        problems.AddRange(compiled.Where(sample => !seen.Contains(sample)).Select(sample => $"{sample.File}:{sample.Line}: compiled, but there is no such block (rebuild A11yArticles.Docs.Samples)"));
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void Each_file_has_the_expected_number_of_compiled_samples()
    {
        var found = DocsSampleManifest.Samples.GroupBy(sample => sample.File).ToDictionary(group => group.Key, group => group.Count());
        var files = found.Keys.Union(ExpectedSamples.Keys).Order(StringComparer.Ordinal);
        var wrong = files
            .Where(file => found.GetValueOrDefault(file) != ExpectedSamples.GetValueOrDefault(file))
            .Select(file => $"{file}: {found.GetValueOrDefault(file)} compiled, {ExpectedSamples.GetValueOrDefault(file)} expected")
            .ToList();
        Assert.True(wrong.Count == 0, "Update ExpectedSamples when a sample is added or removed:\n" + string.Join("\n", wrong));
        Assert.All(ExpectedSamples.Keys, file => Assert.True(File.Exists(Path.Combine(RepositoryRoot, file)), $"{file} does not exist"));
    }

    [Fact]
    public void Every_wrapped_sample_is_a_type_of_the_samples_assembly()
    {
        var assembly = typeof(DocsSampleManifest).Assembly;
        Assert.All(
            DocsSampleManifest.Samples.Where(sample => sample.TypeName is not null),
            sample => Assert.True(assembly.GetType(sample.TypeName!) is not null, $"{sample.File}:{sample.Line}: {sample.TypeName} is not in {assembly.GetName().Name}"));
    }

    /// <summary>
    /// A component with CaptureUnmatchedValues (ArticleView, ArticlePage and every part) compiles an
    /// attribute it has no parameter for into an HTML attribute: after a parameter moved (IdPrefix
    /// into Options) a stale sample still compiles. So every capitalised attribute on a component in
    /// a Razor sample must be one of its parameters.
    /// </summary>
    [Fact]
    public void Capitalised_attributes_in_Razor_samples_are_parameters_of_their_component()
    {
        var components = typeof(ArticleView).Assembly.GetExportedTypes()
            .Concat(typeof(DocsSampleManifest).Assembly.GetExportedTypes())
            .Where(type => typeof(IComponent).IsAssignableFrom(type))
            .GroupBy(type => type.Name)
            .ToDictionary(group => group.Key, group => group.First());
        var problems = new List<string>();
        var checkedAttributes = 0;
        foreach (var block in AllBlocks().Where(block => block.Language == "razor" && !block.Marked))
        {
            foreach (Match tag in ComponentTagStart().Matches(block.Text))
            {
                var name = tag.Groups["name"].Value.Split('.')[^1];
                if (!components.TryGetValue(name, out var component))
                {
                    continue; // a parameter of the enclosing component (<HeaderContent>), a generic argument, or not ours
                }

                foreach (var attribute in AttributeNames(block.Text, tag.Index + tag.Length).Where(attribute => char.IsUpper(attribute[0])))
                {
                    checkedAttributes++;
                    var property = component.GetProperty(attribute, BindingFlags.Public | BindingFlags.Instance);
                    if (property?.GetCustomAttribute<ParameterAttribute>() is null)
                    {
                        var line = block.Line + 1 + block.Text[..tag.Index].Count(c => c == '\n');
                        problems.Add($"{block.File}:{line}: {name} has no parameter {attribute}");
                    }
                }
            }
        }

        Assert.True(checkedAttributes > 20, $"only {checkedAttributes} attributes checked: is the pattern still right?");
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [GeneratedRegex(@"<(?<name>[A-Z][\w.]*)(?=[\s/>])")]
    private static partial Regex ComponentTagStart();

    /// <summary>The attribute names of the tag whose attributes start at <paramref name="position"/>.</summary>
    private static List<string> AttributeNames(string text, int position)
    {
        var names = new List<string>();
        while (position < text.Length)
        {
            while (position < text.Length && char.IsWhiteSpace(text[position]))
            {
                position++;
            }

            if (position >= text.Length || text[position] is '>' or '/')
            {
                return names;
            }

            var start = position;
            while (position < text.Length && !char.IsWhiteSpace(text[position]) && text[position] is not ('=' or '>' or '/'))
            {
                position++;
            }

            names.Add(text[start..position]);
            if (position < text.Length && text[position] == '=')
            {
                position = SkipValue(text, position + 1);
            }
            else if (position == start)
            {
                position++;
            }
        }

        return names;
    }

    /// <summary>Skips an attribute value: "text", "@(C# with "strings" and (parentheses))" or a bare word.</summary>
    private static int SkipValue(string text, int position)
    {
        if (position >= text.Length || text[position] != '"')
        {
            while (position < text.Length && !char.IsWhiteSpace(text[position]) && text[position] != '>')
            {
                position++;
            }

            return position;
        }

        position++;
        if (text.AsSpan(position).StartsWith("@("))
        {
            var depth = 0;
            for (position++; position < text.Length; position++)
            {
                if (text[position] == '"')
                {
                    position = text.IndexOf('"', position + 1) is var close and >= 0 ? close : text.Length;
                }
                else if (text[position] == '(')
                {
                    depth++;
                }
                else if (text[position] == ')' && --depth == 0)
                {
                    position++;
                    break;
                }
            }
        }

        var end = text.IndexOf('"', position);
        return end < 0 ? text.Length : end + 1;
    }

    private sealed record Block(string File, int Line, string Language, bool Marked, string Text);

    /// <summary>Every fenced code block of README.md and docs/**/*.md, by the rules DocsSamples.targets uses.</summary>
    private static IEnumerable<Block> AllBlocks()
    {
        var files = Directory.EnumerateFiles(Path.Combine(RepositoryRoot, "docs"), "*.md", SearchOption.AllDirectories)
            .Prepend(Path.Combine(RepositoryRoot, "README.md"));
        foreach (var path in files)
        {
            var relative = Path.GetRelativePath(RepositoryRoot, path).Replace('\\', '/');
            var lines = File.ReadAllLines(path);
            for (var i = 0; i < lines.Length; i++)
            {
                var open = FenceOpen().Match(lines[i]);
                if (!open.Success)
                {
                    continue;
                }

                var fence = open.Groups["fence"].Value;
                var close = new Regex("^ {0,3}" + Regex.Escape(fence[..1]) + "{" + fence.Length + ",}\\s*$");
                var end = i + 1;
                while (end < lines.Length && !close.IsMatch(lines[end]))
                {
                    end++;
                }

                var previous = i - 1;
                while (previous >= 0 && lines[previous].Trim().Length == 0)
                {
                    previous--;
                }

                // "<!-- file: path -->": the block is that file of the repository, compiled where it lives.
                var shownFile = previous >= 0 ? ShownFile().Match(lines[previous].Trim()) : Match.Empty;
                if (shownFile.Success && !File.Exists(Path.Combine(RepositoryRoot, shownFile.Groups["path"].Value)))
                {
                    throw new InvalidOperationException($"{relative}:{i + 1}: the block shows {shownFile.Groups["path"].Value}, which does not exist");
                }

                var marked = shownFile.Success || (previous >= 0 && lines[previous].Trim().StartsWith("<!-- not compiled:", StringComparison.Ordinal));
                var text = string.Join('\n', lines[(i + 1)..Math.Min(end, lines.Length)]);
                yield return new Block(relative, i + 1, open.Groups["info"].Value.ToLowerInvariant(), marked, text);
                i = end;
            }
        }
    }

    [GeneratedRegex(@"^<!-- file: (?<path>\S+) -->$")]
    private static partial Regex ShownFile();

    [GeneratedRegex(@"^(?<indent> {0,3})(?<fence>`{3,}|~{3,})\s*(?<info>[^\s`]*)")]
    private static partial Regex FenceOpen();

    private static string RepositoryRoot { get; } = FindRepositoryRoot();

    private static string FindRepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "A11yArticles.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"No A11yArticles.sln above {AppContext.BaseDirectory}.");
    }
}
