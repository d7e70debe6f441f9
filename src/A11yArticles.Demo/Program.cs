using System.Text.Encodings.Web;
using System.Text.Unicode;
using A11yArticles.Demo;
using A11yArticles.Demo.Components;

var builder = WebApplication.CreateBuilder(args);

// Static server rendering only: every page is plain HTML; blazor.web.js adds enhanced navigation.
builder.Services.AddRazorComponents();

// Article text stays readable in the page source ("ó", Arabic) while markup characters are encoded.
builder.Services.AddSingleton(HtmlEncoder.Create(UnicodeRanges.All));
builder.Services.AddSingleton(_ => ArticleCatalog.Load(builder.Configuration["Seeds"] ?? Path.Combine(AppContext.BaseDirectory, "seeds")));

var app = builder.Build();

if (!app.Environment.IsDevelopment())
{
    app.UseExceptionHandler("/Error", createScopeForErrors: true);
}

app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);
app.UseAntiforgery();

app.MapStaticAssets();
app.MapRazorComponents<App>();

app.Run();
