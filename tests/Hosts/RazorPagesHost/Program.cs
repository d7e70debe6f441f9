using RazorPagesHost;

var builder = WebApplication.CreateBuilder(args);

// Add services to the container.
builder.Services.AddRazorPages();

// The articles are published with the site (articles/ next to the dll): a path relative to the
// application's folder, not to the working directory.
builder.Services.AddSingleton(ArticleCatalog.Load(Path.Combine(AppContext.BaseDirectory, "articles")));

var app = builder.Build();

// Configure the HTTP request pipeline.
if (!app.Environment.IsDevelopment())
{
    app.UseExceptionHandler("/Error");
}

app.UseRouting();

app.UseAuthorization();

app.MapStaticAssets();
app.MapRazorPages()
   .WithStaticAssets();

app.Run();
