using System.Text;

namespace Statements;

/// <summary>
/// Recognises a Chinese file that is neither UTF-8 nor marked: it decodes the bytes as GB 18030 and as Big5
/// (strictly) and keeps the decoding that reads as Chinese text (<see cref="Plausibility"/>). Both decoders accept
/// much of the other's byte space, so a wrong decoding often succeeds too, but gives characters spread over the
/// whole repertoire, where a right one is mostly frequent characters and CJK punctuation. The taken decoding must be
/// plausible enough and lead the other clearly; otherwise nothing is guessed and the file is refused. Measured
/// (<c>EncodingTests</c>): no stretch of the corpus's Chinese originals, of our simplified or of our traditional text
/// is ever read in the wrong encoding; every stretch of 16 characters or more is recognised, and under 1% of the
/// stretches of 4 and 8 characters are refused (a header line <c>encoding:</c> then says what they are).
/// </summary>
internal static class EncodingDetector
{
    /// <summary>The least plausibility a decoding needs to be taken.</summary>
    public const double MinimumPlausibility = 0.6;

    /// <summary>How far the taken decoding's plausibility must lead the other's when both decode without error.</summary>
    public const double MinimumLead = 0.2;

    /// <summary>
    /// The text and encoding name ("gb18030" or "big5") of the plausible decoding; null when neither is plausible,
    /// or both are about equally (a few characters can be common characters in either reading: Big5 "邊關" reads
    /// "娩闽" in GB 18030), so nothing is guessed.
    /// </summary>
    public static (string Text, string Name)? Detect(byte[] bytes)
    {
        var gb = TryDecode(LegacyEncodings.Gb18030, bytes);
        var big5 = TryDecode(LegacyEncodings.Big5, bytes);
        var gbScore = gb is null ? -1 : Plausibility(gb);
        var big5Score = big5 is null ? -1 : Plausibility(big5);
        if (Math.Abs(gbScore - big5Score) < MinimumLead)
        {
            return null;
        }

        return gbScore > big5Score
            ? gbScore >= MinimumPlausibility ? (gb!, "gb18030") : null
            : big5Score >= MinimumPlausibility ? (big5!, "big5") : null;
    }

    /// <summary>
    /// How much the non-ASCII characters of <paramref name="text"/> look like Chinese text, 0 to 1: the mean over
    /// them of 1 for a frequent Han character (<see cref="HanCharacters.IsFrequent"/>) or CJK punctuation, 0.5 for
    /// another common one (<see cref="HanCharacters.IsCommon"/>), 0 for anything else; 0 when there are none.
    /// </summary>
    public static double Plausibility(string text)
    {
        int nonAscii = 0, halves = 0;
        foreach (var c in text)
        {
            if (c < 0x80)
            {
                continue;
            }

            nonAscii++;
            halves += HanCharacters.IsFrequent(c) || IsCjkPunctuation(c) ? 2 : HanCharacters.IsCommon(c) ? 1 : 0;
        }

        return nonAscii == 0 ? 0 : halves / (2.0 * nonAscii);
    }

    /// <summary>CJK symbols and punctuation (、。《》「」), full-width forms (，！？：；（）) and the quotes, dash, ellipsis and middle dot Chinese text uses.</summary>
    private static bool IsCjkPunctuation(char c) =>
        c is (>= '\u3000' and <= '\u303F') or (>= '\uFF01' and <= '\uFF5E') or '\u201C' or '\u201D' or '\u2018' or '\u2019' or '\u2014' or '\u2026' or '\u00B7';

    private static string? TryDecode(Encoding encoding, byte[] bytes)
    {
        try
        {
            return encoding.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }
}
