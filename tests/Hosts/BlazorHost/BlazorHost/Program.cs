using A11yArticles.Model;
using BlazorHost;
using BlazorHost.Client;
using BlazorHost.Components;

var builder = WebApplication.CreateBuilder(args);

// Add services to the container.
builder.Services.AddRazorComponents()
    .AddInteractiveServerComponents()
    .AddInteractiveWebAssemblyComponents();

// The articles are published with the site (articles/ next to the dll): a path relative to the
// application's folder, not to the working directory.
builder.Services.AddSingleton(ArticleCatalog.Load(Path.Combine(AppContext.BaseDirectory, "articles")));
builder.Services.AddSingleton<IArticleSource>(services => services.GetRequiredService<ArticleCatalog>());

var app = builder.Build();

// Configure the HTTP request pipeline.
if (app.Environment.IsDevelopment())
{
    app.UseWebAssemblyDebugging();
}
else
{
    app.UseExceptionHandler("/Error", createScopeForErrors: true);
}
app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);
app.UseAntiforgery();

app.MapStaticAssets();

// The article as data, for pages that render in the browser (InteractiveWebAssembly, InteractiveAuto).
app.MapGet("/api/articles/{slug}", (string slug, ArticleCatalog catalog) =>
    catalog.Find(slug) is { } article ? Results.Json(article, ArticleJsonContext.Default.Article) : Results.NotFound());

app.MapRazorComponents<App>()
    .AddInteractiveServerRenderMode()
    .AddInteractiveWebAssemblyRenderMode()
    .AddAdditionalAssemblies(typeof(BlazorHost.Client._Imports).Assembly);

app.Run();
