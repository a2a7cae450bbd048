using AngleSharp.Dom;

namespace Statements.Html;

/// <summary>
/// What is known about one publisher's pages: how to recognise them (host names, structure), where the title,
/// date and body stand, and what the site calls itself. Selectors are tried in order; the first that finds text wins
/// (a content selector may list several parts, e.g. a lead and the text, taken in document order).
/// </summary>
internal sealed record SiteProfile(
    string Name,
    string? Side,
    string? Publisher,
    string[] Hosts,
    string? Marker,
    string[] Content,
    string[] Title,
    string[] Date,
    string[] Noise)
{
    /// <summary>Selectors removed inside the body on every site.</summary>
    public static readonly string[] CommonNoise =
    [
        "script", "style", "noscript", "template", "nav", "header", "footer", "aside", "form", "button", "select", "input",
        "textarea", "iframe", "frame", "frameset", "object", "embed", "applet", "svg", "canvas", "video", "audio", "map", "dialog",
        "menu", "[hidden]", "[aria-hidden=true]", "[role=navigation]", "[role=banner]", "[role=contentinfo]",
        "[role=complementary]", "[role=search]", "[role=menu]", "[role=menubar]", "[role=toolbar]", "[role=dialog]",
    ];

    public static readonly SiteProfile WhiteHouse = new(
        "whitehouse",
        "United States",
        "The White House",
        ["whitehouse.gov", "bidenwhitehouse.archives.gov", "trumpwhitehouse.archives.gov", "obamawhitehouse.archives.gov"],
        "meta[property='og:site_name'][content='The White House']",
        [".body-content .container", ".entry-content", ".wp-block-post-content", ".body-content", "article .page-content"],
        ["h1.page-title", "h1.wp-block-whitehouse-topper__headline", "h1.entry-title", "main h1"],
        ["time.posted-on", ".wp-block-post-date time", "time.entry-date", "time[datetime]", ".posted-on"],
        [".wp-block-whitehouse-share", ".share-links", ".page-header", ".wp-block-whitehouse-topper", ".body-overlay", ".issue-flag"]);

    public static readonly SiteProfile ChineseForeignMinistry = new(
        "mfa-china",
        "China",
        "Ministry of Foreign Affairs of the People's Republic of China",
        ["mfa.gov.cn", "fmprc.gov.cn"],
        "#News_Body_Txt_A, div.news-main",
        ["#News_Body_Txt_A", "div.news-main .content", "div.news-main .news-content", "div.news-main"],
        ["#News_Body_Title", "div.news-title h1", "div.news-main h1", ".title"],
        ["#News_Body_Time", "div.news-title p.time", "div.news-main p.time", "p.time", ".time"],
        ["div.news-title", "#News_Body_Title", "#News_Body_Time", ".news-btn", ".print", ".zt", ".rightbox", ".related"]);

    public static readonly SiteProfile Kremlin = new(
        "kremlin",
        "Russia",
        "President of Russia",
        ["kremlin.ru"],
        ".read__internal_content, .read__published",
        [".read__lead, .read__internal_content", ".entry-content"],
        ["h1.entry-title", ".read__in h1", "h1"],
        ["time.read__published", "time.published", ".read__meta time", "time[datetime]"],
        [".read__bottommeta", ".read__tags", ".read__meta", ".hidden-copy", ".read__cut", ".read__footer"]);

    public static readonly SiteProfile GovUk = new(
        "gov.uk",
        "United Kingdom",
        "GOV.UK",
        ["gov.uk"],
        "meta[name^='govuk:']",
        [".govspeak", ".gem-c-govspeak", "#content .publication-content"],
        ["h1.gem-c-title__text", "h1.govuk-heading-xl", "main h1"],
        [".gem-c-metadata time", ".app-c-published-dates time", "time[datetime]"],
        [".gem-c-metadata", ".gem-c-contextual-sidebar", ".gem-c-related-navigation", ".gem-c-share-links", ".gem-c-print-link",
         ".govuk-breadcrumbs", ".gem-c-single-page-notification-button", ".gem-c-contextual-footer", ".gem-c-feedback"]);

    public static readonly SiteProfile Generic = new(
        "generic", null, null, [], null,
        ["main article", "article", "main", "[role=main]", "#content", "#main-content", ".article-body", ".article-content", ".post-content"],
        ["article h1", "main h1", "h1"],
        ["article time[datetime]", "main time[datetime]", "time[datetime]"],
        []);

    public static readonly SiteProfile[] Known = [WhiteHouse, ChineseForeignMinistry, Kremlin, GovUk];

    /// <summary>Whether a page at <paramref name="host"/> (may be null) with this document is this site's.</summary>
    public bool Matches(string? host, IDocument document)
    {
        if (host is not null && Hosts.Any(h => host.Equals(h, StringComparison.OrdinalIgnoreCase) || host.EndsWith("." + h, StringComparison.OrdinalIgnoreCase)))
        {
            return true;
        }

        return Marker is not null && document.QuerySelector(Marker) is not null;
    }
}
