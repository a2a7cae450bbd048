using System.Globalization;

namespace Statements.Text;

/// <summary>
/// The default <see cref="ITextNormalizer"/>: maps characters one for one so offsets never move.
/// Typographic quote marks become straight quotes (a backtick, used as a quotation mark in some sources, a double one), unusual spaces become a plain space,
/// dashes become a hyphen, a carriage return before a line feed becomes a space (and a lone one a line
/// feed), and control or unpaired surrogate characters become a space. Case is kept.
/// </summary>
public sealed class TextNormalizer : ITextNormalizer
{
    /// <summary>The shared instance; it holds no state.</summary>
    public static TextNormalizer Instance { get; } = new();

    /// <inheritdoc />
    public string Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return string.Create(text.Length, text, static (destination, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                destination[i] = Map(source, i);
            }
        });
    }

    private static char Map(string text, int i)
    {
        var c = text[i];
        if (c < 0x80)
        {
            return c switch
            {
                '`' => '"',
                '\r' => i + 1 < text.Length && text[i + 1] == '\n' ? ' ' : '\n',
                '\n' or '\t' => c,
                _ when c < 0x20 || c == 0x7F => ' ',
                _ => c,
            };
        }

        switch (c)
        {
            case '\u2018' or '\u2019' or '\u201A' or '\u201B' or '\u00B4' or '\u2032' or '\u02BC':
                return '\'';
            case '\u201C' or '\u201D' or '\u201E' or '\u201F' or '\u2033' or '\u00AB' or '\u00BB':
                return '"';
            case '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2015' or '\u2212':
                return '-';
            case '\u2028' or '\u2029' or '\u0085':
                return '\n';
            case '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF' or '\u00AD' or '\u200E' or '\u200F':
                return ' ';
        }

        if (char.IsSurrogate(c))
        {
            var paired = char.IsHighSurrogate(c)
                ? i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])
                : i > 0 && char.IsHighSurrogate(text[i - 1]);
            return paired ? c : ' ';
        }

        var category = CharUnicodeInfo.GetUnicodeCategory(c);
        return category switch
        {
            UnicodeCategory.SpaceSeparator => ' ',
            UnicodeCategory.Control or UnicodeCategory.Format => ' ',
            _ => c,
        };
    }
}
