using System.Collections.Immutable;
using System.Globalization;
using A11yArticles.Model;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;

namespace A11yArticles.Components;

/// <summary>
/// The posts of a live blog, newest first, that never move under the reader. The host passes its
/// whole list of <see cref="LivePost"/>s in <see cref="Posts"/> each time it changes (from a timer,
/// a SignalR hub, a message queue: whatever it has). The posts of the first render are shown; a post
/// that arrives later is not inserted: a polite status region announces "1 new update" once, and a
/// button "Show 1 new update" appears. Posts that arrive while the button is there change its count,
/// not the announcement (one announcement per batch, never one per post). Pressing the button
/// inserts the waiting posts at the top, moves keyboard focus to the newest of them (which has
/// <c>tabindex="-1"</c>) and empties the status region.
/// <para>
/// Without an interactive runtime (static rendering, prerendering, or a reader without JavaScript)
/// there is no button: a plain link, "Show the latest updates", reloads the page at its newest post
/// (<c>?latest=…#…-live-posts</c>; the query changes on each render, so the link always reloads
/// instead of only scrolling).
/// </para>
/// </summary>
public partial class LiveUpdates
{
    private readonly HashSet<string> _shown = new(StringComparer.Ordinal);
    private readonly Dictionary<LivePost, ArticleContext> _contexts = new(ReferenceEqualityComparer.Instance);
    private bool _started;
    private bool _announced;
    private string? _focusId;
    private bool _focusRequested;
    private readonly Dictionary<string, ElementReference> _elements = new(StringComparer.Ordinal);

    /// <summary>Every post the host has, in any order (they are shown newest first). Each <see cref="LivePost.Id"/> must be unique.</summary>
    [Parameter, EditorRequired]
    public ImmutableArray<LivePost> Posts { get; set; }

    /// <summary>
    /// Id prefix, UI strings, page path (for the no-JavaScript link under a <c>&lt;base href&gt;</c>),
    /// heading-level offset and block components; the cascaded article's when not set, else the defaults.
    /// With offset 0 each post's heading is an <c>h2</c> (under the page's <c>h1</c>).
    /// </summary>
    [Parameter]
    public ArticleOptions? Options { get; set; }

    /// <summary>The posts' language (BCP 47), which chooses the UI strings; the cascaded article's, else <c>en</c>.</summary>
    [Parameter]
    public string? Language { get; set; }

    /// <summary>The number of posts that have arrived and wait for the reader to show them.</summary>
    public int PendingCount { get; private set; }

    /// <summary>The id of the element the no-JavaScript link leads to: the start of the posts, newest first.</summary>
    public string PostsId => EffectiveOptions.IdPrefix + "live-posts";

    /// <summary>The id of the status region.</summary>
    public string StatusId => EffectiveOptions.IdPrefix + "live-status";

    /// <summary>The clock that stamps the no-JavaScript link (tests replace it).</summary>
    internal TimeProvider Clock { get; set; } = TimeProvider.System;

    /// <summary>What the status region says now: empty, or the one announcement of the waiting posts.</summary>
    internal string Status { get; private set; } = "";

    /// <summary>The posts on the page, newest first.</summary>
    internal IReadOnlyList<LivePost> Visible { get; private set; } = [];

    private ArticleOptions EffectiveOptions => Options ?? Context?.Options ?? ArticleOptions.Default;

    private string EffectiveLanguage => Language ?? Context?.Article.Language ?? "en";

    private ArticleStrings Ui => EffectiveOptions.Strings ?? ArticleStrings.For(EffectiveLanguage);

    private bool IsInteractive => RendererInfo.IsInteractive;

    private string LatestHref => HrefOfLatest(EffectiveOptions.PagePath, PostsId, Clock.GetUtcNow());

    /// <inheritdoc />
    protected override void OnParametersSet()
    {
        EffectiveOptions.Validate();
        var posts = Posts.IsDefault ? [] : Posts;
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var post in posts)
        {
            ArgumentNullException.ThrowIfNull(post, nameof(Posts));
            if (string.IsNullOrWhiteSpace(post.Id) || !ids.Add(post.Id))
            {
                throw new InvalidOperationException($"{nameof(LiveUpdates)} needs a unique, non-empty {nameof(LivePost.Id)} for each post ('{post.Id}').");
            }
        }

        // The first render shows what the host has; without an interactive runtime there is nothing
        // to wait for (the page is not updated in place), so every post is shown.
        if (!_started || !IsInteractive)
        {
            _shown.UnionWith(ids);
            _started = true;
        }

        Update(posts);
    }

    /// <inheritdoc />
    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (_focusRequested)
        {
            _focusRequested = false;
            if (_focusId is not null && _elements.TryGetValue(_focusId, out var target))
            {
                await target.FocusAsync();
            }
        }
    }

    /// <summary>Shows the waiting posts at the top and asks for focus on the newest of them.</summary>
    internal void ShowNewPosts()
    {
        var posts = Posts.IsDefault ? [] : Posts;
        var newest = Newest(posts).FirstOrDefault(post => !_shown.Contains(post.Id));
        if (newest is null)
        {
            return;
        }

        _shown.UnionWith(posts.Select(post => post.Id));
        _focusId = newest.Id;
        _focusRequested = true;
        Update(posts);
    }

    private void Update(ImmutableArray<LivePost> posts)
    {
        var ordered = Newest(posts);
        Visible = [.. ordered.Where(post => _shown.Contains(post.Id))];
        PendingCount = posts.Length - Visible.Count;

        // One announcement per batch: when the first waiting post arrives. Later arrivals change the
        // button's count (what the reader hears when they reach it), not the live region, which
        // would speak again on every change. No waiting posts (shown, or withdrawn by the host): empty.
        if (PendingCount == 0)
        {
            Status = "";
            _announced = false;
        }
        else if (!_announced)
        {
            Status = Ui.Plural(Ui.NewUpdates, PendingCount);
            _announced = true;
        }

        // Contexts and element references of posts that are gone (or replaced by an edited record) are dropped.
        foreach (var stale in _contexts.Keys.Where(post => !Visible.Contains(post, ReferenceEqualityComparer.Instance)).ToList())
        {
            _contexts.Remove(stale);
        }

        foreach (var stale in _elements.Keys.Where(id => !_shown.Contains(id) || !Visible.Any(post => post.Id == id)).ToList())
        {
            _elements.Remove(stale);
        }
    }

    /// <summary>Newest first; posts of the same moment keep the host's order.</summary>
    private static IEnumerable<LivePost> Newest(ImmutableArray<LivePost> posts) => posts.OrderByDescending(post => post.Published);

    /// <summary>The id of a post's element.</summary>
    internal string PostId(LivePost post) => EffectiveOptions.IdPrefix + "post-" + ArticleContext.IdSafeDistinct(post.Id);

    /// <summary>
    /// The post's context: its blocks are a small article of their own (headings below the post's
    /// heading, ids under the post's id), in the posts' language.
    /// </summary>
    private ArticleContext ContextOf(LivePost post)
    {
        if (!_contexts.TryGetValue(post, out var context))
        {
            var options = EffectiveOptions;
            var article = new Article(post.Headline ?? "", post.Blocks.IsDefault ? [] : post.Blocks)
            {
                Language = EffectiveLanguage,
                Direction = Context?.Article.Direction ?? (EffectiveLanguage.Split('-')[0] is "ar" or "he" or "fa" or "ur" ? TextDirection.RightToLeft : TextDirection.LeftToRight),
                Published = post.Published,
            };
            context = new ArticleContext(article, options with
            {
                IdPrefix = PostId(post) + "-",
                HeadingLevelOffset = Math.Min(options.HeadingLevelOffset + 1, 5),
                Strings = Ui,
            });
            _contexts[post] = context;
        }

        return context;
    }

    /// <summary>The heading (time, then headline) and the body of a post, inside its <c>article</c>.</summary>
    private RenderFragment RenderPostContent(LivePost post) => builder =>
    {
        var context = ContextOf(post);
        builder.OpenElement(0, "h" + context.HeadingLevel(1).ToString(CultureInfo.InvariantCulture));
        builder.AddAttribute(1, "id", PostId(post) + "-heading");
        builder.AddAttribute(2, "class", "a11y-live__heading");
        builder.OpenElement(3, "time");
        builder.AddAttribute(4, "class", "a11y-live__time");
        builder.AddAttribute(5, "datetime", post.Published.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture));
        builder.AddContent(6, Ui.FormatTime(post.Published));
        builder.CloseElement();
        if (!string.IsNullOrWhiteSpace(post.Headline))
        {
            // A real space: the time and the headline are two words for every reader, whatever the CSS.
            builder.AddContent(7, " ");
            builder.OpenElement(8, "span");
            builder.AddAttribute(9, "class", "a11y-live__headline");
            builder.AddContent(10, post.Headline);
            builder.CloseElement();
        }

        builder.CloseElement();
        if (!post.Blocks.IsDefaultOrEmpty)
        {
            builder.OpenComponent<CascadingValue<ArticleContext>>(11);
            builder.SetKey(context);
            builder.AddComponentParameter(12, nameof(CascadingValue<ArticleContext>.Value), context);
            builder.AddComponentParameter(13, nameof(CascadingValue<ArticleContext>.IsFixed), true);
            builder.AddComponentParameter(14, nameof(CascadingValue<ArticleContext>.ChildContent), (RenderFragment)(inner =>
            {
                inner.OpenComponent<ArticleBody>(0);
                inner.AddComponentParameter(1, nameof(ArticleBody.Blocks), context.Article.Blocks);
                inner.CloseComponent();
            }));
            builder.CloseComponent();
        }
    };

    /// <summary>
    /// The no-JavaScript link: the page's path and query with <c>latest=</c> set to the moment of
    /// rendering (milliseconds since 1970), then the fragment. A link that differed from the current
    /// address only in its fragment would scroll instead of reloading, so the query changes each time.
    /// </summary>
    /// <param name="pagePath">The page's path and query, or null for a link relative to the page.</param>
    /// <param name="targetId">The id to land on.</param>
    /// <param name="now">The moment of rendering.</param>
    /// <returns>The link's address.</returns>
    internal static string HrefOfLatest(string? pagePath, string targetId, DateTimeOffset now)
    {
        var path = (pagePath ?? "").Split('#')[0];
        var question = path.IndexOf('?', StringComparison.Ordinal);
        var query = question < 0 ? [] : path[(question + 1)..].Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Where(part => part != "latest" && !part.StartsWith("latest=", StringComparison.Ordinal));
        var stamp = "latest=" + now.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture);
        return (question < 0 ? path : path[..question]) + "?" + string.Join('&', query.Append(stamp)) + "#" + Uri.EscapeDataString(targetId);
    }
}
