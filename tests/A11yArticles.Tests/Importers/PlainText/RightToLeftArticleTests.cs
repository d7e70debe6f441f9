using A11yArticles.Importers.PlainText;
using A11yArticles.Model;

namespace A11yArticles.Tests.Importers.PlainText;

/// <summary>A real right-to-left article of our own, with Arabic page chrome, a dateline, guillemets and speakers.</summary>
public sealed class RightToLeftArticleTests
{
    private const string Text = """
        تخطي إلى المحتوى

        افتتاح مكتبة عامة جديدة في عمّان

        عمّان، الأردن — افتتحت أمانة عمّان الكبرى يوم الثلاثاء مكتبة عامة جديدة في وسط المدينة، تضم أكثر من عشرين ألف كتاب باللغتين العربية والإنجليزية.

        وقالت ليلى حداد، مديرة المكتبة: «أردنا مكاناً مفتوحاً للجميع، للطلاب والعائلات وكبار السن».

        «سنفتح أبوابنا كل يوم من التاسعة صباحاً حتى التاسعة مساءً»، قالت.

        وأضاف عمر صالح، أحد سكان الحي، أن المكتبة «خطوة مهمة» للشباب في المنطقة.
        """;

    private readonly Article _article = PlainTextImporter.Parse(Text, "amman-library.txt");

    [Fact]
    public void Chrome_headline_and_dateline_are_found()
    {
        Assert.Equal("افتتاح مكتبة عامة جديدة في عمّان", _article.Headline);
        Assert.Equal("عمّان، الأردن", _article.Dateline);
        Assert.Equal(4, _article.Blocks.Length);
    }

    [Fact]
    public void It_is_arabic_and_right_to_left()
    {
        Assert.Equal("ar", _article.Language);
        Assert.Equal(TextDirection.RightToLeft, _article.Direction);
    }

    [Fact]
    public void Quotations_and_their_speakers_are_found()
    {
        var quotations = _article.Quotations.ToList();

        Assert.Equal(3, quotations.Count);
        Assert.Equal("أردنا مكاناً مفتوحاً للجميع، للطلاب والعائلات وكبار السن", quotations[0].PlainText);
        Assert.Equal("ليلى حداد", quotations[0].Speaker);
        Assert.Equal("ليلى حداد", quotations[1].Speaker);
        Assert.Equal("خطوة مهمة", quotations[2].PlainText);
    }
}
