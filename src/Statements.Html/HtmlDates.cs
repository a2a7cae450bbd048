using System.Globalization;
using System.Text.RegularExpressions;

namespace Statements.Html;

/// <summary>Finds a calendar date in an attribute or a line of page text and writes it as ISO yyyy-mm-dd.</summary>
internal static partial class HtmlDates
{
    private static readonly string[] Months =
        ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

    /// <summary>The first date in <paramref name="text"/> as yyyy-mm-dd, or null (also when a pattern times out on hostile text).</summary>
    public static string? ToIso(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        try
        {
            return FirstDate(text);
        }
        catch (RegexMatchTimeoutException)
        {
            return null;
        }
    }

    private static string? FirstDate(string text)
    {

        var numeric = NumericYearFirst().Match(text);
        if (numeric.Success && Make(numeric.Groups[1].Value, numeric.Groups[2].Value, numeric.Groups[3].Value) is { } iso)
        {
            return iso;
        }

        var monthFirst = MonthFirst().Match(text);
        if (monthFirst.Success && MonthNumber(monthFirst.Groups[1].Value) is { } m1 && Make(monthFirst.Groups[3].Value, m1, monthFirst.Groups[2].Value) is { } iso1)
        {
            return iso1;
        }

        var dayFirst = DayFirst().Match(text);
        if (dayFirst.Success && MonthNumber(dayFirst.Groups[2].Value) is { } m2 && Make(dayFirst.Groups[3].Value, m2, dayFirst.Groups[1].Value) is { } iso2)
        {
            return iso2;
        }

        var dotted = DayFirstDotted().Match(text);
        return dotted.Success ? Make(dotted.Groups[3].Value, dotted.Groups[2].Value, dotted.Groups[1].Value) : null;
    }

    private static string? MonthNumber(string name)
    {
        var lower = name.ToLowerInvariant().TrimEnd('.');
        for (var i = 0; i < Months.Length; i++)
        {
            if (lower.Length >= 3 && Months[i].StartsWith(lower, StringComparison.Ordinal) && (lower.Length == Months[i].Length || lower.Length <= 4))
            {
                return (i + 1).ToString(CultureInfo.InvariantCulture);
            }
        }

        return lower == "sept" ? "9" : null;
    }

    private static string? Make(string year, string month, string day)
    {
        if (!int.TryParse(year, NumberStyles.None, CultureInfo.InvariantCulture, out var y)
            || !int.TryParse(month, NumberStyles.None, CultureInfo.InvariantCulture, out var m)
            || !int.TryParse(day, NumberStyles.None, CultureInfo.InvariantCulture, out var d)
            || y < 1900 || y > 2200 || m < 1 || m > 12 || d < 1 || d > DateTime.DaysInMonth(y, m))
        {
            return null;
        }

        return new DateOnly(y, m, d).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    }

    [GeneratedRegex(@"(?<!\d)(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})(?!\d)", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex NumericYearFirst();

    [GeneratedRegex(@"\b([A-Za-z]{3,9}\.?)\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex MonthFirst();

    [GeneratedRegex(@"\b(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]{3,9}\.?),?\s+(\d{4})\b", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex DayFirst();

    [GeneratedRegex(@"(?<!\d)(\d{1,2})\.(\d{1,2})\.(\d{4})(?!\d)", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex DayFirstDotted();
}
