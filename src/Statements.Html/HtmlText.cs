using System.Text;
using AngleSharp.Dom;

namespace Statements.Html;

/// <summary>
/// Writes the visible text of page elements as paragraphs: each block (p, li, headings, div, table row ...) is a
/// paragraph, paragraphs are separated by a blank line, white space inside one is collapsed to single spaces, and a
/// line break (<c>br</c>) starts a new line; two breaks in a row start a new paragraph. Skipped elements
/// contribute nothing. Walks the tree with an explicit stack, so deep nesting cannot overflow the call stack.
/// </summary>
internal sealed class HtmlText
{
    private static readonly HashSet<string> Blocks = new(StringComparer.Ordinal)
    {
        "address", "article", "aside", "blockquote", "body", "caption", "center", "dd", "details", "dialog", "dir", "div", "dl", "dt",
        "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "legend",
        "li", "listing", "main", "menu", "nav", "ol", "p", "plaintext", "pre", "section", "summary", "table", "tbody", "td", "tfoot",
        "th", "thead", "tr", "ul", "xmp",
    };

    private readonly List<string> paragraphs = [];
    private readonly List<StringBuilder> lines = [new()];

    private HtmlText() { }

    /// <summary>The paragraphs of <paramref name="roots"/>, in order, leaving out every element in <paramref name="skip"/>.</summary>
    public static List<string> Paragraphs(IEnumerable<IElement> roots, ISet<IElement> skip)
    {
        var writer = new HtmlText();
        foreach (var root in roots)
        {
            writer.Write(root, skip);
            writer.Flush();
        }

        return writer.paragraphs;
    }

    private void Write(IElement root, ISet<IElement> skip)
    {
        var stack = new Stack<(INode Node, bool Leaving)>();
        stack.Push((root, false));
        while (stack.Count > 0)
        {
            var (node, leaving) = stack.Pop();
            if (node is IElement element)
            {
                var name = element.LocalName;
                var block = Blocks.Contains(name);
                if (leaving)
                {
                    if (block)
                    {
                        Flush();
                    }
                    else if (name is "td" or "th")
                    {
                        Append(" ");
                    }

                    continue;
                }

                if (skip.Contains(element))
                {
                    continue;
                }

                if (name == "br")
                {
                    lines.Add(new StringBuilder());
                    continue;
                }

                if (block)
                {
                    Flush();
                }

                stack.Push((element, true));
                // Indexing the child list is constant time; PreviousSibling searches the parent's list each time.
                var children = element.ChildNodes;
                for (var i = children.Length - 1; i >= 0; i--)
                {
                    stack.Push((children[i], false));
                }
            }
            else if (node.NodeType == NodeType.Text)
            {
                Append(node.TextContent);
            }
        }
    }

    private void Append(string text) => lines[^1].Append(text);

    /// <summary>Ends the current paragraph: collapses white space per line, splits at empty lines.</summary>
    private void Flush()
    {
        var current = new List<string>();
        foreach (var line in lines)
        {
            var collapsed = Collapse(line);
            if (collapsed.Length == 0)
            {
                Emit(current);
            }
            else
            {
                current.Add(collapsed);
            }
        }

        Emit(current);
        lines.Clear();
        lines.Add(new StringBuilder());
    }

    private void Emit(List<string> current)
    {
        if (current.Count > 0)
        {
            paragraphs.Add(string.Join('\n', current));
            current.Clear();
        }
    }

    /// <summary>Collapses every run of white space (including no-break and ideographic spaces) to one space, drops control characters, and trims.</summary>
    internal static string Collapse(StringBuilder text)
    {
        var result = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var chunk in text.GetChunks())
        {
            foreach (var c in chunk.Span)
            {
                if (char.IsWhiteSpace(c))
                {
                    pendingSpace = result.Length > 0;
                    continue;
                }

                if (char.IsControl(c))
                {
                    continue;
                }

                if (pendingSpace)
                {
                    result.Append(' ');
                    pendingSpace = false;
                }

                result.Append(c);
            }
        }

        return result.ToString();
    }
}
