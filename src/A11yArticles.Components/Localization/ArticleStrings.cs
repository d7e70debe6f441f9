using System.Collections.Frozen;
using System.Globalization;

namespace A11yArticles.Components;

/// <summary>
/// The words the components add around an article (skip links, "By", "Published", "Table of
/// contents", ...), in one language. <see cref="For"/> picks the table for an article's language
/// (en, es, fr, de, ar built in; English otherwise). A host overrides single strings with
/// <c>with</c>: <c>ArticleStrings.For("de") with { Published = "Erschienen" }</c>, and passes the
/// result as the <c>Strings</c> parameter of <c>ArticleView</c> or <c>ArticlePage</c>.
/// Strings with <c>{0}</c> are composite formats.
/// </summary>
public sealed record ArticleStrings
{
    /// <summary>The language these strings are in (BCP 47).</summary>
    public required string Language { get; init; }

    /// <summary>The culture used to write dates (day and month names), always with the Gregorian calendar.</summary>
    public required string DateCulture { get; init; }

    /// <summary>The .NET date format for published/updated dates.</summary>
    public required string DateFormat { get; init; }

    /// <summary>Skip link to the main content.</summary>
    public required string SkipToContent { get; init; }

    /// <summary>Skip link to the site's navigation.</summary>
    public required string SkipToNavigation { get; init; }

    /// <summary>Link that skips past an embedded article; <c>{0}</c> is its headline.</summary>
    public required string SkipPastArticle { get; init; }

    /// <summary>The link at the end of a page back to its top.</summary>
    public required string BackToTop { get; init; }

    /// <summary>Before the authors' names.</summary>
    public required string By { get; init; }

    /// <summary>Between the last two authors' names.</summary>
    public required string And { get; init; }

    /// <summary>Visually hidden label of the publication date.</summary>
    public required string Published { get; init; }

    /// <summary>Visually hidden label of the update date.</summary>
    public required string Updated { get; init; }

    /// <summary>Heading and name of the table of contents.</summary>
    public required string TableOfContents { get; init; }

    /// <summary>Heading of the footnotes.</summary>
    public required string Footnotes { get; init; }

    /// <summary>Accessible name of a footnote reference; <c>{0}</c> is its number.</summary>
    public required string FootnoteReference { get; init; }

    /// <summary>Accessible name of a note's link back to its reference; <c>{0}</c> is the note's number.</summary>
    public required string BackToReference { get; init; }

    /// <summary>Heading and name of the related links.</summary>
    public required string Related { get; init; }

    /// <summary>Label of the tags list.</summary>
    public required string Tags { get; init; }

    /// <summary>Label of a correction note.</summary>
    public required string Correction { get; init; }

    /// <summary>Label of an update note.</summary>
    public required string Update { get; init; }

    /// <summary>The summary of the disclosure that lists every change to the article.</summary>
    public required string PageHistory { get; init; }

    /// <summary>The page history's entry for the first publication.</summary>
    public required string FirstPublished { get; init; }

    /// <summary>The reading time in the header; <c>{0}</c> is the number of minutes.</summary>
    public required string ReadingTime { get; init; }

    /// <summary>The link before an embed that skips past it; <c>{0}</c> is the provider ("YouTube").</summary>
    public required string SkipEmbed { get; init; }

    /// <summary>The same when the article has several embeds from one provider; <c>{1}</c> is the embed's number.</summary>
    public required string SkipEmbedNumbered { get; init; }

    /// <summary>The (visually hidden) point right after an embed, where its skip link leads; <c>{0}</c> is the provider.</summary>
    public required string EmbedEnd { get; init; }

    /// <summary>The same, numbered; <c>{1}</c> is the embed's number.</summary>
    public required string EmbedEndNumbered { get; init; }

    /// <summary>The plain link to an embed's original; <c>{0}</c> is the provider.</summary>
    public required string ViewOriginal { get; init; }

    /// <summary>The summary of a video's or recording's transcript, and the text of a link to one.</summary>
    public required string Transcript { get; init; }

    /// <summary>The link to the media file for browsers that cannot play it; <c>{0}</c> is its title.</summary>
    public required string DownloadMedia { get; init; }

    /// <summary>The summary of a figure's long description; <c>{0}</c> is the figure's number in the article.</summary>
    public required string FigureDescription { get; init; }

    /// <summary>The name of a data table that has no caption; <c>{0}</c> is the table's number in the article.</summary>
    public required string Table { get; init; }

    /// <summary>The live updates' polite announcement that posts arrived ("3 new updates"); <c>{0}</c> is the count.</summary>
    public required PluralString NewUpdates { get; init; }

    /// <summary>The live updates' button that shows the posts that arrived ("Show 3 new updates"); <c>{0}</c> is the count.</summary>
    public required PluralString ShowNewUpdates { get; init; }

    /// <summary>The live updates' link that reloads the page at the newest post, for readers without JavaScript.</summary>
    public required string ShowLatestUpdates { get; init; }

    /// <summary>Name of a pull quote that is content of its own.</summary>
    public required string PullQuote { get; init; }

    /// <summary>Name of the site navigation when the host gives none.</summary>
    public required string SiteNavigation { get; init; }

    /// <summary>English.</summary>
    public static ArticleStrings English { get; } = new()
    {
        Language = "en", DateCulture = "en-GB", DateFormat = "d MMMM yyyy",
        SkipToContent = "Skip to main content", SkipToNavigation = "Skip to navigation", SkipPastArticle = "Skip past the article: {0}",
        BackToTop = "Back to top", By = "By", And = "and", Published = "Published", Updated = "Updated",
        TableOfContents = "Table of contents", Footnotes = "Footnotes", FootnoteReference = "Footnote {0}",
        BackToReference = "Back to reference {0}", Related = "Related", Tags = "Topics", Correction = "Correction",
        Update = "Update", PageHistory = "Page history", FirstPublished = "First published", ReadingTime = "{0} min read",
        SkipEmbed = "Skip {0} content", SkipEmbedNumbered = "Skip {0} content {1}", EmbedEnd = "End of {0} content", EmbedEndNumbered = "End of {0} content {1}", ViewOriginal = "View the original on {0}", Transcript = "Transcript", FigureDescription = "Description of figure {0}", Table = "Table {0}", DownloadMedia = "Download: {0}",
        NewUpdates = new("{0} new updates") { One = "{0} new update" },
        ShowNewUpdates = new("Show {0} new updates") { One = "Show {0} new update" },
        ShowLatestUpdates = "Show the latest updates",
        PullQuote = "Pull quote", SiteNavigation = "Site",
    };

    /// <summary>Spanish.</summary>
    public static ArticleStrings Spanish { get; } = new()
    {
        Language = "es", DateCulture = "es-ES", DateFormat = "d 'de' MMMM 'de' yyyy",
        SkipToContent = "Saltar al contenido principal", SkipToNavigation = "Saltar a la navegación", SkipPastArticle = "Saltar el artículo: {0}",
        BackToTop = "Volver arriba", By = "Por", And = "y", Published = "Publicado", Updated = "Actualizado",
        TableOfContents = "Índice", Footnotes = "Notas", FootnoteReference = "Nota {0}",
        BackToReference = "Volver a la referencia {0}", Related = "Relacionado", Tags = "Temas", Correction = "Corrección",
        Update = "Actualización", PageHistory = "Historial de cambios", FirstPublished = "Primera publicación", ReadingTime = "{0} min de lectura",
        SkipEmbed = "Saltar el contenido de {0}", SkipEmbedNumbered = "Saltar el contenido de {0} {1}", EmbedEnd = "Fin del contenido de {0}", EmbedEndNumbered = "Fin del contenido de {0} {1}", ViewOriginal = "Ver el original en {0}", Transcript = "Transcripción", FigureDescription = "Descripción de la figura {0}", Table = "Tabla {0}", DownloadMedia = "Descargar: {0}",
        NewUpdates = new("{0} actualizaciones nuevas") { One = "{0} actualización nueva", Many = "{0} de actualizaciones nuevas" },
        ShowNewUpdates = new("Mostrar {0} actualizaciones nuevas") { One = "Mostrar {0} actualización nueva", Many = "Mostrar {0} de actualizaciones nuevas" },
        ShowLatestUpdates = "Ver las últimas actualizaciones",
        PullQuote = "Cita destacada", SiteNavigation = "Sitio",
    };

    /// <summary>French.</summary>
    public static ArticleStrings French { get; } = new()
    {
        Language = "fr", DateCulture = "fr-FR", DateFormat = "d MMMM yyyy",
        SkipToContent = "Aller au contenu principal", SkipToNavigation = "Aller à la navigation", SkipPastArticle = "Passer l’article : {0}",
        BackToTop = "Haut de page", By = "Par", And = "et", Published = "Publié le", Updated = "Mis à jour le",
        TableOfContents = "Sommaire", Footnotes = "Notes", FootnoteReference = "Note {0}",
        BackToReference = "Retour à l’appel de note {0}", Related = "À lire aussi", Tags = "Thèmes", Correction = "Rectificatif",
        Update = "Mise à jour", PageHistory = "Historique des modifications", FirstPublished = "Première publication", ReadingTime = "{0} min de lecture",
        SkipEmbed = "Passer le contenu {0}", SkipEmbedNumbered = "Passer le contenu {0} {1}", EmbedEnd = "Fin du contenu {0}", EmbedEndNumbered = "Fin du contenu {0} {1}", ViewOriginal = "Voir l’original sur {0}", Transcript = "Transcription", FigureDescription = "Description de la figure {0}", Table = "Tableau {0}", DownloadMedia = "Télécharger : {0}",
        NewUpdates = new("{0} nouvelles mises à jour") { One = "{0} nouvelle mise à jour", Many = "{0} de nouvelles mises à jour" },
        ShowNewUpdates = new("Afficher {0} nouvelles mises à jour") { One = "Afficher {0} nouvelle mise à jour", Many = "Afficher {0} de nouvelles mises à jour" },
        ShowLatestUpdates = "Voir les dernières mises à jour",
        PullQuote = "Citation en exergue", SiteNavigation = "Navigation principale",
    };

    /// <summary>German.</summary>
    public static ArticleStrings German { get; } = new()
    {
        Language = "de", DateCulture = "de-DE", DateFormat = "d. MMMM yyyy",
        SkipToContent = "Zum Hauptinhalt springen", SkipToNavigation = "Zur Navigation springen", SkipPastArticle = "Artikel überspringen: {0}",
        BackToTop = "Nach oben", By = "Von", And = "und", Published = "Veröffentlicht", Updated = "Aktualisiert",
        TableOfContents = "Inhaltsverzeichnis", Footnotes = "Fußnoten", FootnoteReference = "Fußnote {0}",
        BackToReference = "Zurück zum Verweis {0}", Related = "Mehr zum Thema", Tags = "Themen", Correction = "Korrektur",
        Update = "Aktualisierung", PageHistory = "Änderungsverlauf", FirstPublished = "Erstveröffentlichung", ReadingTime = "{0} Min. Lesezeit",
        SkipEmbed = "{0}-Inhalt überspringen", SkipEmbedNumbered = "{0}-Inhalt {1} überspringen", EmbedEnd = "Ende des {0}-Inhalts", EmbedEndNumbered = "Ende des {0}-Inhalts {1}", ViewOriginal = "Original auf {0} ansehen", Transcript = "Transkript", FigureDescription = "Beschreibung von Abbildung {0}", Table = "Tabelle {0}", DownloadMedia = "Herunterladen: {0}",
        NewUpdates = new("{0} neue Aktualisierungen") { One = "{0} neue Aktualisierung" },
        ShowNewUpdates = new("{0} neue Aktualisierungen anzeigen") { One = "{0} neue Aktualisierung anzeigen" },
        ShowLatestUpdates = "Neueste Aktualisierungen anzeigen",
        PullQuote = "Hervorgehobenes Zitat", SiteNavigation = "Website",
    };

    /// <summary>Arabic.</summary>
    public static ArticleStrings Arabic { get; } = new()
    {
        Language = "ar", DateCulture = "ar-EG", DateFormat = "d MMMM yyyy",
        SkipToContent = "انتقل إلى المحتوى الرئيسي", SkipToNavigation = "انتقل إلى قائمة التنقل", SkipPastArticle = "تجاوز المقال: {0}",
        BackToTop = "العودة إلى الأعلى", By = "بقلم", And = "و", Published = "نُشر في", Updated = "حُدّث في",
        TableOfContents = "المحتويات", Footnotes = "الحواشي", FootnoteReference = "الحاشية {0}",
        BackToReference = "العودة إلى الإحالة {0}", Related = "مواضيع ذات صلة", Tags = "الموضوعات", Correction = "تصحيح",
        Update = "تحديث", PageHistory = "سجل التعديلات", FirstPublished = "النشر الأول", ReadingTime = "مدة القراءة: {0} د",
        SkipEmbed = "تجاوز محتوى {0}", SkipEmbedNumbered = "تجاوز محتوى {0} {1}", EmbedEnd = "نهاية محتوى {0}", EmbedEndNumbered = "نهاية محتوى {0} {1}", ViewOriginal = "عرض الأصل على {0}", Transcript = "النص المكتوب", FigureDescription = "وصف الشكل {0}", Table = "جدول {0}", DownloadMedia = "تنزيل: {0}",
        NewUpdates = new("{0} تحديث جديد") { Zero = "لا تحديثات جديدة", One = "تحديث جديد واحد", Two = "تحديثان جديدان", Few = "{0} تحديثات جديدة", Many = "{0} تحديثًا جديدًا" },
        ShowNewUpdates = new("عرض {0} تحديث جديد") { Zero = "عرض التحديثات الجديدة", One = "عرض التحديث الجديد", Two = "عرض التحديثين الجديدين", Few = "عرض {0} تحديثات جديدة", Many = "عرض {0} تحديثًا جديدًا" },
        ShowLatestUpdates = "عرض آخر التحديثات",
        PullQuote = "اقتباس بارز", SiteNavigation = "الموقع",
    };

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, CultureInfo> GregorianCultures = new(StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, ArticleStrings> BuiltIn = new[] { English, Spanish, French, German, Arabic }
        .ToFrozenDictionary(strings => strings.Language, StringComparer.OrdinalIgnoreCase);

    /// <summary>The languages with built-in strings.</summary>
    public static IReadOnlyCollection<string> BuiltInLanguages => BuiltIn.Keys;

    /// <summary>The built-in strings for <paramref name="language"/> (by its primary subtag: <c>es-MX</c> gets Spanish), or English.</summary>
    /// <param name="language">A BCP 47 language tag.</param>
    /// <returns>The strings.</returns>
    public static ArticleStrings For(string? language)
    {
        if (string.IsNullOrWhiteSpace(language))
        {
            return English;
        }

        var primary = language.Split('-', '_')[0];
        return BuiltIn.TryGetValue(primary, out var strings) ? strings : English;
    }

    /// <summary>Writes <paramref name="date"/> as readers of this language expect it (Gregorian calendar).</summary>
    /// <param name="date">The date.</param>
    /// <returns>The date as text.</returns>
    public string FormatDate(DateTimeOffset date)
    {
        return date.ToString(DateFormat, GregorianCulture(DateCulture));
    }

    private static CultureInfo GregorianCulture(string name) => GregorianCultures.GetOrAdd(name, static name =>
    {
        var culture = (CultureInfo)CultureInfo.GetCultureInfo(name).Clone();
        if (culture.DateTimeFormat.Calendar is not GregorianCalendar)
        {
            culture.DateTimeFormat.Calendar = new GregorianCalendar();
        }

        return CultureInfo.ReadOnly(culture);
    });

    /// <summary>Writes the time of day of <paramref name="time"/> (in its own offset) as readers of this language expect it ("10:30").</summary>
    /// <param name="time">The moment.</param>
    /// <returns>The time as text.</returns>
    public string FormatTime(DateTimeOffset time) => time.ToString("t", GregorianCulture(DateCulture));

    /// <summary>The form of <paramref name="text"/> for <paramref name="count"/> under this language's plural rules, with the count filled in.</summary>
    /// <param name="text">One of this table's counted strings, such as <see cref="NewUpdates"/>.</param>
    /// <param name="count">The count.</param>
    /// <returns>The text.</returns>
    public string Plural(PluralString text, int count)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Format(Language, count);
    }

    /// <summary>Fills <c>{0}</c> of a composite string.</summary>
    /// <param name="format">One of this table's strings with <c>{0}</c>.</param>
    /// <param name="value">The value.</param>
    /// <returns>The text.</returns>
    public static string Format(string format, object value) => string.Format(CultureInfo.InvariantCulture, format, value);
}
