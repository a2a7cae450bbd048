using System.Text;
using System.Text.RegularExpressions;

namespace Statements.Html;

/// <summary>
/// Turns a saved page's bytes into text: UTF-8 (with or without a byte-order mark, invalid sequences refused, as
/// plain readout files are), UTF-16 with a byte-order mark, or the legacy character set the page declares in a
/// <c>meta</c> element (e.g. GBK, Windows-1251) when the bytes are not UTF-8; a page that is not UTF-8 and declares
/// nothing is read as GB 18030 or Big5 when <see cref="Readout.DecodeText"/> recognises one.
/// </summary>
internal static partial class HtmlDecoding
{
    public static string Decode(byte[] bytes, string name)
    {
        if (bytes.Length >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF)))
        {
            var utf16 = new UnicodeEncoding(bigEndian: bytes[0] == 0xFE, byteOrderMark: false, throwOnInvalidBytes: true);
            try
            {
                return utf16.GetString(bytes, 2, bytes.Length - 2);
            }
            catch (DecoderFallbackException e)
            {
                throw new ReadoutFormatException($"{name}: not UTF-16 text (invalid byte sequence after a UTF-16 byte-order mark)", e);
            }
        }

        // A page that is not UTF-8 and declares its character set is read in that one, before the readout reader's
        // own recognition of GB 18030 and Big5 (which still reads an undeclared Chinese page).
        if (!System.Text.Unicode.Utf8.IsValid(bytes) && DeclaredLabel(bytes) is { } label)
        {
            return DecodeDeclared(bytes, label, name);
        }

        try
        {
            return Readout.DecodeText(bytes, name);
        }
        catch (ReadoutFormatException e) when (e.InnerException is DecoderFallbackException)
        {
            throw new ReadoutFormatException($"{name}: not UTF-8 text (invalid byte sequence), nor recognisably GB18030 or Big5, and the page declares no other character set", e.InnerException);
        }
    }

    private static string DecodeDeclared(byte[] bytes, string label, string name)
    {
        var declared = EncodingFor(label)
            ?? throw new ReadoutFormatException($"{name}: not UTF-8 text, and the page declares the character set \"{label}\", which this runtime cannot decode");
        try
        {
            return declared.GetString(bytes);
        }
        catch (DecoderFallbackException inner)
        {
            throw new ReadoutFormatException($"{name}: not valid {declared.WebName} text, the character set the page declares", inner);
        }
        catch (Exception inner) when (inner is ArgumentException or NotSupportedException or PlatformNotSupportedException)
        {
            throw new ReadoutFormatException($"{name}: the page declares the character set \"{label}\", which this runtime cannot decode", inner);
        }
    }

    /// <summary>The non-UTF-8 character set a page declares in its first 4 KiB, with a throwing decoder, or null.</summary>
    internal static Encoding? DeclaredEncoding(byte[] bytes) => DeclaredLabel(bytes) is { } label ? EncodingFor(label) : null;

    /// <summary>The character set label a page declares in its first 4 KiB, lower case, unless it is UTF-8; or null.</summary>
    internal static string? DeclaredLabel(byte[] bytes)
    {
        var head = Encoding.Latin1.GetString(bytes, 0, Math.Min(bytes.Length, 4096));
        var match = CharsetPattern().Match(head);
        if (!match.Success)
        {
            return null;
        }

        var label = match.Groups[1].Value.Trim().ToLowerInvariant();
        return label is "utf-8" or "utf8" or "unicode-1-1-utf-8" ? null : label;
    }

    /// <summary>A strict decoder for a declared label, or null when the runtime has no decoder for it.</summary>
    internal static Encoding? EncodingFor(string label)
    {
        // GB2312 pages in practice use GBK's wider repertoire, as browsers assume.
        label = label is "gb2312" or "x-gbk" ? "gbk" : label;
        try
        {
            var encoding = System.Text.CodePagesEncodingProvider.Instance.GetEncoding(label) ?? Encoding.GetEncoding(label);
            var strict = (Encoding)encoding.Clone();
            strict.DecoderFallback = DecoderFallback.ExceptionFallback;
            return strict;
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or PlatformNotSupportedException)
        {
            return null;
        }
    }

    [GeneratedRegex(@"<meta[^>]+charset\s*=\s*[""']?\s*([A-Za-z0-9_:.\-]+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex CharsetPattern();
}
