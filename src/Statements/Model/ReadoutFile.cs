using System.Collections.Immutable;
using System.Text;

namespace Statements;

/// <summary>Reads the readout file format: optional <c>key: value</c> header lines, a line <c>---</c>, then the body.</summary>
internal static class ReadoutFile
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Decodes file bytes as UTF-8, refusing binary content.</summary>
    public static string DecodeText(byte[] bytes, string name)
    {
        if (Array.IndexOf(bytes, (byte)0) >= 0)
        {
            throw new ReadoutFormatException($"{name}: not a text file (it contains NUL bytes)");
        }

        try
        {
            var text = StrictUtf8.GetString(bytes);
            return text.Length > 0 && text[0] == '\uFEFF' ? text[1..] : text;
        }
        catch (DecoderFallbackException e)
        {
            throw new ReadoutFormatException($"{name}: not UTF-8 text (invalid byte sequence)", e);
        }
    }

    public static Readout Parse(string content, string? side, string? name)
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
            Language = headers.GetValueOrDefault("language"),
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
