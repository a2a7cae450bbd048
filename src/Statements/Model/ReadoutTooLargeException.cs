using System.Globalization;

namespace Statements;

/// <summary>
/// Thrown when a readout's text is longer than the analyser accepts
/// (<see cref="ReadoutAnalyzer.MaxReadoutLength"/>, by default <see cref="ReadoutAnalyzer.DefaultMaxReadoutLength"/>
/// characters). A <see cref="ReadoutFormatException"/>, so code that reports unreadable input reports this too.
/// </summary>
public sealed class ReadoutTooLargeException : ReadoutFormatException
{
    /// <summary>Creates the exception.</summary>
    public ReadoutTooLargeException() { }

    /// <summary>Creates the exception with a message.</summary>
    public ReadoutTooLargeException(string message) : base(message) { }

    /// <summary>Creates the exception with a message and a cause.</summary>
    public ReadoutTooLargeException(string message, Exception innerException) : base(message, innerException) { }

    /// <summary>Creates the exception for a text of <paramref name="length"/> characters over <paramref name="limit"/>.</summary>
    /// <param name="name">The readout's name for the message (e.g. its file name), or null.</param>
    /// <param name="length">The text's length in UTF-16 characters.</param>
    /// <param name="limit">The largest length accepted.</param>
    public ReadoutTooLargeException(string? name, int length, int limit)
        : base(string.Create(CultureInfo.InvariantCulture, $"{name ?? "readout"}: the text is {length:N0} characters long, over the limit of {limit:N0} characters"))
    {
        Length = length;
        Limit = limit;
    }

    /// <summary>The text's length in UTF-16 characters (0 when not given).</summary>
    public int Length { get; }

    /// <summary>The largest length accepted (0 when not given).</summary>
    public int Limit { get; }
}
