using System.Collections.Immutable;

namespace Statements;

/// <summary>
/// One government's published account of a diplomatic engagement: who published it, and its body
/// exactly as read. Immutable; create one with <see cref="Load"/> or <see cref="Parse"/>.
/// </summary>
/// <remarks>
/// A readout file is plain text, optionally preceded by <c>key: value</c> header lines and a line
/// <c>---</c> (keys: side, publisher, title, date, source, language, encoding; other keys are kept in
/// <see cref="Headers"/>). Where no side is given it is inferred from the publisher
/// (see <see cref="SideResolver"/>).
/// </remarks>
[Interactive.TypeFormatterSource(typeof(Interactive.NotebookFormatterSource))]
public sealed record Readout
{
    /// <summary>Creates a readout from its body text and side.</summary>
    /// <remarks>
    /// Any text is accepted: an empty or white-space body is a readout with no claims (<see cref="IsEmpty"/>), and
    /// odd characters (controls, lone surrogates, U+FFFD, bidi marks) are kept as given. The length limit is the
    /// analyser's (<see cref="ReadoutAnalyzer.MaxReadoutLength"/>), checked when the readout is analysed.
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> or <paramref name="side"/> is null.</exception>
    public Readout(string text, string side)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(side);
        Text = text;
        Side = side;
    }

    /// <summary>The body exactly as read (after any header block). Every <see cref="Span"/> indexes into it.</summary>
    public string Text { get; init; }

    /// <summary>The government whose account this is, e.g. "China", "United States", or "Unknown".</summary>
    public string Side { get; init; }

    /// <summary>Who published it, e.g. "The White House".</summary>
    public string? Publisher { get; init; }

    /// <summary>The readout's title.</summary>
    public string? Title { get; init; }

    /// <summary>The date as given in the header (ISO yyyy-mm-dd where the source gives one).</summary>
    public string? Date { get; init; }

    /// <summary>Where the text came from (a URL or a description).</summary>
    public string? Source { get; init; }

    /// <summary>The language of the text as a BCP 47 tag, e.g. "en" or "zh-Hans".</summary>
    /// <remarks>
    /// <see cref="Load"/> and <see cref="Parse"/> take it from the header's <c>language:</c> line; where the header
    /// gives none they guess it from the script: Han characters dominant give "zh-Hans" or "zh-Hant" (by whether
    /// simplified-only or traditional-only forms are more), "zh" when the text shows neither and "ja" with kana;
    /// otherwise Latin letters give "en", and a text with neither gives null. A guessed language is not in
    /// <see cref="Headers"/>, so <c>Headers.ContainsKey("language")</c> tells a given one from a guessed one. A
    /// readout made with the constructor has the language it is given (none by default).
    /// </remarks>
    public string? Language { get; init; }

    /// <summary>
    /// The character encoding the file was read in: "utf-8", "utf-16", "utf-32", "gb18030", "gbk" or "big5"; null for
    /// a readout that was not read from bytes (<see cref="Parse"/>, the constructor).
    /// </summary>
    public string? Encoding { get; init; }

    /// <summary>A short name for messages and reports, e.g. the file name.</summary>
    public string? Name { get; init; }

    /// <summary>Every header line, including keys the library does not interpret (e.g. "partial", "note").</summary>
    public ImmutableDictionary<string, string> Headers { get; init; } = ImmutableDictionary<string, string>.Empty;

    /// <summary>
    /// The parts of <see cref="Text"/> this readout speaks for; empty (the default) for all of it. A readout
    /// split from a news article that reports both sides keeps the whole article as its text, so every span
    /// still points into it, and names its own passages here: sentences outside them hold no claims or tone.
    /// </summary>
    public ImmutableArray<Span> Scope { get; init; } = [];

    /// <summary>Whether <paramref name="span"/> lies inside the readout's <see cref="Scope"/>.</summary>
    public bool InScope(Span span)
    {
        if (Scope.IsDefaultOrEmpty)
        {
            return true;
        }

        foreach (var part in Scope)
        {
            if (part.Contains(span))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the body holds no text but white space.</summary>
    public bool IsEmpty => string.IsNullOrWhiteSpace(Text);

    /// <summary>
    /// The largest readout file <see cref="Load"/> reads: 4,194,308 bytes, four bytes for each of the
    /// <see cref="ReadoutAnalyzer.DefaultMaxReadoutLength"/> characters a readout may hold (the most any of the
    /// accepted encodings needs) and a byte-order mark. A larger file is refused before it is read.
    /// </summary>
    public const long MaxFileBytes = 4L * ReadoutAnalyzer.DefaultMaxReadoutLength + 4;

    /// <summary>
    /// Reads a readout file (optional header block). The encoding, reported in <see cref="Encoding"/>: a byte-order
    /// mark (UTF-8, UTF-16, UTF-32) decides; else an <c>encoding:</c> header line (utf-8, gb18030, gbk or gb2312,
    /// big5); else UTF-8 when the bytes are valid UTF-8; else GB 18030 or Big5 when exactly that decoding gives
    /// plausible Chinese text (mostly common Han characters and CJK punctuation).
    /// </summary>
    /// <param name="path">The file to read.</param>
    /// <param name="side">The side, overriding the header and the publisher.</param>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="ReadoutFormatException">
    /// The path is a folder, a named pipe, a device or a socket; the file is larger than <see cref="MaxFileBytes"/>;
    /// or it is not text (NUL bytes, an invalid byte sequence in the encoding its byte-order mark or header names, or
    /// bytes that are neither UTF-8 nor plausibly GB 18030 or Big5). The message is one line and names the full path.
    /// </exception>
    public static Readout Load(string path, string? side = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        var bytes = ReadoutFile.ReadBytes(path, MaxFileBytes);
        var (content, encoding) = ReadoutFile.Decode(bytes, Path.GetFullPath(path));
        return ReadoutFile.Parse(content, side, Path.GetFileName(path), encoding);
    }

    /// <summary>
    /// Reads a file's bytes the guarded way every reader of this library uses: only a regular file (a named pipe,
    /// device or socket is refused before it is opened, so nothing blocks), its size checked against
    /// <paramref name="maxBytes"/> before any byte is read, and the read stopped at the limit whatever size the file
    /// claimed. Symbolic links are followed. Messages name the full path.
    /// </summary>
    /// <param name="path">The file to read.</param>
    /// <param name="maxBytes">The largest size accepted, in bytes.</param>
    /// <returns>The file's bytes.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxBytes"/> is negative or over <see cref="Array.MaxLength"/> - 1.</exception>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="ReadoutFormatException">The path is a folder or not a regular file, or the file is larger than <paramref name="maxBytes"/>.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    /// <exception cref="UnauthorizedAccessException">The file may not be read.</exception>
    public static byte[] ReadFileBytes(string path, long maxBytes)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentOutOfRangeException.ThrowIfNegative(maxBytes);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(maxBytes, Array.MaxLength - 1L);
        return ReadoutFile.ReadBytes(path, maxBytes);
    }

    /// <summary>
    /// Decodes the bytes of a readout file as text the way <see cref="Load"/> does: UTF-16 or UTF-32 after their
    /// byte-order mark, the encoding an <c>encoding:</c> header line names, strict UTF-8 (a leading byte-order mark
    /// dropped), or GB 18030 or Big5 recognised; binary content refused. For readers of other formats (saved web
    /// pages) that start from bytes.
    /// </summary>
    /// <param name="bytes">The file's bytes.</param>
    /// <param name="name">A short name for the message, e.g. the file name.</param>
    /// <exception cref="ArgumentNullException"><paramref name="bytes"/> or <paramref name="name"/> is null.</exception>
    /// <exception cref="ReadoutFormatException">
    /// NUL bytes (a binary file), or a byte sequence that is not in the encoding named or recognised; then the inner
    /// exception is the <see cref="System.Text.DecoderFallbackException"/>.
    /// </exception>
    public static string DecodeText(byte[] bytes, string name)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        ArgumentNullException.ThrowIfNull(name);
        return ReadoutFile.DecodeText(bytes, name);
    }

    /// <summary>
    /// Parses readout content: an optional header block (<c>key: value</c> lines ended by <c>---</c>) and the body.
    /// Content without a header block is all body.
    /// </summary>
    /// <param name="content">The content of a readout file, or just a readout's text.</param>
    /// <param name="side">The side, overriding the header and the publisher.</param>
    /// <param name="name">A short name for messages and reports.</param>
    /// <remarks>Empty or white-space content gives a readout with an empty body, which analyses to no claims.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="content"/> is null.</exception>
    public static Readout Parse(string content, string? side = null, string? name = null)
    {
        ArgumentNullException.ThrowIfNull(content);
        return ReadoutFile.Parse(content, side, name);
    }

    /// <inheritdoc />
    public override string ToString() => $"{Side} readout{(Title is null ? "" : ": " + Title)} ({Text.Length} chars)";
}
