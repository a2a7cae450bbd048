namespace Statements.ConsoleApp;

/// <summary>
/// Loads readout files for the console and turns every way a file can be unusable (missing, a folder, empty, a
/// header with no body, binary, invalid UTF-8, unreadable) into one line naming the file and the problem.
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

            var loaded = Readout.Load(path);
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

    /// <summary>A message on one line, for errors that quote an exception.</summary>
    public static string OneLine(string message) => message.ReplaceLineEndings(" ").Trim();
}
