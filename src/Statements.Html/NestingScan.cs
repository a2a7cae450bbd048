namespace Statements.Html;

/// <summary>
/// Estimates, in one pass over the source, how deep a page nests elements that are left open. HTML parsers keep
/// every open element on a stack and scan it for many start tags, so a page that opens a hundred thousand
/// elements without closing them takes quadratic time to parse; such a page is refused before parsing.
/// </summary>
/// <remarks>
/// The scan reads markup as the parser (AngleSharp, scripting off) does where it matters for depth: a trailing slash
/// closes an element only inside SVG or MathML ("&lt;div/&gt;" opens a div); the contents of <c>noscript</c> are markup;
/// a comment also ends at "--!&gt;", and "&lt;!--&gt;" and "&lt;!---&gt;" are whole comments, so no markup hides in what only
/// looks like a comment.
/// </remarks>
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
        "script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes", "plaintext",
    };

    private static readonly HashSet<string> Foreign = new(StringComparer.OrdinalIgnoreCase) { "svg", "math" };

    /// <summary>The deepest estimated nesting of elements in <paramref name="html"/>.</summary>
    public static int MaxDepth(string html)
    {
        var depth = 0;
        var max = 0;
        var foreign = 0; // open svg or math elements: inside them a trailing slash closes an element
        var i = 0;
        while ((i = html.IndexOf('<', i)) >= 0 && i + 1 < html.Length)
        {
            if (string.CompareOrdinal(html, i, "<!--", 0, 4) == 0)
            {
                i = CommentEnd(html, i + 4);
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

            var selfClosed = html[tagEnd - 1] == '/' && foreign > 0;
            if (closing)
            {
                if (!NotNesting.Contains(name))
                {
                    depth = Math.Max(0, depth - 1);
                }

                foreign = Foreign.Contains(name) ? Math.Max(0, foreign - 1) : foreign;
            }
            else if (RawText.Contains(name))
            {
                var end = html.IndexOf("</" + name, tagEnd, StringComparison.OrdinalIgnoreCase);
                tagEnd = end < 0 ? html.Length - 1 : end - 1;
            }
            else if (!NotNesting.Contains(name) && !selfClosed && !(Foreign.Contains(name) && html[tagEnd - 1] == '/'))
            {
                depth++;
                max = Math.Max(max, depth);
                foreign += Foreign.Contains(name) ? 1 : 0;
            }

            i = tagEnd + 1;
        }

        return max;
    }

    /// <summary>The index after the comment whose text starts at <paramref name="from"/> (after "&lt;!--"), as the HTML tokenizer ends it.</summary>
    private static int CommentEnd(string html, int from)
    {
        if (from < html.Length && html[from] == '>')
        {
            return from + 1; // <!-->
        }

        if (from + 1 < html.Length && html[from] == '-' && html[from + 1] == '>')
        {
            return from + 2; // <!--->
        }

        var dashes = html.IndexOf("-->", from, StringComparison.Ordinal);
        var bang = html.IndexOf("--!>", from, StringComparison.Ordinal);
        return (dashes, bang) switch
        {
            (< 0, < 0) => html.Length,
            (< 0, _) => bang + 4,
            (_, < 0) => dashes + 3,
            _ => Math.Min(dashes + 3, bang + 4),
        };
    }
}
