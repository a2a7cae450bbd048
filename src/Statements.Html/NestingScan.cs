namespace Statements.Html;

/// <summary>
/// Estimates, in one pass over the source, how deep a page nests elements that are left open. HTML parsers keep
/// every open element on a stack and scan it for many start tags, so a page that opens a hundred thousand
/// elements without closing them takes quadratic time to parse; such a page is refused before parsing.
/// </summary>
internal static class NestingScan
{
    private static readonly HashSet<string> NotNesting = new(StringComparer.OrdinalIgnoreCase)
    {
        // Void elements, and elements a following sibling closes implicitly.
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr", "keygen",
        "p", "li", "dt", "dd", "option", "optgroup", "tr", "td", "th", "thead", "tbody", "tfoot", "rb", "rt", "rtc", "rp",
        "html", "head", "body",
    };

    private static readonly HashSet<string> RawText = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes", "noscript", "plaintext",
    };

    /// <summary>The deepest estimated nesting of elements in <paramref name="html"/>.</summary>
    public static int MaxDepth(string html)
    {
        var depth = 0;
        var max = 0;
        var i = 0;
        while ((i = html.IndexOf('<', i)) >= 0 && i + 1 < html.Length)
        {
            if (string.CompareOrdinal(html, i, "<!--", 0, 4) == 0)
            {
                var end = html.IndexOf("-->", i + 4, StringComparison.Ordinal);
                i = end < 0 ? html.Length : end + 3;
                continue;
            }

            var closing = html[i + 1] == '/';
            var start = closing ? i + 2 : i + 1;
            var nameEnd = start;
            while (nameEnd < html.Length && (char.IsAsciiLetterOrDigit(html[nameEnd]) || html[nameEnd] == '-'))
            {
                nameEnd++;
            }

            if (nameEnd == start || !char.IsAsciiLetter(html[start]))
            {
                i++;
                continue;
            }

            var name = html[start..nameEnd];
            var tagEnd = html.IndexOf('>', nameEnd);
            if (tagEnd < 0)
            {
                break;
            }

            if (closing)
            {
                if (!NotNesting.Contains(name))
                {
                    depth = Math.Max(0, depth - 1);
                }
            }
            else if (RawText.Contains(name))
            {
                var end = html.IndexOf("</" + name, tagEnd, StringComparison.OrdinalIgnoreCase);
                tagEnd = end < 0 ? html.Length - 1 : end - 1;
            }
            else if (!NotNesting.Contains(name) && html[tagEnd - 1] != '/')
            {
                depth++;
                max = Math.Max(max, depth);
            }

            i = tagEnd + 1;
        }

        return max;
    }
}
