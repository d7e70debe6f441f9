using A11yArticles.Importers.Html;
using A11yArticles.Model;

namespace A11yArticles.Importers.Tests.Html;

/// <summary>What a reader does not want read to them leaves the article, by general signs (pages written for these tests).</summary>
public sealed class BoilerplateTests
{
    private const string Story =
        "The council met on Tuesday evening in the old town hall to discuss the budget for the coming year, and the vote was close. " +
        "Residents filled the room, and many of them stood at the back for the whole of the three-hour meeting on the library. ";

    private const string Second =
        "The new library will open in the spring with a reading room for children and longer opening hours on every weekday. " +
        "The architects said the tall windows would light the reading room without lamps for most of the year. ";

    private static string Page(string article, string head = "") => $$"""
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8"><title>Council approves the library budget</title>{{head}}</head>
        <body><header><nav><a href="/">Home</a> <a href="/news">News</a></nav></header>
        <main><article><h1>Council approves the library budget</h1>{{article}}</article></main>
        <footer><p>© Example News</p></footer></body></html>
        """;

    private static string Text(Article article) =>
        string.Join("\n", article.AllBlocks.Select(block => Inline.PlainTextOf(ModelTraversal.InlinesOf(block))));

    [Fact]
    public void Small_parts_named_as_page_furniture_leave_the_article()
    {
        var article = HtmlImporter.Parse(Page($"""
            <p>{Story}</p>
            <div class="share-bar"><p>Share this story on every network you use</p></div>
            <p>{Second}</p>
            <div class="newsletter-signup"><p>Get our daily newsletter delivered to your inbox every morning</p></div>
            <p class="article-timestamp">Published 10:02 AM, updated 11:30 AM</p>
            <p>{Story}</p>
            """), "page.html").Article;

        var text = Text(article);
        Assert.Contains("reading room for children", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Share this story", text, StringComparison.Ordinal);
        Assert.DoesNotContain("newsletter", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Published 10:02", text, StringComparison.Ordinal);
    }

    /// <summary>
    /// The text left when <see cref="Boilerplate.Prune"/> runs on <paramref name="extracted"/> as
    /// SmartReader hands an article over (its classes kept); SmartReader's own cleaning keeps or drops
    /// parts by its lists, so the rules of the pruning are tested on what it has kept.
    /// </summary>
    private static string Pruned(string extracted, string? articleBody = null)
    {
        var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument($"<!DOCTYPE html><html><body><div id=\"readability-page-1\">{extracted}</div></body></html>");
        Boilerplate.Prune(document.Body!, articleBody);
        return string.Join(' ', document.Body!.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }

    [Theory]
    [InlineData(10)]
    [InlineData(2000)]
    public void Each_paragraph_is_read_for_prose_once_however_long_the_article(int paragraphs)
    {
        var extracted = "<div class=\"story\">" + string.Concat(Enumerable.Range(0, paragraphs).Select(i => $"<p>{Story} <a href=\"/story/{i}\">Related</a></p>"))
            + "</div><div class=\"tail\"><p>© Example News</p></div>";
        var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument($"<!DOCTYPE html><html><body><div id=\"readability-page-1\">{extracted}</div></body></html>");
        var prose = new Boilerplate.ProseLeaves();

        Boilerplate.Prune(document.Body!, articleBody: null, prose);

        // The leaves are the paragraphs and the line after the story: the steps that find the first
        // paragraph of prose, the body and the edges ask about them again and again, and get the answer
        // kept. The line after the body still goes.
        Assert.Equal(paragraphs + 1, prose.Reads);
        Assert.Equal(paragraphs, document.Body!.QuerySelectorAll("p").Length);
    }

    [Fact]
    public void Furniture_named_by_a_run_together_word_or_a_landmark_role_leaves_the_article()
    {
        var text = Pruned($"""
            <p>{Story}</p>
            <div class="relatedposts"><p>Five other stories about libraries you might enjoy</p></div>
            <p>{Second}</p>
            <div role="complementary"><p>Weather tomorrow: rain in the morning</p></div>
            <aside><p>Our readers' favourite walks this autumn</p></aside>
            <div class="socialbuttons"><p>Tweet this to your followers</p></div>
            <p>{Story}</p>
            """);

        Assert.Contains("reading room for children", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Five other stories", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Weather tomorrow", text, StringComparison.Ordinal);
        Assert.DoesNotContain("favourite walks", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Tweet this", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_menu_named_by_a_run_together_word_leaves_before_the_prose_but_a_navigation_box_after_it_stays()
    {
        var text = Pruned($"""
            <header><ul class="topnav"><li class="subMenuItem"><a href="/local">Local</a></li><li class="subMenuItem"><a href="/sport">Sport</a></li></ul>
            <ul><li class="subMenuItem"><a href="/weather">Weather</a></li></ul></header>
            <p>{Story}</p>
            <p>{Second}</p>
            <div class="navbox"><ul><li><a href="/libraries/north">North branch library</a></li><li><a href="/libraries/south">South branch library</a></li></ul></div>
            """);

        Assert.Contains("reading room for children", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Sport", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Weather", text, StringComparison.Ordinal);
        Assert.Contains("North branch library", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_list_of_other_stories_leaves_but_an_article_that_holds_its_own_comments_stays()
    {
        var text = Pruned($"""
            <article><p>{Story}</p><p>{Second}</p></article>
            <div><article><p>The ferry timetable changes next week, with two more crossings every morning.</p></article>
            <article><p>A new bakery opens on the high street, the first in the town for ten years.</p></article></div>
            """);

        Assert.Contains("reading room for children", text, StringComparison.Ordinal);
        Assert.DoesNotContain("ferry timetable", text, StringComparison.Ordinal);
        Assert.DoesNotContain("bakery", text, StringComparison.Ordinal);

        var withComments = Pruned($"""
            <article><p>{Story}</p><p>{Second}</p><p>{Story}</p>
            <section><article><p>Great news for the town.</p></article><article><p>About time too.</p></article></section></article>
            """);
        Assert.Contains("reading room for children", withComments, StringComparison.Ordinal);
    }

    [Fact]
    public void A_header_before_the_prose_leaves_but_one_that_holds_prose_stays()
    {
        var text = Pruned($"""
            <header><ol><li><a href="/">Home</a></li><li><a href="/news">News</a></li></ol><p>By Ana Ruiz</p><p>Wednesday</p></header>
            <p>{Story}</p>
            <p>{Second}</p>
            """);

        Assert.Contains("reading room for children", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Ana Ruiz", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Home", text, StringComparison.Ordinal);

        var proseInHeader = Pruned($"""<header><p>{Story}</p></header><p>{Second}</p>""");
        Assert.Contains("three-hour meeting", proseInHeader, StringComparison.Ordinal);
    }

    [Fact]
    public void What_follows_the_body_outside_it_leaves_unless_it_is_prose_or_a_picture()
    {
        var text = Pruned($"""
            <div class="story"><p>{Story}</p><p>{Second}</p><p>{Story}</p><p>The vote was seven to four.</p></div>
            <div><p>Via Example Wire</p><h2>You may also like</h2><ul><li>Ferry timetable</li></ul>
            <figure><img src="hall.jpg" alt="The town hall"><figcaption>The town hall at night</figcaption></figure></div>
            """);

        Assert.Contains("seven to four", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Example Wire", text, StringComparison.Ordinal);
        Assert.DoesNotContain("You may also like", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Ferry timetable", text, StringComparison.Ordinal);
        Assert.Contains("The town hall at night", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Short_lines_before_the_body_outside_it_leave_but_a_text_block_made_like_the_body_stays()
    {
        var text = Pruned($"""
            <div class="meta"><p>By Ana Ruiz and Tom Lee, staff writers</p></div>
            <div class="block text"><p>The council voted on Tuesday.</p></div>
            <div class="block image"><figure><img src="hall.jpg" alt="The town hall"></figure></div>
            <div class="block text"><p>{Story}</p><p>{Second}</p><p>{Story}</p></div>
            """);

        Assert.Contains("reading room for children", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Ana Ruiz", text, StringComparison.Ordinal);
        Assert.Contains("The council voted on Tuesday.", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_pop_up_card_inside_a_sentence_leaves_but_the_name_it_pops_up_from_stays()
    {
        var text = Pruned($"""
            <p>{Story}</p>
            <p>The motion was moved by <span class="rollover-person"><a class="rollover-person-link" href="/people/ana-ruiz">Ana Ruiz</a><span class="rollover-person-card"><img src="ruiz.jpg" alt=""><a href="/people/ana-ruiz">Ana Ruiz</a><a href="/stories/1">Ruiz wins the harbour vote</a></span></span> and carried.</p>
            <p>{Second}</p>
            """);

        Assert.Contains("The motion was moved by Ana Ruiz and carried.", text, StringComparison.Ordinal);
        Assert.DoesNotContain("harbour vote", text, StringComparison.Ordinal);
    }

    [Fact]
    public void An_events_dates_and_the_articles_disclaimer_stay_but_a_stamp_with_a_time_leaves()
    {
        var text = Pruned($"""
            <p>Updated 5:27 am, Wednesday, November 20, 2019</p>
            <p>City Photo Festival, 29 November 2018 – 20 January 2019</p>
            <p>{Story}</p>
            <p>{Second}</p>
            <p class="article-disclaimer">The views expressed in this column are the author's own.</p>
            """);

        Assert.DoesNotContain("Updated", text, StringComparison.Ordinal);
        Assert.Contains("City Photo Festival, 29 November 2018 – 20 January 2019", text, StringComparison.Ordinal);
        Assert.Contains("the author's own", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_short_date_line_before_the_prose_leaves_but_a_date_inside_the_prose_stays()
    {
        var article = HtmlImporter.Parse(Page($"""
            <p>Posted 10:48, 19/11/2019 · updated 11:05</p>
            <p>{Story}</p>
            <p>On 19/11/2019 at 10:48 the vote was taken.</p>
            <p>{Second}</p>
            """), "page.html").Article;

        var text = Text(article);
        Assert.DoesNotContain("Posted", text, StringComparison.Ordinal);
        Assert.Contains("On 19/11/2019 at 10:48 the vote was taken.", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Words_in_a_sentence_named_like_furniture_stay()
    {
        var article = HtmlImporter.Parse(Page($"""
            <p>{Story}</p>
            <p>The plan was approved on <time class="published">Tuesday</time>, and it took <span class="tag">ten years</span>.</p>
            <p>{Second}</p>
            """), "page.html").Article;

        Assert.Contains("The plan was approved on Tuesday, and it took ten years.", Text(article), StringComparison.Ordinal);
    }

    [Fact]
    public void Inline_furniture_that_is_a_line_of_its_own_leaves_but_the_same_words_in_a_sentence_or_a_figure_stay()
    {
        var text = Pruned($"""
            <div class="story"><p>{Story}</p><a id="enable-comments-button" href="#">Comments</a>
            <p><span class="credit">Photo: Ana Ruiz</span></p>
            <p>{Second}</p>
            <p>The plan took <span class="tag">ten years</span> and <a class="comments-link" href="#c">forty letters</a> from readers.</p>
            <figure><img src="hall.jpg" alt="The town hall"><figcaption><span class="credit">Photo: Tom Lee</span></figcaption></figure>
            <p>{Story}</p></div>
            """);

        Assert.DoesNotContain("Comments", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Ana Ruiz", text, StringComparison.Ordinal);
        Assert.Contains("The plan took ten years and forty letters from readers.", text, StringComparison.Ordinal);
        Assert.Contains("Photo: Tom Lee", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_read_more_button_and_a_reading_time_leave_but_the_text_a_read_more_part_uncovers_stays()
    {
        var text = Pruned($"""
            <p class="estimated-read-time">Reading time:<small> 2 minutes</small></p>
            <p>{Story}</p>
            <div class="body__read-more"><p class="read-more-link">Read more</p></div>
            <div class="read-more-content"><p>The library will also lend tools and seeds to anyone who holds a card.</p></div>
            <p>{Second}</p>
            """);

        Assert.DoesNotContain("Reading time", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Read more", text, StringComparison.Ordinal);
        Assert.Contains("lend tools and seeds", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_headline_link_in_capitals_between_the_paragraphs_leaves_but_an_ordinary_link_or_capitals_without_a_link_stay()
    {
        var text = Pruned($"""
            <p>{Story}</p>
            <p><strong><a href="/news/ferry-timetable">FERRY TIMETABLE CHANGES AMID ROW WITH THE HARBOUR BOARD</a></strong></p>
            <p><a href="/reports/library-plan.html">The council's full plan for the library</a></p>
            <p>THE LIBRARY WILL BE CLOSED ON MONDAYS.</p>
            <p>{Second}</p>
            """);

        Assert.DoesNotContain("FERRY TIMETABLE", text, StringComparison.Ordinal);
        Assert.Contains("The council's full plan for the library", text, StringComparison.Ordinal);
        Assert.Contains("THE LIBRARY WILL BE CLOSED ON MONDAYS.", text, StringComparison.Ordinal);

        var results = Pruned("""
            <p><a href="/results/finals.html">CLICK FOR THE FULL SWIMMING RESULTS</a></p>
            <p>North School won the relay.</p><p>South School won the diving.</p>
            """);
        Assert.Contains("CLICK FOR THE FULL SWIMMING RESULTS", results, StringComparison.Ordinal);
    }

    [Fact]
    public void A_call_to_subscribe_leaves_but_a_sentence_about_a_newsletter_stays()
    {
        var text = Pruned($"""
            <p>{Story}</p>
            <p>The council's newsletter, <a href="/town-talk">Town Talk</a>, will print the whole plan in May.</p>
            <p>{Second}</p>
            <p><i>Get the latest updates right in your inbox. </i><a href="/subscriptions"><i>Subscribe to our newsletters</i></a>.</p>
            <h2><a href="/list">Click here to subscribe to the Town Letter</a></h2>
            """);

        Assert.Contains("will print the whole plan in May", text, StringComparison.Ordinal);
        Assert.DoesNotContain("latest updates", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Town Letter", text, StringComparison.Ordinal);
    }

    [Fact]
    public void An_offer_of_a_subscriptions_price_leaves_but_an_offer_of_one_price_stays()
    {
        var text = Pruned($"""
            <p>{Story}</p>
            <p>Get <a href="/shop/town-monthly">Town Monthly</a> delivered to your door every month: 6 issues for £9.50. <a href="/shop/town-monthly">Click here</a> to order.</p>
            <p>Get the reading lamp for $25 at <a href="https://shop.example/lamp">the hardware shop</a>.</p>
            <p>Get a <a href="https://council.example/permits">resident parking permit</a> for £30 a year from the council.</p>
            <p>{Second}</p>
            """);

        Assert.DoesNotContain("6 issues", text, StringComparison.Ordinal);
        Assert.Contains("Get the reading lamp for $25", text, StringComparison.Ordinal);
        Assert.Contains("parking permit for £30 a year", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_read_more_teaser_and_a_message_for_browsers_without_scripts_leave()
    {
        var text = Pruned($"""
            <p>{Story}</p>
            <p><a class="read-more-big" href="/news/ferry-timetable"><span class="read-more-big__subtitle">Also on our site</span> <span class="read-more-big__title">The ferry timetable changes next week, with two more crossings</span></a></p>
            <p class="slideshow-noscript">This slideshow requires JavaScript.</p>
            <p>{Second}</p>
            """);

        Assert.DoesNotContain("ferry timetable", text, StringComparison.Ordinal);
        Assert.DoesNotContain("slideshow", text, StringComparison.Ordinal);
        Assert.Contains("reading room for children", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_line_labelled_as_related_stories_leaves_but_see_also_and_other_labelled_links_stay()
    {
        var text = Pruned($"""
            <p>{Story}</p>
            <p><strong>Related: </strong><a href="/news/ferry-timetable"><strong>The ferry timetable in pictures</strong></a></p>
            <p><strong>SEE MORE</strong>: <a href="/news/bakery">A new bakery opens on the high street</a></p>
            <p>See also: <a href="/history/library">The history of the town library</a></p>
            <p><strong>Website:</strong> <a href="https://library.example.org/">library.example.org</a></p>
            <p>{Second}</p>
            """);

        Assert.DoesNotContain("ferry timetable", text, StringComparison.Ordinal);
        Assert.DoesNotContain("bakery", text, StringComparison.Ordinal);
        Assert.Contains("See also: The history of the town library", text, StringComparison.Ordinal);
        Assert.Contains("Website: library.example.org", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_line_before_the_story_that_repeats_the_headline_or_the_site_name_leaves_but_one_later_or_longer_stays()
    {
        var article = HtmlImporter.Parse(Page($"""
            <h2>Example Town News</h2>
            <p class="title">Council approves the library budget</p>
            <p>Council approves the library budget, and the mayor thanks the residents</p>
            <p>{Story}</p>
            <h2>Example Town News</h2>
            <p>{Second}</p>
            """, """<meta property="og:site_name" content="Example Town News">"""), "page.html").Article;

        var paragraphs = article.AllBlocks.OfType<ParagraphBlock>().Select(paragraph => paragraph.PlainText).ToList();
        Assert.DoesNotContain("Council approves the library budget", paragraphs);
        Assert.Contains("Council approves the library budget, and the mayor thanks the residents", paragraphs);
        Assert.Equal("Council approves the library budget", article.Headline);
        Assert.Single(article.AllBlocks.OfType<HeadingBlock>(), heading => Inline.PlainTextOf(heading.Inlines) == "Example Town News");
    }

    [Fact]
    public void A_slideshows_counter_on_its_own_line_leaves_but_one_in_a_caption_or_a_sentence_stays()
    {
        var text = Pruned($"""
            <p>{Story}</p>
            <div class="gallery-item"><p><span class="count">Image 2 of 5</span></p>
            <figure><img src="hall.jpg" alt="The town hall"><figcaption>The town hall at night (photo 2 of 5)</figcaption></figure></div>
            <div class="slide-count">Photo <span>3</span> / <span>12</span></div>
            <p>The vote was 7 of 11.</p>
            <p>{Second}</p>
            """);

        Assert.DoesNotContain("Image 2 of 5", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Photo 3", text, StringComparison.Ordinal);
        Assert.Contains("The town hall at night (photo 2 of 5)", text, StringComparison.Ordinal);
        Assert.Contains("The vote was 7 of 11.", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_teaser_label_on_its_own_line_leaves_with_the_links_after_it_but_not_with_a_heading_or_after_see_also()
    {
        var text = Pruned($"""
            <p>{Story}</p>
            <p><strong>DON'T MISS</strong></p>
            <p><a href="/news/ferry">Ferry timetable changes next week</a> [INSIGHT]<br><a href="/news/bakery">A new bakery opens</a> [VIDEO]</p>
            <p>{Second}</p>
            <p>Leggi anche</p>
            <h2><a href="/news/lighthouse">The lighthouse keeper retires after forty years</a></h2>
            <p>See also</p>
            <p><a href="/history/library">The history of the town library</a></p>
            <p>{Story}</p>
            """);

        Assert.DoesNotContain("DON'T MISS", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Ferry timetable", text, StringComparison.Ordinal);
        Assert.Contains("Leggi anche", text, StringComparison.Ordinal);
        Assert.Contains("lighthouse keeper retires", text, StringComparison.Ordinal);
        Assert.Contains("See also The history of the town library", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_line_that_is_an_unrendered_shortcode_leaves_but_brackets_in_prose_stay()
    {
        var text = Pruned($"""
            <p>{Story}</p>
            <p>[button link="/send-your-photos" type="big"] Send us YOUR photos of the library[/button]</p>
            <p>[1] The council's minutes, 19 November 2019.</p>
            <p>The mayor said the vote was "the [sic] best in years".</p>
            <p>{Second}</p>
            """);

        Assert.DoesNotContain("Send us YOUR photos", text, StringComparison.Ordinal);
        Assert.Contains("[1] The council's minutes", text, StringComparison.Ordinal);
        Assert.Contains("the [sic] best in years", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_comment_count_and_the_headings_left_with_nothing_after_them_leave_but_a_heading_over_a_picture_stays()
    {
        var text = Pruned($"""
            <p>{Story}</p>
            <h3>Comments</h3>
            <p>Comments on the plan are welcome until May.</p>
            <p>{Second}</p>
            <h2>The new building</h2>
            <figure><img src="library.jpg" alt="The new library"></figure>
            <h3>Tell us what you think</h3>
            <p><comments-count href="/story"></comments-count> comments</p>
            """);

        Assert.Contains("Comments Comments on the plan are welcome until May.", text, StringComparison.Ordinal);
        Assert.Contains("The new building", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Tell us what you think", text, StringComparison.Ordinal);
        Assert.False(text.EndsWith("comments", StringComparison.Ordinal), text);

        Assert.Equal("Opening hours", Pruned("<h2>Opening hours</h2>"));
    }

    [Fact]
    public void A_part_named_as_furniture_that_holds_most_of_the_text_stays()
    {
        var article = HtmlImporter.Parse(Page($"""<div class="story-tags-wrapper"><p>{Story}</p><p>{Second}</p><p>{Story}</p></div>"""), "page.html").Article;

        Assert.Contains("reading room for children", Text(article), StringComparison.Ordinal);
    }

    [Fact]
    public void The_label_of_an_advertisements_slot_leaves_but_the_word_in_a_sentence_or_a_heading_stays()
    {
        var text = Pruned($"""
            <p>{Story}</p>
            <p class="x7Qa2"></p><center><span>Advertisement</span><br></center>
            <p>{Second}</p>
            <div class="k9Lm"><p><span>Anzeige</span></p></div>
            <h2>Advertising</h2>
            <p>The council will spend less on advertising next year, and more on books.</p>
            <ul><li>Ads</li> <li>Posters</li></ul>
            <p>{Story}</p>
            """);

        Assert.DoesNotContain("Advertisement", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Anzeige", text, StringComparison.Ordinal);
        Assert.Contains("Advertising", text, StringComparison.Ordinal);
        Assert.Contains("less on advertising next year", text, StringComparison.Ordinal);
        Assert.Contains("Ads Posters", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("广告")]
    [InlineData("広告")]
    [InlineData("광고")]
    public void The_label_of_an_advertisements_slot_leaves_in_scripts_without_spaces_but_one_of_its_characters_alone_stays(string label)
    {
        var text = Pruned($"""
            <p>{Story}</p>
            <div class="k9Lm"><p><span>{label}</span></p></div>
            <p>{Second}</p>
            <p>{label[..1]}</p>
            <p>{Story}</p>
            """);

        Assert.DoesNotContain(label, text, StringComparison.Ordinal);
        Assert.Contains(label[..1], text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_line_of_tag_links_leaves_but_a_tag_link_inside_a_sentence_stays()
    {
        var text = Pruned($"""
            <p>{Story}</p>
            <p>Read our other stories about <a href="/tag/libraries" rel="tag">libraries</a> and the town budget this year.</p>
            <p>{Second}</p>
            <p><strong>Tags<br><a href="/tag/council" rel="tag">town council</a>, <a href="/tag/budget" rel="tag">budget 2019</a></strong></p>
            <p class="postinfo">Filed under: <a href="/category/local" rel="category tag">Local news</a> |</p>
            """);

        Assert.Contains("other stories about libraries and the town budget", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Tags", text, StringComparison.Ordinal);
        Assert.DoesNotContain("budget 2019", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Filed under", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Links_the_publisher_marks_as_related_stories_leave_with_their_label_but_a_reading_list_stays()
    {
        var text = Pruned($"""
            <p>{Story}</p>
            <h4>More:</h4>
            <ul><li><h4><a href="/news/ferry-timetable?utm_source=website&amp;utm_campaign=readmore_box">Ferry timetable changes next week</a></h4></li></ul>
            <ul><li><h4><a href="/news/bakery?utm_source=website&amp;utm_campaign=readmore_box">A new bakery opens</a></h4></li></ul>
            <p>{Second}</p>
            <p>Further reading</p>
            <ul><li>The <a href="https://example.org/reports/libraries-2018">national report on libraries</a>, 2018</li>
            <li><a href="https://example.org/budget?year=2019&amp;utm_source=newsletter">The town budget</a></li>
            <li><a href="https://twitter.com/intent/tweet?url=https%3A%2F%2Fexample.org%2Frelated&amp;related=example">Tweet the plan</a></li></ul>
            <p class="heading">More great stories</p>
            <ul><li>The strange life of <a href="/story/lighthouse?itm_campaign=RelatedFooter_2">a lighthouse keeper</a></li>
            <li>How to <a href="/story/bread?itm_campaign=RelatedFooter_2">bake bread at home</a></li></ul>
            """);

        Assert.Contains("reading room for children", text, StringComparison.Ordinal);
        Assert.DoesNotContain("More:", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Ferry timetable", text, StringComparison.Ordinal);
        Assert.DoesNotContain("bakery", text, StringComparison.Ordinal);
        Assert.DoesNotContain("More great stories", text, StringComparison.Ordinal);
        Assert.DoesNotContain("lighthouse keeper", text, StringComparison.Ordinal);
        Assert.Contains("Further reading", text, StringComparison.Ordinal);
        Assert.Contains("national report on libraries", text, StringComparison.Ordinal);
        Assert.Contains("The town budget", text, StringComparison.Ordinal);
        Assert.Contains("Tweet the plan", text, StringComparison.Ordinal);
    }

    private static string Card(string kicker, string headline, string href) =>
        $"""<div class="rail__item slide"><div class="rail__image"><a href="{href}"><img src="{href}.jpg" alt=""></a></div><div class="rail__content"><h3>{kicker}</h3><p><span>{headline}</span></p></div></div>""";

    [Fact]
    public void A_rail_of_cards_for_other_stories_leaves_but_a_gallery_with_captions_and_cards_without_pictures_stay()
    {
        var text = Pruned($"""
            <p>{Story}</p>
            <div class="row">{Card("FERRY NEWS", "Two more crossings every morning", "/news/ferry")}{Card("SWEET", "A new bakery opens on the high street", "/news/bakery")}{Card("SPORT", "The town team wins the cup", "/news/cup")}</div>
            <p>{Second}</p>
            <div class="gallery">
            <div class="gallery-item"><a href="/photos/hall.jpg"><img src="/photos/hall-small.jpg" alt="The hall"></a><h4>The hall</h4><p>The town hall at night, lit for the vote</p></div>
            <div class="gallery-item"><a href="/photos/room.jpg"><img src="/photos/room-small.jpg" alt="The room"></a><h4>The room</h4><p>Residents stood at the back of the room</p></div>
            <div class="gallery-item"><a href="/photos/door.jpg"><img src="/photos/door-small.jpg" alt="The door"></a><h4>The door</h4><p>The sign over the new library's door</p></div>
            </div>
            <div class="branches">
            <div class="branch"><h3><a href="/libraries/north">North branch</a></h3><p>Open every weekday until eight in the evening.</p></div>
            <div class="branch"><h3><a href="/libraries/south">South branch</a></h3><p>Open on weekdays and on Saturday mornings.</p></div>
            <div class="branch"><h3><a href="/libraries/east">East branch</a></h3><p>Closed on Mondays for the whole winter.</p></div>
            </div>
            <p>{Story}</p>
            """);

        Assert.DoesNotContain("FERRY NEWS", text, StringComparison.Ordinal);
        Assert.DoesNotContain("bakery", text, StringComparison.Ordinal);
        Assert.DoesNotContain("wins the cup", text, StringComparison.Ordinal);
        Assert.Contains("The town hall at night, lit for the vote", text, StringComparison.Ordinal);
        Assert.Contains("sign over the new library's door", text, StringComparison.Ordinal);
        Assert.Contains("North branch", text, StringComparison.Ordinal);
        Assert.Contains("Saturday mornings", text, StringComparison.Ordinal);
        Assert.Contains("East branch", text, StringComparison.Ordinal);
    }

    [Fact]
    public void An_article_without_prose_loses_the_date_lines_it_starts_with_but_keeps_its_dated_results()
    {
        var text = Pruned("""
            <div><span>Posted: Fri 6:45 PM, Feb 16, 2018 |</span></div>
            <div><span>Updated: Sat 8:31 PM, Feb 17, 2018</span></div>
            <p>Results of the regional swimming finals.</p>
            <p>9:58.20 – North School, 16/02/2018</p>
            <p>10:02.41 – South School, 16/02/2018</p>
            <p>The relay was won by the home team.</p>
            """);

        Assert.DoesNotContain("Posted", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Updated", text, StringComparison.Ordinal);
        Assert.Contains("9:58.20 – North School, 16/02/2018", text, StringComparison.Ordinal);
        Assert.Contains("10:02.41 – South School, 16/02/2018", text, StringComparison.Ordinal);

        var onlyDates = Pruned("<p>Updated 5:27 am, November 20, 2019</p>");
        Assert.Contains("Updated 5:27 am", onlyDates, StringComparison.Ordinal);
    }

    [Fact]
    public void A_dated_line_of_tag_and_category_links_leaves_but_a_shops_affiliate_tag_and_an_encyclopedias_topic_stay()
    {
        var text = Pruned($"""
            <div><small><b>12/03/2026</b> - Posted by: Ana Lima - Category: <a href="/news.php?cat=4">Council</a> - Tags:
            <a href="/news.php?tag=library">library</a> <a href="/news.php?tag=budget">budget</a></small>
            <p>{Story}</p>
            <p>{Second}</p>
            <ul><li>The library at <a href="https://encyclopedia.example/topic/4411/public-library">Encyclopedia Example</a></li>
            <li><a href="https://shop.example/dp/0001/?tag=partner-20">The architects' book</a></li></ul>
            <p><a href="https://example.org/category/council/">Council</a>, <a href="https://example.org/tag/library/">library</a></p></div>
            """);

        Assert.DoesNotContain("Posted by", text, StringComparison.Ordinal);
        Assert.DoesNotContain("12/03/2026", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Council, library", text, StringComparison.Ordinal);
        Assert.Contains("The council met on Tuesday", text, StringComparison.Ordinal);
        Assert.Contains("The library at Encyclopedia Example", text, StringComparison.Ordinal);
        Assert.Contains("The architects' book", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_notice_that_comments_are_moderated_leaves_after_the_story_but_a_sentence_about_moderators_in_it_stays()
    {
        var moderators = "The council will ask two moderators to read every comment sent about the library before the next meeting in May.";
        var text = Pruned($"""
            <p>{Story}</p>
            <p>{moderators}</p>
            <p>{Second}</p>
            <p>NOTE: comments that are abusive or off topic will not be approved by the moderator.</p>
            """);

        Assert.Contains(moderators, text, StringComparison.Ordinal);
        Assert.Contains("without lamps", text, StringComparison.Ordinal);
        Assert.DoesNotContain("approved by the moderator", text, StringComparison.Ordinal);

        var portuguese = Pruned($"<p>{Story}</p><p>Atenção: os comentários são moderados antes de serem publicados.</p>");
        Assert.DoesNotContain("moderados", portuguese, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Follow the Town Desk on Instagram, Facebook and YouTube", "Town Desk")]
    [InlineData("""<a href="https://share.example/wa">WhatsApp</a> <a href="https://share.example/fb">Facebook</a> <a href="https://share.example/pin">Pinterest</a>""", "WhatsApp")]
    [InlineData("Compartilhar: Facebook, WhatsApp", "Compartilhar")]
    public void A_line_of_share_or_follow_buttons_leaves(string line, string word)
    {
        var text = Pruned($"<p>{Story}</p><p>{line}</p><p>{Second}</p>");

        Assert.DoesNotContain(word, text, StringComparison.Ordinal);
        Assert.Contains("without lamps", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Facebook and Twitter removed the council's page for a week.")]
    [InlineData("Meta owns Facebook, Instagram and WhatsApp.")]
    [InlineData("YouTube and TikTok, mostly.")]
    public void A_sentence_that_names_social_networks_stays(string sentence)
    {
        var text = Pruned($"<p>{Story}</p><p>{sentence}</p><ul><li>Facebook and Instagram</li></ul><p>{Second}</p>");

        Assert.Contains(sentence, text, StringComparison.Ordinal);
        Assert.Contains("Facebook and Instagram", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""On 3 March 2026 <a href="/tag/jane-doe/">Jane Doe</a> resigned as mayor.""", "resigned as mayor")]
    [InlineData("""<a href="/tag/jane-doe/">Jane Doe</a> has resigned.""", "has resigned")]
    [InlineData("""<a href="/tag/jane-doe/">Jane Doe</a> and <a href="/tag/john-roe/">John Roe</a> resigned.""", "John Roe resigned")]
    [InlineData("""The fix is in <a href="https://code.example/org/app/releases/tag/v2.0">version 2.0</a>.""", "version 2.0")]
    public void A_short_sentence_with_links_to_tag_pages_stays(string sentence, string words)
    {
        var text = Pruned($"<p>{Story}</p><p>{sentence}</p><p>{Second}</p>");

        Assert.Contains(words, text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_storys_last_line_about_a_moderate_and_a_request_for_comment_stays()
    {
        var last = "Senator Jane Doe, a moderate, did not respond to a request for comment.";
        var text = Pruned($"<p>{Story}</p><p>{Second}</p><p>{last}</p>");

        Assert.Contains(last, text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_captions_visually_hidden_role_label_leaves_the_figure_but_its_hidden_words_that_describe_stay()
    {
        var article = HtmlImporter.Parse(Page($"""
            <p>{Story}</p>
            <figure><img src="https://example.org/hall.jpg" alt="The town hall at night">
            <figcaption><span class="off-screen">Image caption</span> <span>The hall was lit for the vote</span>
            <span class="visually-hidden">seen from the market square</span></figcaption></figure>
            <p>{Second}</p>
            """), "page.html").Article;

        var caption = Inline.PlainTextOf(Assert.Single(article.AllBlocks.OfType<FigureBlock>()).Caption);
        Assert.DoesNotContain("Image caption", caption, StringComparison.Ordinal);
        Assert.Contains("The hall was lit for the vote", caption, StringComparison.Ordinal);
        Assert.Contains("seen from the market square", caption, StringComparison.Ordinal);
    }

    [Fact]
    public void A_captions_credit_named_by_its_class_becomes_the_figures_credit_and_no_longer_runs_into_the_caption()
    {
        var article = HtmlImporter.Parse(Page($"""
            <p>{Story}</p>
            <figure><img src="https://example.org/hall.jpg" alt="The town hall at night">
            <figcaption><span class="media-caption">The hall was lit for the vote</span><span class="media-credit">Photo: Ana Lima</span></figcaption></figure>
            <figure><img src="https://example.org/door.jpg" alt="The library's new door">
            <figcaption><span class="image-credit">Example Agency</span></figcaption></figure>
            <p>{Second}</p>
            """), "page.html").Article;

        var figures = article.AllBlocks.OfType<FigureBlock>().ToList();
        Assert.Equal("The hall was lit for the vote", Inline.PlainTextOf(figures[0].Caption));
        Assert.Equal("Photo: Ana Lima", figures[0].Credit);

        // A credit that is the whole caption stays the caption: there is nothing to keep it apart from.
        Assert.Equal("Example Agency", Inline.PlainTextOf(figures[1].Caption));
        Assert.Null(figures[1].Credit);
    }

    /// <summary>A figure of a fair's stall with the caption markup given.</summary>
    private static string StallFigure(int number, string captionMarkup) =>
        $"""<figure><img src="https://example.org/fair-{number}.jpg" alt="Stall {number}">{captionMarkup}</figure>""";

    [Fact]
    public void A_caption_repeated_under_three_pictures_or_more_is_read_once_but_two_alike_both_stay()
    {
        static string Figure(int number, string caption) => StallFigure(number, $"<figcaption>{caption}</figcaption>");
        var label = "The Harvest Fair on the market square, 2026";
        var twice = "Visitors per hour on Saturday";
        var article = HtmlImporter.Parse(Page($"""
            <p>{Story}</p>{Figure(1, label)}<p>{Second}</p>{Figure(2, label)}<p>{Story}</p>{Figure(3, label)}
            <p>{Second}</p>{Figure(4, twice)}{Figure(5, twice)}<p>{Story}</p>
            """), "page.html").Article;

        var captions = article.AllBlocks.OfType<FigureBlock>().Select(figure => Inline.PlainTextOf(figure.Caption)).ToList();
        Assert.Equal(5, captions.Count);
        Assert.Equal(1, captions.Count(caption => caption == label));
        Assert.Equal(2, captions.Count(caption => caption == twice));
    }

    [Fact]
    public void Repeated_captions_keep_their_credits_and_captions_nested_in_caption_boxes_count_once()
    {
        static string Figure(int number, string caption) => StallFigure(number, caption);
        var nested = """<figcaption><div class="gallery-caption"><p class="caption-text">Crowds at the fair on Saturday</p></div></figcaption>""";
        var credited = """<figcaption><span>The Harvest Fair on the market square</span> <span class="photo-credit">Photo: Ana Lima</span></figcaption>""";
        var creditOnly = "<figcaption>Photo: Town Archive / Example Agency</figcaption>";
        var hiddenLabel = """<figcaption><span class="sr-only">Image credit</span> Example Agency Pictures Limited</figcaption>""";
        var article = HtmlImporter.Parse(Page($"""
            <p>{Story}</p>{Figure(1, nested)}{Figure(2, nested)}
            <p>{Second}</p>{Figure(3, credited)}{Figure(4, credited)}{Figure(5, credited)}
            <p>{Story}</p>{Figure(6, creditOnly)}{Figure(7, creditOnly)}{Figure(8, creditOnly)}
            <p>{Second}</p>{Figure(9, hiddenLabel)}{Figure(10, hiddenLabel)}{Figure(11, hiddenLabel)}<p>{Story}</p>
            """), "page.html").Article;

        var figures = article.AllBlocks.OfType<FigureBlock>().ToList();
        Assert.Equal(11, figures.Count);
        Assert.All(figures[0..2], figure => Assert.Equal("Crowds at the fair on Saturday", Inline.PlainTextOf(figure.Caption)));
        Assert.Equal("The Harvest Fair on the market square", Inline.PlainTextOf(figures[2].Caption));
        Assert.All(figures[3..5], figure => Assert.Empty(Inline.PlainTextOf(figure.Caption)));
        Assert.All(figures[2..5], figure => Assert.Equal("Photo: Ana Lima", figure.Credit));
        Assert.All(figures[5..8], figure => Assert.Equal("Photo: Town Archive / Example Agency", Inline.PlainTextOf(figure.Caption)));
        Assert.All(figures[8..11], figure => Assert.Equal("Example Agency Pictures Limited", Inline.PlainTextOf(figure.Caption)));
    }

    [Fact]
    public void An_embedded_post_in_a_box_named_for_social_media_stays_as_a_quotation()
    {
        var article = HtmlImporter.Parse(Page($"""
            <p>{Story}</p>
            <p>Many residents answered the council's plan on the same evening.</p>
            <div class="social-media-embed"><blockquote class="twitter-tweet"><p lang="en" dir="ltr">The new reading room is the best news this town has had in years, and the windows are beautiful.</p>
            — Town Reader (@townreader) <a href="https://social.example/townreader/status/1">March 3, 2026</a></blockquote>
            <script async src="https://social.example/widgets.js"></script></div>
            <p>{Second}</p>
            <div class="social-share"><p>Share on Facebook and Twitter</p></div>
            """), "page.html").Article;

        var quote = Assert.Single(article.AllBlocks.OfType<QuoteBlock>());
        var quoted = string.Join(" ", quote.Blocks.Select(block => Inline.PlainTextOf(ModelTraversal.InlinesOf(block))));
        Assert.Contains("best news this town has had in years", quoted, StringComparison.Ordinal);
        Assert.DoesNotContain("Share on Facebook", Text(article), StringComparison.Ordinal);
    }

    [Fact]
    public void An_embedded_post_with_blank_lines_and_links_keeps_its_words_as_paragraphs()
    {
        var article = HtmlImporter.Parse(Page($"""
            <p>{Story}</p>
            <div class="social-media-embed"><blockquote class="twitter-tweet"><p lang="en" dir="ltr">Reading room. Open. Today.<br><br>Come and see. <a href="https://social.example/hashtag/library">#library</a> <a href="https://social.example/hashtag/reading">#reading</a><br><br><a href="https://t.example/aB3dE5">https://t.example/aB3dE5</a></p>
            — Town Library (@townlibrary) <a href="https://social.example/townlibrary/status/2">March 3, 2026</a></blockquote>
            <script async src="https://social.example/widgets.js"></script></div>
            <p>{Second}</p>
            """), "page.html").Article;

        var quote = Assert.Single(article.AllBlocks.OfType<QuoteBlock>());
        var paragraphs = quote.Blocks.Select(block => Inline.PlainTextOf(ModelTraversal.InlinesOf(block))).ToList();
        Assert.Equal("Reading room. Open. Today.", paragraphs[0]);
        Assert.Equal("Come and see. #library #reading", paragraphs[1]);
        Assert.Equal("https://t.example/aB3dE5", paragraphs[2]);
    }

    [Fact]
    public void The_paragraphs_split_from_a_post_keep_its_language_and_pictures_and_only_the_first_keeps_its_id()
    {
        var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(
            """<blockquote class="twitter-tweet"><p id="post" lang="es">Uno.<br> <br>Dos.<br><br><br>Tres.<br>Cuatro.<br><br><a href="https://pic.example/1"><img src="https://pic.example/1.jpg" alt="Una garza"></a></p>— Ana</blockquote>""");

        MediaPreparation.Prepare(document);

        var parts = document.QuerySelectorAll("blockquote > p").ToList();
        Assert.Equal(["Uno.", "Dos.", "Tres.Cuatro.", ""], parts.Select(part => part.TextContent.Trim()));
        Assert.All(parts, part => Assert.Equal("es", part.GetAttribute("lang")));
        Assert.Equal(["post", null, null, null], parts.Select(part => part.GetAttribute("id")));
        Assert.Single(parts[2].QuerySelectorAll("br"));
        Assert.Equal("Una garza", parts[3].QuerySelector("img")?.GetAttribute("alt"));
    }

    [Fact]
    public void The_labels_of_a_control_that_opens_or_closes_something_go_and_longer_parts_so_named_stay()
    {
        var article = HtmlImporter.Parse(Page($"""
            <p>{Story}</p>
            <figure><img src="https://example.org/fair.jpg" alt="Stalls on the market square"></figure>
            <div class="caption-link fade"><p class="open">Caption</p><p class="close">Close</p></div>
            <p>{Second}</p>
            <div class="collapse">The council will publish the full budget on its website next week.</div>
            <p>The mayor said the doors would <span class="close">close</span> at nine.</p>
            """), "page.html").Article;

        var text = Text(article);
        Assert.DoesNotContain("Caption", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Close", text, StringComparison.Ordinal);
        Assert.Contains("full budget on its website", text, StringComparison.Ordinal);
        Assert.Contains("the doors would close at nine", text, StringComparison.Ordinal);
    }

    private static string JsonLd(string body) =>
        $$"""<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Council approves the library budget","articleBody":"{{body}}"}</script>""";

    [Fact]
    public void Blocks_that_the_publishers_json_ld_article_body_lacks_leave_the_article()
    {
        var article = HtmlImporter.Parse(Page($"""
            <p>{Story}</p>
            <p>{Second}</p>
            <p>Our reporters also covered the mayor's visit to the harbour and the new ferry timetable last week.</p>
            <p>{Story}</p>
            """, JsonLd($"{Story} {Second} {Story}")), "page.html").Article;

        var text = Text(article);
        Assert.Contains("reading room for children", text, StringComparison.Ordinal);
        Assert.DoesNotContain("ferry timetable", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_json_ld_article_body_that_is_only_a_teaser_is_not_used()
    {
        var article = HtmlImporter.Parse(Page($"""
            <p>{Story}</p>
            <p>{Second}</p>
            <p>The mayor will visit the harbour next week to open the new ferry timetable and the waiting room.</p>
            <p>{Story}</p>
            """, JsonLd(Story)), "page.html").Article;

        Assert.Contains("ferry timetable", Text(article), StringComparison.Ordinal);
    }

    [Fact]
    public void A_block_quotes_footer_names_its_speaker()
    {
        var article = HtmlImporter.Parse(Page($"""
            <p>{Story}</p>
            <blockquote><p>We waited ten years for this library, and we built it together.</p><footer>— Rosa Elvira Méndez</footer></blockquote>
            <p>{Second}</p>
            """), "page.html").Article;

        var quote = Assert.Single(article.Blocks.OfType<QuoteBlock>());
        Assert.Equal("Rosa Elvira Méndez", quote.Speaker);
        Assert.Equal("We waited ten years for this library, and we built it together.", Assert.IsType<ParagraphBlock>(Assert.Single(quote.Blocks)).PlainText);
    }
}

/// <summary>Figures whose image loads lazily keep their caption (a page written for this test).</summary>
public sealed class LazyFigureTests
{
    private const string Story =
        "The council met on Tuesday evening in the old town hall to discuss the budget for the coming year, and the vote was close. " +
        "Residents filled the room, and many of them stood at the back for the whole of the three-hour meeting on the library. ";

    [Fact]
    public void A_lazy_image_with_only_a_srcset_is_a_figure_with_its_caption_and_one_without_any_address_keeps_its_caption_words()
    {
        var html = $"""
            <html lang="en"><head><title>Council approves the library budget</title></head><body><main><article>
            <h1>Council approves the library budget</h1><p>{Story}</p>
            <figure><picture><img alt="The reading room" srcset="https://example.org/room-1x.jpg 1x, https://example.org/room-2x.jpg 2x"></picture><figcaption>The reading room before the opening.</figcaption></figure>
            <p>{Story}</p>
            <figure><img alt="" class="lazy"><figcaption>Workers hang the sign over the door.</figcaption></figure>
            <p>{Story}</p></article></main></body></html>
            """;

        var article = HtmlImporter.Parse(html, "page.html").Article;

        var figure = Assert.Single(article.AllBlocks.OfType<FigureBlock>());
        Assert.Equal("https://example.org/room-1x.jpg", figure.Image.Source);
        Assert.Equal("The reading room before the opening.", Inline.PlainTextOf(figure.Caption));
        Assert.Contains(article.AllBlocks.OfType<ParagraphBlock>(), paragraph => paragraph.PlainText == "Workers hang the sign over the door.");
    }
}

/// <summary>Preformatted text keeps its links (a page written for this test).</summary>
public sealed class PreformattedLinkTests
{
    [Fact]
    public void Links_inside_pre_stay_links_around_their_code()
    {
        var html = """
            <html lang="en"><head><title>Request for comments</title></head><body><main><article>
            <h1>Request for comments</h1>
            <p>The council published its plan for the library as a plain text document, which anyone may read and answer before the vote in May.</p>
            <pre>
            Section 1.  Opening hours ........................... <a href="#s1">2</a>
            See also the <a href="https://example.org/budget">budget</a> and the map.
            </pre>
            <p>Residents have until the end of April to send their comments to the council, by letter or by mail, and every comment will be answered.</p>
            </article></main></body></html>
            """;

        var article = HtmlImporter.Parse(html, "page.html").Article;

        var code = article.Blocks.OfType<ParagraphBlock>().Single(paragraph => paragraph.Inlines.Any(inline => inline is CodeInline or LinkInline));
        var links = code.Inlines.OfType<LinkInline>().ToList();
        Assert.Equal(["#s1", "https://example.org/budget"], links.Select(link => link.Url));
        Assert.Equal("budget", Assert.IsType<CodeInline>(Assert.Single(links[1].Inlines)).Code);
        Assert.Contains("Opening hours", code.PlainText, StringComparison.Ordinal);
        Assert.Equal(1, code.Inlines.Count(inline => inline is LineBreakInline));
    }
}
