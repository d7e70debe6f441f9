using System.Collections.Concurrent;
using System.Collections.Immutable;
using A11yArticles.Model;

namespace BlazorServerHost;

/// <summary>
/// The fixture's live blogs: one feed per name, each starting with the same two posts, to which the
/// tests add posts through <c>POST /test/live/{feed}/posts</c> (the site listens on 127.0.0.1 only).
/// Each test uses a feed of its own, so tests never see each other's posts.
/// </summary>
public sealed class LiveFeeds
{
    private readonly ConcurrentDictionary<string, LiveFeed> _feeds = new(StringComparer.Ordinal);

    /// <summary>The feed with this name (created with its first two posts on first use).</summary>
    public LiveFeed this[string name] => _feeds.GetOrAdd(name, static _ => new LiveFeed());
}

/// <summary>One live blog: its posts and a notification when one is added.</summary>
public sealed class LiveFeed
{
    private static readonly DateTimeOffset Start = new(2026, 12, 3, 9, 0, 0, TimeSpan.Zero);
    private readonly Lock _lock = new();
    private ImmutableArray<LivePost> _posts =
    [
        new("first", Start, [new ParagraphBlock([new TextInline("The bridge closed to traffic at nine this morning.")])]) { Headline = "The bridge is closed" },
        new("second", Start.AddMinutes(10), [new ParagraphBlock([new TextInline("Buses take the ring road until further notice.")])]),
    ];

    /// <summary>Raised after a post was added (on the thread that added it).</summary>
    public event Action? Changed;

    /// <summary>Every post, in the order they were added.</summary>
    public ImmutableArray<LivePost> Posts
    {
        get
        {
            lock (_lock)
            {
                return _posts;
            }
        }
    }

    /// <summary>Adds a post, ten minutes after the newest one, and tells the pages that show the feed.</summary>
    public LivePost Add(string? headline, string text)
    {
        LivePost post;
        lock (_lock)
        {
            var number = _posts.Length + 1;
            post = new LivePost("post-" + number, _posts.Max(p => p.Published).AddMinutes(10), [new ParagraphBlock([new TextInline(text)])]) { Headline = headline };
            _posts = _posts.Add(post);
        }

        Changed?.Invoke();
        return post;
    }
}
