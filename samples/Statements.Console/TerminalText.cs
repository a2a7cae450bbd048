using System.Globalization;
using System.Text;

namespace Statements.ConsoleApp;

/// <summary>
/// Makes text from input (readout text, headers, folder and file names, messages quoting them) safe to show on a
/// terminal: escape sequences and control characters are shown, never obeyed. ESC becomes the two characters
/// <c>\e</c> (so "clear screen" reads <c>\e[2J</c>), other C0 controls their Unicode control pictures (bell: ␇, a lone
/// carriage return: ␍), DEL ␡, and the C1 controls (U+0080 to U+009F, which some terminals obey as escapes) <c>\x9B</c>
/// and the like. Line feeds, tabs and CR LF pairs stay. The report's own colours are added after this, by Spectre.
/// </summary>
internal static class TerminalText
{
    /// <summary>The text with every control character made visible; the same string when there is none.</summary>
    public static string Visible(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return text ?? "";
        }

        var i = 0;
        while (i < text.Length && !Unsafe(text, i))
        {
            i++;
        }

        if (i == text.Length)
        {
            return text;
        }

        var sb = new StringBuilder(text.Length + 16).Append(text, 0, i);
        for (; i < text.Length; i++)
        {
            var c = text[i];
            if (!Unsafe(text, i))
            {
                sb.Append(c);
            }
            else if (c == '\u001b')
            {
                sb.Append("\\e");
            }
            else if (c < ' ')
            {
                sb.Append((char)(0x2400 + c));
            }
            else if (c == '\u007f')
            {
                sb.Append('\u2421');
            }
            else
            {
                sb.Append("\\x").Append(((int)c).ToString("X2", CultureInfo.InvariantCulture));
            }
        }

        return sb.ToString();
    }

    /// <summary><see cref="Visible"/>, then escaped for Spectre markup.</summary>
    public static string Markup(string? text) => Spectre.Console.Markup.Escape(Visible(text));

    private static bool Unsafe(string text, int i)
    {
        var c = text[i];
        return c switch
        {
            '\n' or '\t' => false,
            '\r' => i + 1 >= text.Length || text[i + 1] != '\n',
            < ' ' or '\u007f' => true,
            >= '\u0080' and <= '\u009f' => true,
            _ => false,
        };
    }
}
