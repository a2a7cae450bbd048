namespace Statements.Text;

/// <summary>Which script a readout is written in, for choosing its language where the header names none.</summary>
internal static class ScriptDetector
{
    /// <summary>
    /// Whether a readout is Chinese: its <see cref="Readout.Language"/> starts with "zh", or it names no language and at
    /// least 30% of the letters of its first 4,000 characters are CJK ideographs (a Chinese text quoting English names
    /// stays Chinese; an English text quoting a Chinese phrase stays English).
    /// </summary>
    public static bool IsChinese(Readout readout)
    {
        if (readout.Language is { Length: > 0 } tag)
        {
            return tag.StartsWith("zh", StringComparison.OrdinalIgnoreCase);
        }

        return HanShare(readout.Text) >= ChineseShare;
    }

    /// <summary>The share of ideographs among letters from which a text counts as Chinese.</summary>
    public const double ChineseShare = 0.3;

    /// <summary>The share of ideographs among the letters of the first 4,000 characters of <paramref name="text"/>.</summary>
    public static double HanShare(string text)
    {
        var letters = 0;
        var han = 0;
        var end = Math.Min(text.Length, 4000);
        for (var i = 0; i < end; i++)
        {
            if (WordTokenizer.IsIdeograph(text[i]))
            {
                han++;
                letters++;
            }
            else if (char.IsLetter(text[i]))
            {
                letters++;
            }
        }

        return letters == 0 ? 0 : (double)han / letters;
    }
}
