namespace Statements.Text;

/// <summary>Whether a readout or a text is Chinese, for choosing the rules it is read with.</summary>
internal static class ScriptDetector
{
    /// <summary>
    /// Whether a readout is Chinese: its <see cref="Readout.Language"/> (given in the header, or guessed from the script
    /// when the file was read) starts with "zh", or its script says Chinese whatever the header claims
    /// (<see cref="ScriptLanguage"/>): a Chinese text labelled English is still read with the Chinese rules, which are
    /// the ones that can read it.
    /// </summary>
    public static bool IsChinese(Readout readout) =>
        readout.Language?.StartsWith("zh", StringComparison.OrdinalIgnoreCase) == true || IsChinese(readout.Text);

    /// <summary>Whether a text (a claim, a sentence) is written in Chinese, by the same rule (<see cref="ScriptLanguage"/>).</summary>
    public static bool IsChinese(string text) => ScriptLanguage.Detect(text)?.StartsWith("zh", StringComparison.OrdinalIgnoreCase) == true;
}
