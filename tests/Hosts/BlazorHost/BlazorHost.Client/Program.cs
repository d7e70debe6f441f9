using BlazorHost.Client;
using Microsoft.AspNetCore.Components.WebAssembly.Hosting;

var builder = WebAssemblyHostBuilder.CreateDefault(args);

// In the browser the article arrives as JSON from the server (see HttpArticleSource).
builder.Services.AddScoped(_ => new HttpClient { BaseAddress = new Uri(builder.HostEnvironment.BaseAddress) });
builder.Services.AddScoped<IArticleSource, HttpArticleSource>();

await builder.Build().RunAsync();
