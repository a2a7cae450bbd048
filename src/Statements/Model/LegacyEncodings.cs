using System.Text;

namespace Statements;

/// <summary>
/// The encodings a readout file may be in besides the Unicode ones, as strict decoders (an invalid sequence
/// throws <see cref="DecoderFallbackException"/>), and the names an <c>encoding:</c> header line may give them.
/// The decoders come from <see cref="CodePagesEncodingProvider.Instance"/> directly, so nothing is registered
/// process-wide (no <see cref="Encoding.RegisterProvider"/>); the provider is part of the shared framework, so no
/// package is needed, and it works trimmed and under native AOT (checked by publishing a native AOT program that
/// reads a GBK and a Big5 file). An <see cref="Encoding"/> is safe to use from many threads.
/// </summary>
internal static class LegacyEncodings
{
    /// <summary>GB 18030 (code page 54936): a superset of GBK and GB 2312 that encodes all of Unicode.</summary>
    public static readonly Encoding Gb18030 = Strict(54936);

    /// <summary>GBK (code page 936), read when a header names gbk, gb2312 or cp936.</summary>
    public static readonly Encoding Gbk = Strict(936);

    /// <summary>Big5 (code page 950).</summary>
    public static readonly Encoding Big5 = Strict(950);

    /// <summary>
    /// The decoder and canonical name for an <c>encoding:</c> header value (case and surrounding space ignored),
    /// or null for a name this reader does not accept. UTF-16 and UTF-32 are not here: they are read by their
    /// byte-order mark, and a header that can be read as ASCII is not in either.
    /// </summary>
    public static (Encoding? Encoding, string Name)? FromLabel(string label) => label.Trim().ToLowerInvariant() switch
    {
        "utf-8" or "utf8" => (null, "utf-8"),
        "gb18030" or "gb-18030" => (Gb18030, "gb18030"),
        "gbk" or "gb2312" or "gb-2312" or "cp936" or "x-gbk" or "windows-936" => (Gbk, "gbk"),
        "big5" or "big-5" or "cp950" or "x-big5" or "csbig5" => (Big5, "big5"),
        _ => null,
    };

    /// <summary>The display name of an encoding name: "GB18030", "GBK", "Big5", "UTF-8".</summary>
    public static string Display(string name) => name switch
    {
        "big5" => "Big5",
        _ => name.ToUpperInvariant(),
    };

    private static Encoding Strict(int codePage) =>
        CodePagesEncodingProvider.Instance.GetEncoding(codePage, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback)
        ?? throw new InvalidOperationException($"the runtime has no code page {codePage}");
}
