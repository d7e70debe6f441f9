using BlazorServerHost;
using BlazorServerHost.Components;

var builder = WebApplication.CreateBuilder(args);

// Add services to the container.
builder.Services.AddRazorComponents()
    .AddInteractiveServerComponents();

// The articles are published with the site (articles/ next to the dll): a path relative to the
// application's folder, not to the working directory.
builder.Services.AddSingleton(ArticleCatalog.Load(Path.Combine(AppContext.BaseDirectory, "articles")));

// The live blogs of /live/{feed}, to which the browser tests add posts.
builder.Services.AddSingleton<LiveFeeds>();

var app = builder.Build();

// Configure the HTTP request pipeline.
if (!app.Environment.IsDevelopment())
{
    app.UseExceptionHandler("/Error", createScopeForErrors: true);
}
app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);
app.UseAntiforgery();

app.MapStaticAssets();

// Test-only: adds a post to a live blog (the fixture listens on 127.0.0.1; nothing here leaves the machine).
app.MapPost("/test/live/{feed}/posts", (string feed, string text, string? headline, LiveFeeds feeds) =>
{
    var post = feeds[feed].Add(headline, text);
    return Results.Ok(new { post.Id });
}).DisableAntiforgery();
app.MapRazorComponents<App>()
    .AddInteractiveServerRenderMode();

app.Run();
