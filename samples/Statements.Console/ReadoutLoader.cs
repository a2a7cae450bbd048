namespace Statements.ConsoleApp;

/// <summary>
/// Loads readout files for the console through the library's guarded reader (<see cref="Readout.ReadFileBytes"/>:
/// regular files only, size checked before reading) and turns every way a file can be unusable (missing, a folder,
/// a named pipe or device, too large, empty, a header with no body, binary, not UTF-8/16/32, a page with no body
/// text, unreadable, a link leaving the batch folder) into one line naming the file's full path and the problem.
/// Files ending .html, .htm or .xhtml are read as saved web pages.
/// </summary>
internal static class ReadoutLoader
{
    /// <summary>Loads a readout, or gives a one-line message ("error: /full/path: file not found") and null.</summary>
    /// <param name="path">The file.</param>
    /// <param name="error">The message when the file cannot be used.</param>
    /// <param name="within">
    /// A folder the file must stay inside once symbolic links are resolved (the batch folder), or null for no such rule.
    /// </param>
    public static Readout? TryLoad(string path, out string? error, string? within = null)
    {
        error = null;
        var full = FullPath(path);
        try
        {
            if (within is not null && Links.Outside(full, within) is { } target)
            {
                error = $"error: {full}: is a link to {target}, outside {Path.GetFullPath(within)} (--follow-links allows it)";
                return null;
            }

            // A saved web page (White House, foreign ministry, Kremlin, GOV.UK) becomes a readout through
            // Statements.Html; anything else is a text readout with an optional header block.
            var loaded = IsHtml(full) ? Statements.Html.HtmlReadout.Load(full) : Readout.Load(full);
            if (loaded.Text.Length > ReadoutComparer.Default.MaxReadoutLength)
            {
                throw new ReadoutTooLargeException(full, loaded.Text.Length, ReadoutComparer.Default.MaxReadoutLength);
            }

            if (loaded.IsEmpty)
            {
                error = loaded.Headers.IsEmpty
                    ? $"error: {full}: the readout is empty"
                    : $"error: {full}: the header has no body text after it";
                return null;
            }

            return loaded;
        }
        catch (FileNotFoundException)
        {
            error = $"error: {full}: file not found";
        }
        catch (DirectoryNotFoundException)
        {
            error = $"error: {full}: file not found";
        }
        catch (ReadoutFormatException e)
        {
            error = $"error: {OneLine(e.Message)}";
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
        {
            error = $"error: {full}: cannot be read ({OneLine(e.Message)})";
        }

        return null;
    }

    /// <summary>The absolute form of a path for messages, or the path as given when it has none (empty, a NUL in it).</summary>
    public static string FullPath(string path)
    {
        try
        {
            return Path.GetFullPath(path);
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException)
        {
            return path;
        }
    }

    /// <summary>Whether a file is read as a web page: by its extension, .html, .htm or .xhtml.</summary>
    public static bool IsHtml(string path) =>
        Path.GetExtension(path).ToLowerInvariant() is ".html" or ".htm" or ".xhtml";

    /// <summary>A message on one line, for errors that quote an exception.</summary>
    public static string OneLine(string message) => message.ReplaceLineEndings(" ").Trim();
}
