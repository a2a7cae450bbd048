using System.Collections.Immutable;

namespace Statements;

/// <summary>
/// One government's published account of a diplomatic engagement: who published it, and its body
/// exactly as read. Immutable; create one with <see cref="Load"/> or <see cref="Parse"/>.
/// </summary>
/// <remarks>
/// A readout file is plain text, optionally preceded by <c>key: value</c> header lines and a line
/// <c>---</c> (keys: side, publisher, title, date, source, language; other keys are kept in
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

    /// <summary>The language of the text, e.g. "en".</summary>
    public string? Language { get; init; }

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
    /// Reads a readout file (UTF-8, optional header block).
    /// </summary>
    /// <param name="path">The file to read.</param>
    /// <param name="side">The side, overriding the header and the publisher.</param>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="ReadoutFormatException">The file is not text (NUL bytes or invalid UTF-8).</exception>
    public static Readout Load(string path, string? side = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        var bytes = File.ReadAllBytes(path);
        var content = ReadoutFile.DecodeText(bytes, Path.GetFileName(path));
        return ReadoutFile.Parse(content, side, Path.GetFileName(path));
    }

    /// <summary>
    /// Decodes the bytes of a readout file as text the way <see cref="Load"/> does: strict UTF-8, a leading
    /// byte-order mark dropped, binary content refused. For readers of other formats (saved web pages) that
    /// start from bytes.
    /// </summary>
    /// <param name="bytes">The file's bytes.</param>
    /// <param name="name">A short name for the message, e.g. the file name.</param>
    /// <exception cref="ArgumentNullException"><paramref name="bytes"/> or <paramref name="name"/> is null.</exception>
    /// <exception cref="ReadoutFormatException">
    /// NUL bytes (a binary file), or a byte sequence that is not UTF-8; then the inner exception is the
    /// <see cref="System.Text.DecoderFallbackException"/>.
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
