using System.Text;
using A11yArticles.Testing.Orca;
using Xunit.Abstractions;

namespace A11yArticles.Testing.Tests.Orca;

/// <summary>
/// What GNOME's Orca really says on every seed page, in one Orca session per page running three
/// journeys (each from a fresh load): Tab, Enter, Down (what a reader hears first); H and Q through
/// the article; say all from the top. The transcript is compared with the committed golden file
/// <c>ScreenReader/Golden/&lt;seed&gt;.orca.verified.txt</c>, and the kit's Orca assertions must hold:
/// the headline heard right after the skip link, no "clickable" noise, every quotation heard once
/// with its speaker, headings and block quotes reached in order, nothing heard twice. Without Orca
/// the test fails and says how to install it.
/// </summary>
[Collection(OrcaCollection.Name)]
public sealed class OrcaSeedPageTests(OrcaSite site, ITestOutputHelper output)
{
    public static TheoryData<string> Seeds => new(SeedSite.SeedNames);

    [Theory]
    [MemberData(nameof(Seeds))]
    public async Task Orca_transcript_matches_the_golden_file_and_the_reader_hears_what_matters(string seed)
    {
        var url = site.UrlOf(seed);
        var started = DateTime.UtcNow;
        await using var orca = await OrcaScreenReader.StartAsync(url);
        var failures = new List<string>();
        var transcript = new StringBuilder();
        var pageLanguage = await orca.Page.EvaluateAsync<string>("() => document.documentElement.lang");
        var passageLanguages = await orca.Page.EvaluateAsync<string[]>(
            "() => [...new Set([...document.body.querySelectorAll('[lang]')].map(e => e.lang).filter(l => l && l.split('-')[0] !== document.documentElement.lang.split('-')[0]))]");

        var journey = orca.Heard.Count;
        await Collect(failures, () => orca.AssertSkipLinkSpeaksHeadlineAsync());
        await orca.PressAsync(OrcaKeys.Down);
        Append(transcript, "Journey 1: load, then Tab, Enter, Down", orca.Heard.Skip(journey));

        journey = orca.Heard.Count;
        await Collect(failures, () => orca.AssertHeadingsAndBlockQuotesInOrderAsync());
        Append(transcript, "Journey 2: load, H until Orca wraps to the top; load, Q until no more block quotes", orca.Heard.Skip(journey));

        journey = orca.Heard.Count;
        var sayAll = await orca.ReadAllFromTopAsync();
        await Collect(failures, () => orca.AssertQuotationsHeardOnceAsync(sayAll));
        await Collect(failures, () => orca.AssertNothingHeardTwiceAsync(sayAll));
        Append(transcript, "Journey 3: load, then say all (numpad plus) from the top", orca.Heard.Skip(journey));

        var heardLanguages = orca.Heard.Where(p => p.Key != OrcaScreenReader.StartKey).Select(p => p.Language).Distinct().Order().ToList();
        var header = new StringBuilder()
            .AppendLine($"# What Orca says on {Path.ChangeExtension(seed, ".html")} (OrcaSeedPageTests; docs/testing.md, 'Orca').")
            .AppendLine("# One line per utterance sent to speech: [key that caused it] (language speech was set to) text.")
            .AppendLine("# Left out: what Orca says while it and Chromium start (the first window announcement is not the same on every run).")
            .AppendLine("# Reordered: when a load makes Orca announce both the window and \"Loading\", the window comes first (their order varies).")
            .AppendLine($"# The page's lang is \"{pageLanguage}\"" +
                (passageLanguages.Length == 0 ? "" : $", with passages in {string.Join(", ", passageLanguages.Select(l => $"\"{l}\""))}") +
                $"; speech was set to {string.Join(", ", heardLanguages.Select(l => $"\"{l}\""))} for every phrase" +
                (heardLanguages.Count == 1 && passageLanguages.Append(pageLanguage).All(l => PrimaryLanguage(l) == PrimaryLanguage(heardLanguages[0]))
                    ? "."
                    : ": Orca does not switch speech for lang."));
        var text = header.ToString() + transcript;
        output.WriteLine(text);
        output.WriteLine($"Orca session for {seed}: {(DateTime.UtcNow - started).TotalSeconds:0} s");

        try
        {
            GoldenFile.Verify(Path.GetFileNameWithoutExtension(seed) + ".orca", text);
        }
        catch (Exception exception) when (exception is Xunit.Sdk.XunitException)
        {
            failures.Add(exception.Message);
        }

        Assert.True(failures.Count == 0, string.Join(Environment.NewLine + Environment.NewLine, failures));
    }

    private static string PrimaryLanguage(string language) => language.Split('-', '_')[0].ToLowerInvariant();

    private static void Append(StringBuilder transcript, string title, IEnumerable<SpokenPhrase> phrases)
    {
        transcript.AppendLine().AppendLine("## " + title);
        foreach (var phrase in WindowAnnouncementFirst(phrases.ToList()))
        {
            transcript.AppendLine($"[{phrase.Key}] ({phrase.Language}) {phrase.Text}");
        }
    }

    /// <summary>
    /// A load before any key press makes Orca announce the window ("&lt;title&gt; document web.") and
    /// the load ("Loading.  Please wait."): two events whose order differs from run to run. The
    /// transcript writes the window announcement first; nothing else is reordered.
    /// </summary>
    internal static IReadOnlyList<SpokenPhrase> WindowAnnouncementFirst(IReadOnlyList<SpokenPhrase> phrases)
    {
        var ordered = phrases.ToList();
        for (var i = 0; i + 1 < ordered.Count; i++)
        {
            if (ordered[i].Key == OrcaScreenReader.LoadKey && ordered[i + 1].Key == OrcaScreenReader.LoadKey
                && ordered[i].Text == LoadingAnnouncement
                && ordered[i + 1].Text.EndsWith(" document web.", StringComparison.Ordinal))
            {
                (ordered[i], ordered[i + 1]) = (ordered[i + 1], ordered[i]);
            }
        }

        return ordered;
    }

    private const string LoadingAnnouncement = "Loading.  Please wait.";

    private static async Task Collect(List<string> failures, Func<Task> assertion)
    {
        try
        {
            await assertion();
        }
        catch (A11yAssertionException exception)
        {
            failures.Add(exception.Message);
        }
    }
}
