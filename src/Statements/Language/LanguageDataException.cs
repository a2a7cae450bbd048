namespace Statements.Language;

/// <summary>
/// A language data file (see <see cref="ReadoutLanguage.Load(string, string?)"/>) is malformed. The message names the
/// file, the line (for a line file) or the JSON path (for a JSON file), and what is wrong.
/// </summary>
public sealed class LanguageDataException : FormatException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="file">The file's name or path.</param>
    /// <param name="location">"line 12", "$.topics[3].aliases" or null when the whole file is concerned.</param>
    /// <param name="problem">What is wrong, in words.</param>
    /// <param name="inner">The error that revealed it, if any.</param>
    public LanguageDataException(string file, string? location, string problem, Exception? inner = null)
        : base($"{file}{(location is null ? "" : ", " + location)}: {problem}", inner)
    {
        File = file;
        Location = location;
        Problem = problem;
    }

    /// <summary>The file's name or path.</summary>
    public string File { get; }

    /// <summary>Where in the file: "line 12" or a JSON path; null when the whole file is concerned.</summary>
    public string? Location { get; }

    /// <summary>What is wrong.</summary>
    public string Problem { get; }
}
