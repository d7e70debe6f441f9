using System.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using MvcHost.Models;

namespace MvcHost.Controllers;

public class HomeController(ArticleCatalog catalog) : Controller
{
    public IActionResult Index()
    {
        return View(catalog);
    }

    [HttpGet("/articles/{slug}")]
    public IActionResult Article(string slug)
    {
        ViewData["Catalog"] = catalog;
        return catalog.Find(slug) is { } article ? View(article) : NotFound();
    }

    [ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
    public IActionResult Error()
    {
        return View(new ErrorViewModel { RequestId = Activity.Current?.Id ?? HttpContext.TraceIdentifier });
    }
}
