namespace Statements;

/// <summary>
/// Thrown when input cannot be read as a readout at all, e.g. a binary file, or is too large to analyse
/// (<see cref="ReadoutTooLargeException"/>). The message names the input and the problem in one line, fit to
/// show a user.
/// </summary>
public class ReadoutFormatException : FormatException
{
    /// <summary>Creates the exception.</summary>
    public ReadoutFormatException() { }

    /// <summary>Creates the exception with a message.</summary>
    public ReadoutFormatException(string message) : base(message) { }

    /// <summary>Creates the exception with a message and a cause.</summary>
    public ReadoutFormatException(string message, Exception innerException) : base(message, innerException) { }
}
