namespace Statements;

/// <summary>
/// The language of a readout's text guessed from its script, for a readout whose header names none: Han characters
/// dominant (each counted as three letters, about the information of a word's share of an English one, they outnumber
/// the Latin letters) give "zh-Hans" or "zh-Hant" by whether more characters are simplified-only or traditional-only
/// forms (<see cref="HanCharacters"/>), "zh" when neither kind is there or they are equal, and "ja" when kana make at
/// least a tenth of the characters; otherwise Latin letters give "en", the one Latin-script language the library reads;
/// a text with neither (empty, digits only, another script) gives null.
/// </summary>
internal static class ScriptLanguage
{
    public static string? Detect(string text)
    {
        int han = 0, kana = 0, latin = 0, simplified = 0, traditional = 0;
        foreach (var c in text)
        {
            if (HanCharacters.IsHan(c))
            {
                han++;
                simplified += HanCharacters.IsSimplifiedOnly(c) ? 1 : 0;
                traditional += HanCharacters.IsTraditionalOnly(c) ? 1 : 0;
            }
            else if (HanCharacters.IsHanHighSurrogate(c))
            {
                han++;
            }
            else if (c is (>= '\u3041' and <= '\u309F') or (>= '\u30A0' and <= '\u30FF'))
            {
                kana++;
            }
            else if (char.IsAsciiLetter(c) || (c is >= '\u00C0' and <= '\u024F' && char.IsLetter(c)))
            {
                latin++;
            }
        }

        if ((long)(han + kana) * 3 > latin)
        {
            return kana * 10 >= han + kana ? "ja"
                : simplified > traditional ? "zh-Hans"
                : traditional > simplified ? "zh-Hant"
                : "zh";
        }

        return latin > 0 ? "en" : null;
    }
}
