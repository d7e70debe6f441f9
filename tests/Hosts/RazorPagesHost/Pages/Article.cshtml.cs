using A11yArticles.Model;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace RazorPagesHost.Pages;

public class ArticleModel(ArticleCatalog catalog) : PageModel
{
    public ArticleCatalog Catalog { get; } = catalog;

    public Article Article { get; private set; } = null!;

    public IActionResult OnGet(string slug)
    {
        if (Catalog.Find(slug) is not { } article)
        {
            return NotFound();
        }

        Article = article;
        return Page();
    }
}
