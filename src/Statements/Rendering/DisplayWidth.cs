using System.Globalization;
using System.Text;

namespace Statements.Rendering;

/// <summary>
/// How many terminal columns text takes: East Asian wide and full-width characters (Han, kana, Hangul, full-width
/// punctuation and forms, wide emoji) two, combining marks and format characters none, everything else one; and where
/// a line of such text may break. Stateless and thread-safe.
/// </summary>
internal static class DisplayWidth
{
    /// <summary>The columns <paramref name="text"/> takes.</summary>
    public static int Of(string text) => Of(text.AsSpan());

    /// <summary>The columns <paramref name="text"/> takes.</summary>
    public static int Of(ReadOnlySpan<char> text)
    {
        var width = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            width += Of(rune);
        }

        return width;
    }

    /// <summary>The columns one character takes: 0, 1 or 2.</summary>
    public static int Of(Rune rune)
    {
        var v = rune.Value;
        if (v < 0x300)
        {
            return v < 0x20 || v is >= 0x7F and < 0xA0 ? 0 : 1;
        }

        return Rune.GetUnicodeCategory(rune) is UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark or UnicodeCategory.Format
            ? 0
            : IsWide(v) ? 2 : 1;
    }

    /// <summary>East Asian Width W or F (Unicode's EastAsianWidth.txt, the blocks text uses).</summary>
    public static bool IsWide(int v) => v is
        (>= 0x1100 and <= 0x115F) or (>= 0x231A and <= 0x231B) or (>= 0x2329 and <= 0x232A) or (>= 0x2E80 and <= 0x303E)
        or (>= 0x3041 and <= 0x33FF) or (>= 0x3400 and <= 0x4DBF) or (>= 0x4E00 and <= 0x9FFF) or (>= 0xA000 and <= 0xA4CF)
        or (>= 0xA960 and <= 0xA97F) or (>= 0xAC00 and <= 0xD7A3) or (>= 0xF900 and <= 0xFAFF) or (>= 0xFE10 and <= 0xFE19)
        or (>= 0xFE30 and <= 0xFE6F) or (>= 0xFF00 and <= 0xFF60) or (>= 0xFFE0 and <= 0xFFE6) or (>= 0x1F300 and <= 0x1F64F)
        or (>= 0x1F900 and <= 0x1F9FF) or (>= 0x20000 and <= 0x2FFFD) or (>= 0x30000 and <= 0x3FFFD);

    /// <summary>
    /// The end of the longest head of <paramref name="text"/> that takes at most <paramref name="columns"/> and ends
    /// where East Asian text may break: between two characters one of which is wide, not before closing punctuation
    /// (，。」) nor after opening punctuation (「《). 0 when there is no such place.
    /// </summary>
    public static int BreakWithin(string text, int columns)
    {
        int used = 0, best = 0, index = 0;
        Rune? before = null;
        while (index < text.Length)
        {
            Rune.DecodeFromUtf16(text.AsSpan(index), out var rune, out var length);
            if (before is { } b && (IsWide(b.Value) || IsWide(rune.Value)) && !IsClosing(rune) && !IsOpening(b))
            {
                best = index;
            }

            used += Of(rune);
            if (used > columns)
            {
                return best;
            }

            before = rune;
            index += length;
        }

        return best;
    }

    /// <summary>The end of the longest head of <paramref name="text"/> that takes at most <paramref name="columns"/>, at least one character.</summary>
    public static int Fit(string text, int columns)
    {
        int used = 0, index = 0;
        while (index < text.Length)
        {
            Rune.DecodeFromUtf16(text.AsSpan(index), out var rune, out var length);
            used += Of(rune);
            if (used > columns && index > 0)
            {
                return index;
            }

            index += length;
        }

        return index;
    }

    private static bool IsClosing(Rune rune) => rune.Value < 0x10000 && "，。、；：？！）」』”’》〉】〕…·,.;:?!)]}".Contains((char)rune.Value, StringComparison.Ordinal);

    private static bool IsOpening(Rune rune) => rune.Value < 0x10000 && "（「『“‘《〈【〔([{".Contains((char)rune.Value, StringComparison.Ordinal);
}
