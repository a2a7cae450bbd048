namespace Statements.ConsoleApp;

/// <summary>
/// Loads readout files for the console and turns every way a file can be unusable (missing, a folder, empty, a
/// header with no body, binary, invalid UTF-8, too large, a page with no body text, unreadable) into one line
/// naming the file and the problem. Files ending .html or .htm are read as saved web pages.
/// </summary>
internal static class ReadoutLoader
{
    /// <summary>Loads a readout, or gives a one-line message ("error: PATH: file not found") and null.</summary>
    public static Readout? TryLoad(string path, out string? error)
    {
        error = null;
        try
        {
            if (Directory.Exists(path))
            {
                error = $"error: {path}: is a folder, not a readout file";
                return null;
            }

            if (!File.Exists(path))
            {
                error = $"error: {path}: file not found";
                return null;
            }

            // A saved web page (White House, foreign ministry, Kremlin, GOV.UK) becomes a readout through
            // Statements.Html; anything else is a text readout with an optional header block.
            var loaded = IsHtml(path) ? Statements.Html.HtmlReadout.Load(path) : Readout.Load(path);
            if (loaded.Text.Length > ReadoutComparer.Default.MaxReadoutLength)
            {
                throw new ReadoutTooLargeException(path, loaded.Text.Length, ReadoutComparer.Default.MaxReadoutLength);
            }

            if (loaded.IsEmpty)
            {
                error = loaded.Headers.IsEmpty
                    ? $"error: {path}: the readout is empty"
                    : $"error: {path}: the header has no body text after it";
                return null;
            }

            return loaded;
        }
        catch (ReadoutFormatException e)
        {
            error = $"error: {e.Message}";
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error = $"error: {path}: cannot be read ({OneLine(e.Message)})";
        }

        return null;
    }

    /// <summary>Whether a file is read as a web page: by its extension, .html, .htm or .xhtml.</summary>
    public static bool IsHtml(string path) =>
        Path.GetExtension(path).ToLowerInvariant() is ".html" or ".htm" or ".xhtml";

    /// <summary>A message on one line, for errors that quote an exception.</summary>
    public static string OneLine(string message) => message.ReplaceLineEndings(" ").Trim();
}
