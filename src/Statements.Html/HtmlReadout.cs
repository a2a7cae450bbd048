using System.Collections.Immutable;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace Statements.Html;

/// <summary>
/// Reads a saved web page of a government readout into a <see cref="Readout"/>: its title, date (ISO yyyy-mm-dd),
/// publisher, source URL, side, language, and the body as plain text. Stateless and thread-safe.
/// </summary>
/// <remarks>
/// <para>
/// Site profiles recognise the White House (whitehouse.gov briefing room and its archives), the Chinese Ministry of
/// Foreign Affairs (mfa.gov.cn, fmprc.gov.cn), the Kremlin (kremlin.ru events) and GOV.UK news pages, by the page's
/// URL (canonical link, <c>og:url</c>, the <c>sourceUrl</c> argument or a "saved from" comment) or by their
/// structure. Other pages use a generic profile: <c>main</c>, <c>article</c>, or else the largest block of
/// paragraphs. <see cref="Readout.Headers"/> records the format (<c>format: html</c>) and the profile used
/// (<c>profile</c>: whitehouse, mfa-china, kremlin, gov.uk or generic).
/// </para>
/// <para>
/// The body is the visible text of the content: paragraphs (p, li, headings, other blocks) separated by a blank
/// line, white space collapsed, character references decoded, a heading equal to the title left out. Navigation,
/// headers, footers, asides, forms, share widgets, breadcrumbs, "related" blocks, hidden elements and the text of
/// scripts, styles, templates, frames and embedded objects are not part of it. Markup is never carried into the
/// text: comments, CDATA sections, attributes (such as <c>onerror</c>) and script bodies are dropped, while visible
/// text that merely looks like markup (an escaped <c>&amp;lt;script&amp;gt;</c>) is kept as the characters a
/// browser shows. Any other element's text is kept, whatever its tag.
/// </para>
/// </remarks>
/// <example>
/// <code>
/// var us = HtmlReadout.Load("wh-readout.html");
/// var cn = HtmlReadout.Load("mfa-readout.html");
/// var comparison = ReadoutComparer.Default.Compare(cn, us);
/// </code>
/// </example>
public static partial class HtmlReadout
{
    /// <summary>
    /// The deepest nesting of unclosed elements a page may have (4,096); deeper pages are refused with a
    /// <see cref="ReadoutFormatException"/>, as parsing them takes time that grows with the square of the depth.
    /// </summary>
    public const int MaxNestingDepth = 4096;

    /// <summary>
    /// The largest page file <see cref="Load"/> reads: 33,554,432 bytes (32 MiB; saved readout pages are well under
    /// 1 MiB). A larger file, a folder, a named pipe or a device is refused before it is read.
    /// </summary>
    public const long MaxFileBytes = 32L * 1024 * 1024;

    private const string NoiseWords = " nav navbar navigation menu breadcrumb breadcrumbs share sharing social related sidebar banner advert advertisement ads promo newsletter subscribe cookie cookies consent skip pagination pager print toolbar popup modal comments hidden sr-only ";

    /// <summary>Reads a saved HTML page from a file.</summary>
    /// <param name="path">The file to read.</param>
    /// <param name="side">The side, overriding the one inferred from the publisher, URL or site.</param>
    /// <returns>The readout; its <see cref="Readout.Name"/> is the file name.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="ReadoutFormatException">
    /// The path is a folder, a named pipe, a device or a socket; the file is larger than <see cref="MaxFileBytes"/>;
    /// it is not text (NUL bytes, invalid UTF-8 on a page that declares no other character set, a character set the
    /// runtime cannot decode), not an HTML page, nests unclosed elements deeper than <see cref="MaxNestingDepth"/>,
    /// or has no body text. The message names the full path.
    /// </exception>
    public static Readout Load(string path, string? side = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        var name = Path.GetFileName(path);
        var full = Path.GetFullPath(path);
        var html = HtmlDecoding.Decode(Readout.ReadFileBytes(path, MaxFileBytes), full);
        try
        {
            return Parse(html, side, sourceUrl: null, name);
        }
        catch (ReadoutFormatException e) when (e.Message.StartsWith(name + ": ", StringComparison.Ordinal))
        {
            // Parse names the page by its file name; from a file, the message names the full path.
            throw new ReadoutFormatException(full + e.Message[name.Length..], e);
        }
    }

    /// <summary>Reads the HTML of a saved readout page.</summary>
    /// <param name="html">The page's HTML source.</param>
    /// <param name="side">The side, overriding the one inferred from the publisher, URL or site.</param>
    /// <param name="sourceUrl">Where the page came from, when the page does not say (canonical link and <c>og:url</c> win); also used to choose the site profile.</param>
    /// <param name="name">A short name for messages and reports, e.g. the file name.</param>
    /// <exception cref="ArgumentNullException"><paramref name="html"/> is null.</exception>
    /// <exception cref="ReadoutFormatException">
    /// The input is not an HTML page (it is empty, binary, or does not start with markup after white space and a
    /// byte-order mark, e.g. plain text or JSON), nests unclosed elements deeper than <see cref="MaxNestingDepth"/>,
    /// or the page has no body text once navigation and furniture are removed.
    /// </exception>
    public static Readout Parse(string html, string? side = null, string? sourceUrl = null, string? name = null)
    {
        ArgumentNullException.ThrowIfNull(html);
        var label = name ?? "page";
        CheckLooksLikeHtml(html, label);
        if (NestingScan.MaxDepth(html) is var depth and > MaxNestingDepth)
        {
            throw new ReadoutFormatException(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{label}: the page nests elements {depth:N0} deep, over the limit of {MaxNestingDepth:N0}"));
        }

        var parser = new HtmlParser(new HtmlParserOptions { SkipComments = true, SkipCDATA = true, SkipScriptText = true, SkipProcessingInstructions = true });
        using var document = parser.ParseDocument(html);
        if (!document.All.Any(e => e.LocalName is not ("html" or "head" or "body") && e is not IHtmlUnknownElement))
        {
            throw new ReadoutFormatException($"{label}: not an HTML page (no HTML elements found)");
        }

        var source = SourceUrl(document, sourceUrl, html);
        var host = HostOf(source) ?? HostOf(sourceUrl);
        var profile = SiteProfile.Known.FirstOrDefault(p => p.Matches(host, document)) ?? SiteProfile.Generic;

        var title = TitleOf(document, profile);
        var roots = ContentRoots(document, profile);
        var skip = SkippedElements(roots, profile);
        var paragraphs = HtmlText.Paragraphs(roots, skip);
        if (title is not null && paragraphs.Count > 0 && string.Equals(paragraphs[0], title, StringComparison.Ordinal))
        {
            paragraphs.RemoveAt(0);
        }

        if (paragraphs.Count == 0)
        {
            throw new ReadoutFormatException($"{label}: the page has no body text");
        }

        var date = DateOf(document, profile, roots);
        var publisher = PublisherOf(document, profile);
        var resolved = side ?? SideResolver.FromPublisher(publisher) ?? SideResolver.FromSource(source) ?? profile.Side ?? SideResolver.Unknown;
        var language = document.DocumentElement.GetAttribute("lang")?.Trim();
        var headers = ImmutableDictionary.CreateBuilder<string, string>(StringComparer.OrdinalIgnoreCase);
        headers["format"] = "html";
        headers["profile"] = profile.Name;
        Add(headers, "title", title);
        Add(headers, "date", date);
        Add(headers, "publisher", publisher);
        Add(headers, "source", source);
        Add(headers, "language", string.IsNullOrEmpty(language) ? null : language);
        if (side is not null)
        {
            headers["side"] = side;
        }

        return new Readout(string.Join("\n\n", paragraphs) + "\n", SideResolver.Canonical(resolved))
        {
            Title = title,
            Date = date,
            Publisher = publisher,
            Source = source,
            Language = string.IsNullOrEmpty(language) ? null : language,
            Name = name,
            Headers = headers.ToImmutable(),
        };
    }

    private static void Add(ImmutableDictionary<string, string>.Builder headers, string key, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            headers[key] = value;
        }
    }

    private static void CheckLooksLikeHtml(string html, string label)
    {
        var start = 0;
        while (start < html.Length && (char.IsWhiteSpace(html[start]) || html[start] == '\uFEFF'))
        {
            start++;
        }

        if (start == html.Length)
        {
            throw new ReadoutFormatException($"{label}: the page is empty");
        }

        var controls = 0;
        foreach (var c in html)
        {
            if (c == '\0')
            {
                throw new ReadoutFormatException($"{label}: not an HTML page (it contains NUL characters)");
            }

            if (char.IsControl(c) && !char.IsWhiteSpace(c))
            {
                controls++;
            }
        }

        if (controls > 16 && controls > html.Length / 200)
        {
            throw new ReadoutFormatException($"{label}: not an HTML page (binary content: {controls} control characters)");
        }

        if (html[start] != '<')
        {
            throw new ReadoutFormatException($"{label}: not an HTML page (it does not start with markup)");
        }
    }

    /// <summary>The page's own URL: canonical link, og:url, the caller's URL, then a "saved from url=" comment. Only http(s).</summary>
    private static string? SourceUrl(IDocument document, string? sourceUrl, string html)
    {
        var given = HttpUri(sourceUrl, null);
        var canonical = HttpUri(document.QuerySelector("link[rel~=canonical][href]")?.GetAttribute("href"), given);
        var og = HttpUri(document.QuerySelector("meta[property='og:url'][content]")?.GetAttribute("content"), given);
        var saved = SavedFrom().Match(html.Length > 4096 ? html[..4096] : html);
        return (canonical ?? og ?? given ?? (saved.Success ? HttpUri(saved.Groups[1].Value, null) : null))?.AbsoluteUri;
    }

    /// <summary>An absolute http or https URI from <paramref name="url"/> (relative ones resolved against <paramref name="baseUri"/>), or null.</summary>
    private static Uri? HttpUri(string? url, Uri? baseUri)
    {
        if (string.IsNullOrWhiteSpace(url))
        {
            return null;
        }

        // Only http(s) URLs count; on Unix "/path" parses as an absolute file URI, so relative forms go through the base.
        var trimmed = url.Trim();
        Uri? uri;
        if (trimmed.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || trimmed.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
        {
            Uri.TryCreate(trimmed, UriKind.Absolute, out uri);
        }
        else if (trimmed.StartsWith("//", StringComparison.Ordinal))
        {
            Uri.TryCreate((baseUri?.Scheme ?? "https") + ":" + trimmed, UriKind.Absolute, out uri);
        }
        else if (baseUri is null || trimmed.Contains(':', StringComparison.Ordinal) && !trimmed.StartsWith('/'))
        {
            return null;
        }
        else
        {
            Uri.TryCreate(baseUri, trimmed, out uri);
        }

        return uri is { Scheme: "http" or "https" } ? uri : null;
    }

    private static string? HostOf(string? url) => Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" ? uri.Host : null;

    private static string? Meta(IDocument document, string selector) =>
        document.QuerySelector(selector)?.GetAttribute("content") is { } value && !string.IsNullOrWhiteSpace(value) ? Clean(value) : null;

    private static string Clean(string text) => HtmlText.Collapse(new System.Text.StringBuilder(text));

    private static string? TitleOf(IDocument document, SiteProfile profile)
    {
        foreach (var selector in profile.Title)
        {
            if (document.QuerySelector(selector) is { } element && Clean(element.TextContent) is { Length: > 0 } text)
            {
                return text;
            }
        }

        if (Meta(document, "meta[property='og:title']") is { } og)
        {
            return og;
        }

        var title = document.Title is { } t ? Clean(t) : "";
        if (title.Length == 0)
        {
            return null;
        }

        // "Readout of the call | The White House": drop a short site name after the last separator.
        foreach (var separator in new[] { " | ", " – ", " — ", " - ", "_" })
        {
            var at = title.LastIndexOf(separator, StringComparison.Ordinal);
            if (at > 0 && title.Length - at - separator.Length <= 60)
            {
                return title[..at].TrimEnd();
            }
        }

        return title;
    }

    private static string? DateOf(IDocument document, SiteProfile profile, List<IElement> roots)
    {
        foreach (var selector in profile.Date)
        {
            foreach (var element in document.QuerySelectorAll(selector))
            {
                if ((HtmlDates.ToIso(element.GetAttribute("datetime")) ?? HtmlDates.ToIso(element.TextContent)) is { } date)
                {
                    return date;
                }
            }
        }

        foreach (var selector in new[]
        {
            "meta[property='article:published_time']", "meta[name='govuk:first-published-at']", "meta[name='PubDate']",
            "meta[name='pubdate']", "meta[name='publishdate']", "meta[name='date']", "meta[name='DC.date']", "meta[itemprop='datePublished']",
        })
        {
            if (HtmlDates.ToIso(Meta(document, selector)) is { } date)
            {
                return date;
            }
        }

        return roots.SelectMany(r => r.QuerySelectorAll("time[datetime]")).Select(t => HtmlDates.ToIso(t.GetAttribute("datetime"))).FirstOrDefault(d => d is not null);
    }

    private static string? PublisherOf(IDocument document, SiteProfile profile)
    {
        if (profile == SiteProfile.GovUk && Meta(document, "meta[name='govuk:primary-publishing-organisation']") is { } organisation)
        {
            return organisation;
        }

        return Meta(document, "meta[property='og:site_name']") ?? profile.Publisher ?? Meta(document, "meta[name='author']");
    }

    /// <summary>The elements whose text is the body: the profile's content selectors, else the largest block of paragraphs.</summary>
    private static List<IElement> ContentRoots(IDocument document, SiteProfile profile)
    {
        var body = document.Body ?? document.DocumentElement;
        foreach (var selector in profile.Content)
        {
            var found = body.QuerySelectorAll(selector).Where(e => VisibleLength(e) > 0).ToList();
            if (found.Count == 0)
            {
                continue;
            }

            // Document order; an element inside another found one is covered by it.
            var roots = found.Where(e => !found.Any(o => o != e && o.Contains(e))).ToList();
            if (profile != SiteProfile.Generic || roots.Count == 1)
            {
                return roots;
            }

            return [roots.MaxBy(VisibleLength)!];
        }

        return [LargestBlock(body)];
    }

    /// <summary>
    /// The element holding the most paragraph text (each paragraph counts fully for its parent, half for the
    /// grandparent), provided it holds at least half the page's text; otherwise the whole body.
    /// </summary>
    private static IElement LargestBlock(IElement body)
    {
        var scores = new Dictionary<IElement, double>();
        foreach (var paragraph in body.QuerySelectorAll("p, li, pre, blockquote, td"))
        {
            var length = Clean(paragraph.TextContent).Length;
            if (paragraph.ParentElement is { } parent)
            {
                scores[parent] = scores.GetValueOrDefault(parent) + length;
                if (parent.ParentElement is { } grand)
                {
                    scores[grand] = scores.GetValueOrDefault(grand) + (length / 2.0);
                }
            }
        }

        if (scores.Count == 0)
        {
            return body;
        }

        var best = scores.MaxBy(s => s.Value).Key;
        return VisibleLength(best) * 2 >= VisibleLength(body) ? best : body;
    }

    private static int VisibleLength(IElement element)
    {
        var length = 0;
        foreach (var node in element.GetDescendants())
        {
            if (node.NodeType == NodeType.Text && node.ParentElement?.LocalName is not ("script" or "style" or "template" or "noscript"))
            {
                foreach (var c in node.TextContent)
                {
                    if (!char.IsWhiteSpace(c))
                    {
                        length++;
                    }
                }
            }
        }

        return length;
    }

    /// <summary>Elements inside the roots that are not body text: common furniture, the profile's noise, noise by class or id.</summary>
    private static HashSet<IElement> SkippedElements(List<IElement> roots, SiteProfile profile)
    {
        var skip = new HashSet<IElement>();
        var total = roots.Sum(VisibleLength);
        foreach (var root in roots)
        {
            foreach (var element in root.QuerySelectorAll(string.Join(", ", SiteProfile.CommonNoise.Concat(profile.Noise))))
            {
                skip.Add(element);
            }

            foreach (var element in root.QuerySelectorAll("[class], [id], [style]"))
            {
                if (skip.Contains(element))
                {
                    continue;
                }

                if (IsHiddenByStyle(element.GetAttribute("style")))
                {
                    skip.Add(element);
                }
                else if (HasNoiseName(element) && VisibleLength(element) * 2 < total)
                {
                    // A wrapper named like furniture that holds most of the text is the content after all.
                    skip.Add(element);
                }
            }
        }

        return skip;
    }

    private static bool IsHiddenByStyle(string? style)
    {
        if (string.IsNullOrEmpty(style))
        {
            return false;
        }

        var compact = style.Replace(" ", "", StringComparison.Ordinal).ToLowerInvariant();
        return compact.Contains("display:none", StringComparison.Ordinal) || compact.Contains("visibility:hidden", StringComparison.Ordinal);
    }

    private static bool HasNoiseName(IElement element)
    {
        foreach (var name in element.ClassList.Append(element.Id ?? ""))
        {
            if (NoiseWords.Contains(" " + name.ToLowerInvariant() + " ", StringComparison.Ordinal))
            {
                return true;
            }

            foreach (var word in name.Split(['-', '_'], StringSplitOptions.RemoveEmptyEntries))
            {
                if (NoiseWords.Contains(" " + word.ToLowerInvariant() + " ", StringComparison.Ordinal))
                {
                    return true;
                }
            }
        }

        return false;
    }

    [GeneratedRegex(@"saved from url=\(\d+\)(\S+?)\s*-->", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex SavedFrom();
}
