using A11yArticles.Importers;
using A11yArticles.Model;
using A11yArticles.TestSupport;

namespace A11yArticles.Importers.Tests.PlainText;

/// <summary>
/// A real right-to-left article of our own (<c>seeds/amman-library.txt</c>), with Arabic page chrome,
/// a dateline, guillemets and speakers, and no front matter: its language and direction are detected.
/// </summary>
public sealed class RightToLeftArticleTests
{
    private readonly ImportResult _result = ArticleImporter.Import(Seeds.PathOf(Seeds.AmmanLibrary));

    private Article Imported => _result.Article;

    [Fact]
    public void It_imports_without_warnings() => Assert.Empty(_result.Warnings);

    [Fact]
    public void Chrome_headline_and_dateline_are_found()
    {
        Assert.Equal("افتتاح مكتبة عامة جديدة في عمّان", Imported.Headline);
        Assert.Equal("عمّان، الأردن", Imported.Dateline);
        Assert.Equal(4, Imported.Blocks.Length);
    }

    [Fact]
    public void It_is_arabic_and_right_to_left()
    {
        Assert.Equal("ar", Imported.Language);
        Assert.Equal(TextDirection.RightToLeft, Imported.Direction);
    }

    [Fact]
    public void Quotations_and_their_speakers_are_found()
    {
        var quotations = Imported.Quotations.ToList();

        Assert.Equal(3, quotations.Count);
        Assert.Equal("أردنا مكاناً مفتوحاً للجميع، للطلاب والعائلات وكبار السن", quotations[0].PlainText);
        Assert.Equal("ليلى حداد", quotations[0].Speaker);
        Assert.Equal("ليلى حداد", quotations[1].Speaker);
        Assert.Equal("خطوة مهمة", quotations[2].PlainText);
        Assert.Equal("عمر صالح", quotations[2].Speaker);
    }
}
