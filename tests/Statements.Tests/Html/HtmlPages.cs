using System.Net;
using System.Text;

namespace Statements.Tests.Html;

/// <summary>
/// Pages written for these tests that imitate the structure of each publisher's readout pages (navigation, headers,
/// share widgets, footers, scripts), with bodies taken from the built-in illustrative samples.
/// </summary>
internal static class HtmlPages
{
    /// <summary>The sample's body paragraphs as an HTML fragment, with typographic characters written as entities.</summary>
    public static string Paragraphs(Readout sample, string attributes = "") =>
        string.Concat(sample.Text.Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(p => $"\n      <p{attributes}>{Entities(p)}</p>"));

    private static string Entities(string text) => WebUtility.HtmlEncode(text)
        .Replace("\u2019", "&rsquo;", StringComparison.Ordinal)
        .Replace("&#8217;", "&rsquo;", StringComparison.Ordinal)
        .Replace("\u201C", "&ldquo;", StringComparison.Ordinal)
        .Replace("&#8220;", "&ldquo;", StringComparison.Ordinal)
        .Replace("\u201D", "&#x201D;", StringComparison.Ordinal)
        .Replace(", ", ",\n        ", StringComparison.Ordinal);

    public static string WhiteHouse => $$"""
        <!DOCTYPE html>
        <html lang="en-US">
        <head>
          <meta charset="UTF-8">
          <meta name="viewport" content="width=device-width, initial-scale=1">
          <title>Readout of President Joe Biden&rsquo;s Call with President Xi Jinping of the People&rsquo;s Republic of China | The White House</title>
          <link rel="canonical" href="https://www.whitehouse.gov/briefing-room/statements-releases/2024/04/02/readout-of-president-joe-bidens-call-with-president-xi-jinping-of-the-peoples-republic-of-china/">
          <meta property="og:site_name" content="The White House">
          <meta property="og:type" content="article">
          <meta property="og:title" content="Readout of President Joe Biden’s Call with President Xi Jinping of the People’s Republic of China">
          <script>window.dataLayer = window.dataLayer || []; function gtag(){dataLayer.push(arguments);} gtag('config', 'G-WHTRACKER');</script>
          <style>.page-title { font-size: 3rem; } .hidden { display: none; }</style>
        </head>
        <body class="post-template-default single single-post">
          <a class="skip-link screen-reader-text" href="#main-content">Skip to content</a>
          <header class="header" role="banner">
            <div class="header__logo"><a href="/">The White House</a></div>
            <nav class="header__menu" aria-label="Main menu">
              <ul><li><a href="/administration/">Administration</a></li><li><a href="/briefing-room/">Briefing Room</a></li><li><a href="/issues/">Issues</a></li></ul>
            </nav>
            <form class="search" role="search"><input type="search" placeholder="Search WhiteHouse.gov"><button>Search</button></form>
          </header>
          <main id="main-content">
            <article class="post-123 post type-post">
              <section class="page-header">
                <div class="page-header__wrap">
                  <span class="issue-flag"><a href="/briefing-room/">Briefing Room</a></span>
                  <h1 class="page-title topper__title news">Readout of President Joe Biden&rsquo;s Call with President Xi Jinping of the People&rsquo;s Republic of China</h1>
                  <div class="meta">
                    <time class="posted-on entry-date published updated" datetime="2024-04-02T18:41:07-04:00">April 2, 2024</time>
                    <div class="term-wrapper"><a href="/briefing-room/statements-releases/">Statements and Releases</a></div>
                  </div>
                  <div class="share-links"><a href="#">Share on Twitter</a> <a href="#">Share on Facebook</a> <a href="#">Copy link</a></div>
                </div>
              </section>
              <section class="body-content">
                <div class="container">{{Paragraphs(Readouts.SampleUnitedStates)}}
                </div>
              </section>
              <aside class="related-posts"><h2>Related</h2><ul><li><a href="#">Statement from Press Secretary on an Unrelated Matter</a></li></ul></aside>
            </article>
          </main>
          <footer class="footer" role="contentinfo">
            <nav><a href="/copyright/">Copyright Policy</a> <a href="/privacy/">Privacy Policy</a></nav>
            <p class="footer__address">The White House 1600 Pennsylvania Ave NW Washington, DC 20500</p>
          </footer>
          <script src="/wp-content/themes/whitehouse/app.js"></script>
        </body>
        </html>
        """;

    public static string ChineseForeignMinistry => $$"""
        <!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
        <html xmlns="http://www.w3.org/1999/xhtml">
        <head>
        <meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
        <meta name="PubDate" content="2024-04-02 22:13" />
        <title>President Xi Jinping Speaks with U.S. President Joe Biden on the Phone</title>
        <link rel="stylesheet" href="../../../../../images/eng_2023.css" />
        <script type="text/javascript" src="../../../../../images/jquery.min.js"></script>
        </head>
        <body>
        <div class="header">
          <div class="logo"><img src="../../../../../images/logo_eng.png" alt="Ministry of Foreign Affairs of the People's Republic of China" /></div>
          <div class="menu"><ul><li><a href="../../../../../eng/">Home</a></li><li><a href="../../../../../eng/wjb/">The Ministry</a></li><li><a href="../../../../../eng/xw/">News</a></li><li><a href="../../../../../eng/fyrbt/">Spokesperson's Remarks</a></li></ul></div>
        </div>
        <div class="position"><a href="../../../../../eng/">Home</a> &gt; <a href="../../../../../eng/xw/zyxw/">Top Stories</a></div>
        <div class="news-main">
          <div class="news-title">
            <h1>President Xi Jinping Speaks with U.S. President Joe Biden on the Phone</h1>
            <p class="time"><span>2024-04-02 22:13</span></p>
          </div>
          <div class="news-content">
            <div id="News_Body_Txt_A" class="content">{{Paragraphs(Readouts.SampleChina, " style=\"text-indent:2em\"")}}
            </div>
          </div>
          <div class="news-btn"><a href="javascript:window.print()">Print</a> <a href="javascript:window.close()">Close</a></div>
        </div>
        <div class="footer">
          <p>Copyright &copy; Ministry of Foreign Affairs, the People&rsquo;s Republic of China</p>
          <p>Address: No. 2, Chaoyangmen Nandajie, Chaoyang District, Beijing</p>
        </div>
        <script type="text/javascript">var _hmt = _hmt || []; (function() { var hm = document.createElement("script"); })();</script>
        </body>
        </html>
        """;

    public const string KremlinBody = "Vladimir Putin had a telephone conversation with President of Finland Alexander Stubb.";

    public static string Kremlin => """
        <!doctype html>
        <html lang="en" class="no-js">
        <head>
          <meta charset="utf-8">
          <title>Telephone conversation with President of Finland Alexander Stubb • President of Russia</title>
          <meta property="og:site_name" content="President of Russia">
          <meta property="og:url" content="http://en.kremlin.ru/events/president/news/70001">
          <meta property="og:title" content="Telephone conversation with President of Finland Alexander Stubb">
        </head>
        <body>
          <div class="header" role="banner"><a class="header__logo" href="/">President of Russia</a>
            <nav class="nav"><a href="/events/president/news">News</a> <a href="/events/president/transcripts">Transcripts</a> <a href="/multimedia">Photos</a></nav>
          </div>
          <div id="content" class="content">
            <div class="read__in hentry h-entry">
              <h1 class="entry-title p-name">Telephone conversation with President of Finland Alexander Stubb</h1>
              <div class="read__meta">
                <time class="read__published" datetime="2024-03-14">March 14, 2024</time>
                <div class="read__time">17:30</div>
                <div class="read__place p-location">The Kremlin, Moscow</div>
              </div>
              <div class="read__lead entry-summary p-summary"><div><p>Vladimir Putin had a telephone conversation with President of Finland Alexander Stubb.</p></div></div>
              <div class="entry-content e-content read__internal_content">
                <p>The President of Russia said that Russia was ready to discuss the situation on the border.</p>
                <p>Alexander Stubb stressed that Finland expected the crossings to remain closed until further notice.</p>
                <p>The two presidents agreed to keep in contact.</p>
              </div>
              <div class="read__bottommeta hidden-copy">
                <div class="read__tags"><a href="/catalog/countries/FI/events">Finland</a> <a href="/catalog/persons/1/events">Stubb Alexander</a></div>
                <p>Publication date: March 14, 2024, 17:30</p>
                <p>Text version</p>
                <p>Page URL: http://en.kremlin.ru/d/70001</p>
              </div>
            </div>
          </div>
          <footer class="footer"><p>All content on this site is licensed under Creative Commons Attribution 4.0 International</p></footer>
        </body>
        </html>
        """;

    public static string GovUk => """
        <!DOCTYPE html>
        <html lang="en" class="govuk-template">
        <head>
          <meta charset="utf-8">
          <title>PM call with President Zelenskyy: 15 November 2023 - GOV.UK</title>
          <link rel="canonical" href="https://www.gov.uk/government/news/pm-call-with-president-zelenskyy-15-november-2023">
          <meta property="og:site_name" content="GOV.UK">
          <meta name="govuk:format" content="news_article">
          <meta name="govuk:first-published-at" content="2023-11-15T18:05:31+00:00">
          <meta name="govuk:primary-publishing-organisation" content="Prime Minister's Office, 10 Downing Street">
        </head>
        <body class="govuk-template__body">
          <div class="gem-c-cookie-banner govuk-clearfix" data-module="cookie-banner" role="region" aria-label="Cookies on GOV.UK">
            <p class="govuk-body">We use some essential cookies to make this website work.</p>
            <button class="govuk-button">Accept additional cookies</button>
          </div>
          <a href="#main-content" class="govuk-skip-link">Skip to main content</a>
          <header class="gem-c-layout-header govuk-header" role="banner"><a href="/" class="govuk-header__link">GOV.UK</a></header>
          <div class="govuk-width-container">
            <div class="govuk-breadcrumbs"><ol class="govuk-breadcrumbs__list"><li><a href="/">Home</a></li><li><a href="/government/topics/international-affairs">International</a></li></ol></div>
            <main class="govuk-main-wrapper" id="main-content" role="main">
              <div class="gem-c-title"><span class="govuk-caption-xl">Press release</span><h1 class="gem-c-title__text govuk-heading-xl">PM call with President Zelenskyy: 15 November 2023</h1></div>
              <p class="gem-c-lead-paragraph">Prime Minister Rishi Sunak spoke to President Zelenskyy of Ukraine this evening.</p>
              <div class="gem-c-metadata" data-module="metadata">
                <dl><dt class="gem-c-metadata__term">From:</dt><dd class="gem-c-metadata__definition"><a href="/government/organisations/prime-ministers-office-10-downing-street">Prime Minister's Office, 10 Downing Street</a></dd>
                <dt class="gem-c-metadata__term">Published</dt><dd class="gem-c-metadata__definition">15 November 2023</dd></dl>
              </div>
              <div class="gem-c-share-links"><h2>Share this page</h2><a href="#">Facebook</a> <a href="#">Twitter</a></div>
              <div class="gem-c-govspeak govuk-govspeak" data-module="govspeak">
                <div class="govspeak">
                  <p>Prime Minister Rishi Sunak spoke to President Zelenskyy of Ukraine this evening.</p>
                  <p>The Prime Minister said that the United Kingdom would continue to support Ukraine for as long as it takes.</p>
                  <p>President Zelenskyy thanked the Prime Minister for the new package of air defence support.</p>
                  <p>The leaders agreed to stay in close contact.</p>
                </div>
              </div>
              <div class="gem-c-print-link"><button class="govuk-link">Print this page</button></div>
            </main>
            <div class="gem-c-contextual-sidebar"><nav class="gem-c-related-navigation" role="navigation"><h2>Related content</h2><a href="#">PM meeting with President Biden</a></nav></div>
          </div>
          <div class="gem-c-feedback"><p>Is this page useful?</p></div>
          <footer class="gem-c-layout-footer govuk-footer" role="contentinfo"><p>All content is available under the Open Government Licence v3.0, except where otherwise stated</p><p>&copy; Crown copyright</p></footer>
        </body>
        </html>
        """;

    /// <summary>A page with nothing but furniture around <paramref name="content"/>.</summary>
    public static string Wrap(string content, string head = "") => $"""
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8"><title>Page</title>{head}</head>
        <body><nav class="site-nav"><a href="/">Home</a> <a href="/news">News</a></nav>
        {content}
        <footer><p>Footer text of the site</p></footer></body></html>
        """;

    /// <summary>A UTF-8 byte array of <paramref name="html"/>.</summary>
    public static byte[] Bytes(string html) => Encoding.UTF8.GetBytes(html);
}
