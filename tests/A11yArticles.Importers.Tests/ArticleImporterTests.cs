using A11yArticles.Importers;

namespace A11yArticles.Importers.Tests;

public sealed class ArticleImporterTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("a11y-importer-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void A_missing_file_is_named_in_the_error()
    {
        var path = Path.Combine(_folder, "missing.txt");

        var error = Assert.Throws<ArticleImportException>(() => ArticleImporter.ImportFile(path));

        Assert.Equal($"{path}: file not found", error.Message);
    }

    [Fact]
    public void An_unsupported_extension_is_named_in_the_error()
    {
        var path = Path.Combine(_folder, "article.docx");
        File.WriteAllText(path, "Headline\n\nBody.");

        var error = Assert.Throws<ArticleImportException>(() => ArticleImporter.ImportFile(path));

        Assert.Contains("unsupported file type '.docx'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_text_file_is_imported_with_its_path_as_source_name()
    {
        var path = Path.Combine(_folder, "ok.txt");
        File.WriteAllText(path, "Headline\n\nBody.");

        var article = ArticleImporter.ImportFile(path);

        Assert.Equal("Headline", article.Headline);
        Assert.Equal(path, article.SourceName);
    }
}
