using Microsoft.AspNetCore.Mvc.RazorPages;

namespace RazorPagesHost.Pages;

public class IndexModel(ArticleCatalog catalog) : PageModel
{
    public ArticleCatalog Catalog { get; } = catalog;

    public void OnGet()
    {
    }
}
