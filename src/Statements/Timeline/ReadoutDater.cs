using System.Globalization;
using Statements.Language;
using Statements.Text;

namespace Statements.Timeline;

/// <summary>
/// Dates a readout: its <c>date</c> header (ISO yyyy-mm-dd, or a date in words), else the first full date written in its
/// title or text ("November 14, 2022", "14 November 2022"), else none. Month names come from the language's
/// <c>months</c> list (calendar order). Stateless and thread-safe.
/// </summary>
internal sealed class ReadoutDater
{
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> months;

    public ReadoutDater(ReadoutLanguage language)
    {
        var names = language.Words(LanguageLists.Months);
        var map = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < names.Length && i < 12; i++)
        {
            map[names[i]] = i + 1;
        }

        months = map.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public (DateOnly? Date, TimelineDateSource Source) Date(Readout readout)
    {
        if (readout.Date is { } header)
        {
            if (DateOnly.TryParseExact(header.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var iso))
            {
                return (iso, TimelineDateSource.Header);
            }

            if (InWords(header) is { } written)
            {
                return (written, TimelineDateSource.Header);
            }
        }

        var found = (readout.Title is null ? null : InWords(readout.Title)) ?? InWords(readout.Text);
        return found is { } date ? (date, TimelineDateSource.Text) : (null, TimelineDateSource.Undated);
    }

    /// <summary>The first full date in words: month day, year or day month year.</summary>
    internal DateOnly? InWords(string text)
    {
        var tokens = WordTokenizer.Tokenize(text);
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!tokens[i].IsWord || !months.TryGetValue(tokens[i].LowerView, out var month))
            {
                continue;
            }

            // Month day[,] year
            if (i + 2 < tokens.Count && Day(text, tokens[i + 1]) is { } day)
            {
                var y = i + 2 < tokens.Count && tokens[i + 2].LowerView is "," ? i + 3 : i + 2;
                if (y < tokens.Count && Year(text, tokens[y]) is { } year && Make(year, month, day) is { } date)
                {
                    return date;
                }
            }

            // day Month year
            if (i > 0 && i + 1 < tokens.Count && Day(text, tokens[i - 1]) is { } d && Year(text, tokens[i + 1]) is { } yr && Make(yr, month, d) is { } date2)
            {
                return date2;
            }
        }

        return null;
    }

    private static int? Day(string text, Token token) =>
        token.Kind == TokenKind.Number && token.Length <= 2 && int.TryParse(text.AsSpan(token.Start, token.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var d) && d is >= 1 and <= 31 ? d : null;

    private static int? Year(string text, Token token) =>
        token.Kind == TokenKind.Number && token.Length == 4 && int.TryParse(text.AsSpan(token.Start, token.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var y) && y is >= 1900 and <= 2200 ? y : null;

    private static DateOnly? Make(int year, int month, int day) => day <= DateTime.DaysInMonth(year, month) ? new DateOnly(year, month, day) : null;
}
