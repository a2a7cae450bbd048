using System.Collections.Immutable;
using System.Globalization;
using System.Text;

namespace Statements;

/// <summary>Reads the readout file format: optional <c>key: value</c> header lines, a line <c>---</c>, then the body.</summary>
internal static class ReadoutFile
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>
    /// The one guarded way to read a readout file's bytes: the path must name a regular file (a named pipe, device or
    /// socket is refused before it is opened, so nothing blocks or reads forever), its size is checked before any
    /// byte is read and the read stops after <paramref name="maxBytes"/> + 1 bytes whatever the size said (a file
    /// that grows, or a file system that reports no size). Symbolic links are followed. Every message names the
    /// full path.
    /// </summary>
    /// <exception cref="FileNotFoundException">Nothing exists at the path.</exception>
    /// <exception cref="ReadoutFormatException">A folder, a file that is not regular, or a file over the limit.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    /// <exception cref="UnauthorizedAccessException">The file may not be read.</exception>
    public static byte[] ReadBytes(string path, long maxBytes, string what = "a readout")
    {
        var full = Path.GetFullPath(path);
        if (System.IO.Directory.Exists(full))
        {
            throw new ReadoutFormatException($"{full}: is a folder, not a readout file");
        }

        if (!File.Exists(full))
        {
            throw new FileNotFoundException($"{full}: file not found", full);
        }

        var kind = FileKind.Of(full);
        if (kind is not (FileKindValue.Regular or FileKindValue.Unknown))
        {
            throw new ReadoutFormatException($"{full}: is {FileKind.Describe(kind)}, not a regular file; a readout is read from a regular file");
        }

        using var stream = new FileStream(full, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
        if (stream.CanSeek && stream.Length > maxBytes)
        {
            throw TooLarge(full, stream.Length, maxBytes, what);
        }

        var capacity = (int)Math.Min(stream.CanSeek && stream.Length > 0 ? stream.Length : 81_920, maxBytes + 1);
        var buffer = new byte[Math.Max(capacity, 1)];
        var total = 0;
        while (true)
        {
            if (total == buffer.Length)
            {
                if (total > maxBytes)
                {
                    throw TooLarge(full, null, maxBytes, what);
                }

                Array.Resize(ref buffer, (int)Math.Min((long)buffer.Length * 2, maxBytes + 1));
            }

            var read = stream.Read(buffer, total, buffer.Length - total);
            if (read == 0)
            {
                break;
            }

            total += read;
        }

        if (total > maxBytes)
        {
            throw TooLarge(full, null, maxBytes, what);
        }

        return total == buffer.Length ? buffer : buffer[..total];
    }

    private static ReadoutFormatException TooLarge(string path, long? size, long maxBytes, string what) =>
        new(string.Create(
            CultureInfo.InvariantCulture,
            $"{path}: the file is {(size is { } s ? $"{s:N0} bytes" : "larger than that")}, over the limit of {maxBytes:N0} bytes for {what}"));

    /// <summary>The text of <see cref="Decode"/>.</summary>
    public static string DecodeText(byte[] bytes, string name) => Decode(bytes, name).Text;

    /// <summary>
    /// Decodes file bytes as text and names the encoding used. A byte-order mark decides first (UTF-8, UTF-16,
    /// UTF-32); then an <c>encoding:</c> line in the header block, read from the raw bytes (the keys are ASCII in
    /// every accepted encoding), names UTF-8, GB 18030, GBK or Big5; then strict UTF-8; then, for bytes that are not
    /// UTF-8, GB 18030 or Big5 when one of them decodes to plausible Chinese text (<see cref="EncodingDetector"/>).
    /// Anything else (NUL bytes, invalid sequences in every candidate) is refused in one line naming the file.
    /// </summary>
    public static (string Text, string Encoding) Decode(byte[] bytes, string name)
    {
        var (encoding, bom, label) = ByteOrderMark(bytes);
        if (encoding is not null)
        {
            string decoded;
            try
            {
                decoded = encoding.GetString(bytes, bom, bytes.Length - bom);
            }
            catch (DecoderFallbackException e)
            {
                throw new ReadoutFormatException($"{name}: not {label} text (invalid byte sequence after a {label} byte-order mark)", e);
            }

            if (decoded.Contains('\0', StringComparison.Ordinal))
            {
                throw new ReadoutFormatException($"{name}: not a text file (it contains NUL characters)");
            }

            return (decoded, label.ToLowerInvariant());
        }

        if (Array.IndexOf(bytes, (byte)0) >= 0)
        {
            throw new ReadoutFormatException(LooksLikeUtf16(bytes) is { } guess
                ? $"{name}: looks like {guess} text without a byte-order mark; save it as UTF-8, or as UTF-16 with a byte-order mark"
                : $"{name}: not a text file (it contains NUL bytes)");
        }

        var utf8Bom = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF;
        var named = utf8Bom ? null : HeaderEncoding(bytes);
        if (named is not null)
        {
            var known = LegacyEncodings.FromLabel(named)
                ?? throw new ReadoutFormatException($"{name}: its header names the encoding \"{named}\", which is not read; a readout file is UTF-8, UTF-16 or UTF-32 with a byte-order mark, GB18030, GBK or Big5");
            if (known.Encoding is { } legacy)
            {
                // A file converted to UTF-8 that kept its old header would otherwise be read as mojibake.
                if (!Ascii.IsValid(bytes) && System.Text.Unicode.Utf8.IsValid(bytes))
                {
                    throw new ReadoutFormatException($"{name}: its header names the encoding \"{named}\", but the file is UTF-8 text; remove the encoding line, or save the file in {LegacyEncodings.Display(known.Name)}");
                }

                try
                {
                    return (WithoutMark(legacy.GetString(bytes)), known.Name);
                }
                catch (DecoderFallbackException e)
                {
                    throw new ReadoutFormatException($"{name}: not {LegacyEncodings.Display(known.Name)} text, the encoding its header names (invalid byte sequence{At(e)})", e);
                }
            }
        }

        try
        {
            var text = StrictUtf8.GetString(bytes);
            return (WithoutMark(text), "utf-8");
        }
        catch (DecoderFallbackException e)
        {
            if (!utf8Bom && named is null && EncodingDetector.Detect(bytes) is { } detected)
            {
                return (WithoutMark(detected.Text), detected.Name);
            }

            throw new ReadoutFormatException(utf8Bom || named is not null
                ? $"{name}: not UTF-8 text (invalid byte sequence{At(e)}), the encoding its {(utf8Bom ? "byte-order mark" : "header")} names"
                : $"{name}: not UTF-8 text (invalid byte sequence{At(e)}), nor recognisably GB18030 or Big5; a readout file is UTF-8, UTF-16 or UTF-32 with a byte-order mark, or GB18030, GBK or Big5 (named by an \"encoding:\" header line or recognised)", e);
        }
    }

    /// <summary>The text without a leading U+FEFF (the byte-order mark UTF-8 and GB 18030 may carry).</summary>
    private static string WithoutMark(string text) => text.Length > 0 && text[0] == '\uFEFF' ? text[1..] : text;

    private static string At(DecoderFallbackException e) =>
        e.Index >= 0 ? string.Create(CultureInfo.InvariantCulture, $" at byte {e.Index:N0}") : "";

    /// <summary>
    /// The value of an <c>encoding:</c> line in the header block at the start of <paramref name="bytes"/>, read as
    /// <see cref="SplitHeader"/> reads the decoded text (each line as Latin-1, so every byte is one character and the
    /// ASCII keys compare as they will after decoding); null when there is no header block or no such line.
    /// </summary>
    internal static string? HeaderEncoding(byte[] bytes)
    {
        string? value = null;
        var lines = 0;
        var position = 0;
        while (position < bytes.Length)
        {
            var lineEnd = Array.IndexOf(bytes, (byte)'\n', position);
            var end = lineEnd < 0 ? bytes.Length : lineEnd;
            // A key ends within 40 characters and an encoding's name is short: 256 bytes of a line are enough.
            var line = Encoding.Latin1.GetString(bytes, position, Math.Min(end - position, 256)).AsSpan().TrimEnd('\r');
            if (line.Trim().SequenceEqual("---"))
            {
                return lines == 0 ? null : value;
            }

            if (!TryParseHeaderLine(line, out var key, out var text))
            {
                return null;
            }

            if (key == "encoding")
            {
                value = text;
            }

            lines++;
            position = end + 1;
        }

        return null;
    }

    /// <summary>A UTF-16 or UTF-32 byte-order mark: a strict decoder, the mark's length and the encoding's name.</summary>
    private static (Encoding? Encoding, int Length, string Label) ByteOrderMark(byte[] b)
    {
        if (b.Length >= 4 && b[0] == 0xFF && b[1] == 0xFE && b[2] == 0 && b[3] == 0)
        {
            return (new UTF32Encoding(bigEndian: false, byteOrderMark: false, throwOnInvalidCharacters: true), 4, "UTF-32");
        }

        if (b.Length >= 4 && b[0] == 0 && b[1] == 0 && b[2] == 0xFE && b[3] == 0xFF)
        {
            return (new UTF32Encoding(bigEndian: true, byteOrderMark: false, throwOnInvalidCharacters: true), 4, "UTF-32");
        }

        if (b.Length >= 2 && ((b[0] == 0xFF && b[1] == 0xFE) || (b[0] == 0xFE && b[1] == 0xFF)))
        {
            return (new UnicodeEncoding(bigEndian: b[0] == 0xFE, byteOrderMark: false, throwOnInvalidBytes: true), 2, "UTF-16");
        }

        return (null, 0, "");
    }

    /// <summary>"UTF-16LE" or "UTF-16BE" when most bytes at odd (or even) offsets of the first 4 KiB are NUL.</summary>
    private static string? LooksLikeUtf16(byte[] b)
    {
        var n = Math.Min(b.Length, 4096) & ~1;
        if (n < 4)
        {
            return null;
        }

        int evenZero = 0, oddZero = 0;
        for (var i = 0; i < n; i += 2)
        {
            evenZero += b[i] == 0 ? 1 : 0;
            oddZero += b[i + 1] == 0 ? 1 : 0;
        }

        var pairs = n / 2;
        return oddZero * 10 >= pairs * 7 && evenZero * 10 < pairs ? "UTF-16LE"
            : evenZero * 10 >= pairs * 7 && oddZero * 10 < pairs ? "UTF-16BE"
            : null;
    }

    public static Readout Parse(string content, string? side, string? name, string? encoding = null)
    {
        var (headers, body) = SplitHeader(content);
        headers.TryGetValue("publisher", out var publisher);
        headers.TryGetValue("side", out var headerSide);
        var resolvedSide = side ?? headerSide ?? SideResolver.FromPublisher(publisher) ?? SideResolver.FromSource(headers.GetValueOrDefault("source")) ?? SideResolver.Unknown;
        return new Readout(body, SideResolver.Canonical(resolvedSide))
        {
            Publisher = publisher,
            Title = headers.GetValueOrDefault("title"),
            Date = headers.GetValueOrDefault("date"),
            Source = headers.GetValueOrDefault("source"),
            Language = headers.GetValueOrDefault("language") ?? ScriptLanguage.Detect(body),
            Encoding = encoding,
            Name = name,
            Headers = headers,
        };
    }

    /// <summary>
    /// Splits off a header block. The block is recognised only when every line before the first <c>---</c>
    /// line has the form <c>key: value</c> with a short key; otherwise the whole content is the body.
    /// </summary>
    internal static (ImmutableDictionary<string, string> Headers, string Body) SplitHeader(string content)
    {
        var builder = ImmutableDictionary.CreateBuilder<string, string>(StringComparer.OrdinalIgnoreCase);
        var position = 0;
        while (position < content.Length)
        {
            var lineEnd = content.IndexOf('\n', position);
            var next = lineEnd < 0 ? content.Length : lineEnd + 1;
            var line = content.AsSpan(position, (lineEnd < 0 ? content.Length : lineEnd) - position).TrimEnd('\r');
            if (line.Trim().SequenceEqual("---"))
            {
                return builder.Count == 0 && position > 0
                    ? (ImmutableDictionary<string, string>.Empty, content)
                    : (builder.ToImmutable(), content[next..]);
            }

            if (!TryParseHeaderLine(line, out var key, out var value))
            {
                return (ImmutableDictionary<string, string>.Empty, content);
            }

            builder[key] = value;
            position = next;
        }

        return (ImmutableDictionary<string, string>.Empty, content);
    }

    private static bool TryParseHeaderLine(ReadOnlySpan<char> line, out string key, out string value)
    {
        key = value = "";
        var colon = line.IndexOf(':');
        if (colon <= 0 || colon > 40)
        {
            return false;
        }

        var rawKey = line[..colon].Trim();
        foreach (var c in rawKey)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c != '-' && c != '_')
            {
                return false;
            }
        }

        if (rawKey.IsEmpty)
        {
            return false;
        }

        key = rawKey.ToString().ToLowerInvariant();
        value = line[(colon + 1)..].Trim().ToString();
        return true;
    }
}
