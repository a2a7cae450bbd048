namespace Statements.Text;

/// <summary>Which script a readout is written in, for choosing its language where the header names none.</summary>
internal static class ScriptDetector
{
    /// <summary>
    /// Whether a readout is Chinese: its <see cref="Readout.Language"/> (given in the header, or guessed from the script
    /// when the file was read) starts with "zh", or its script says Chinese whatever the header claims
    /// (<see cref="ScriptLanguage"/>): a Chinese text labelled English is still read with the Chinese rules, which are
    /// the ones that can read it.
    /// </summary>
    public static bool IsChinese(Readout readout) =>
        readout.Language?.StartsWith("zh", StringComparison.OrdinalIgnoreCase) == true
        || ScriptLanguage.Detect(readout.Text)?.StartsWith("zh", StringComparison.OrdinalIgnoreCase) == true;

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
