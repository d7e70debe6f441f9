using System.Text.Encodings.Web;
using System.Text.Unicode;
using A11yArticles.Demo;
using A11yArticles.Demo.Components;
using Microsoft.Extensions.FileProviders;

var builder = WebApplication.CreateBuilder(args);

// Static server rendering only: every page is plain HTML; blazor.web.js adds enhanced navigation.
builder.Services.AddRazorComponents();

// Article text stays readable in the page source ("ó", Arabic) while markup characters are encoded.
builder.Services.AddSingleton(HtmlEncoder.Create(UnicodeRanges.All));
var seeds = Path.GetFullPath(builder.Configuration["Seeds"] ?? Path.Combine(AppContext.BaseDirectory, "seeds"));
builder.Services.AddSingleton(_ => ArticleCatalog.Load(seeds));

var app = builder.Build();

if (!app.Environment.IsDevelopment())
{
    app.UseExceptionHandler("/Error", createScopeForErrors: true);
}

app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);
app.UseAntiforgery();

app.MapStaticAssets();

// The articles' own files (images/…, media/…), at the addresses the articles give relative to the
// site's root (the pages' base href is "/"); the article sources themselves are not served.
if (Directory.Exists(seeds))
{
    app.UseStaticFiles(new StaticFileOptions
    {
        FileProvider = new PhysicalFileProvider(seeds),
        ContentTypeProvider = ArticleMediaTypes.Provider,
        ServeUnknownFileTypes = false,
    });
}
app.MapRazorComponents<App>();

app.Run();
