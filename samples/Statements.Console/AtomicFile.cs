using System.Text;

namespace Statements.ConsoleApp;

/// <summary>
/// Writes a report so that a reader sees the old file or the new one, never half of one: the text goes to a hidden
/// temporary file in the same folder, is flushed to the disk, and is renamed over the target in one step. A failed
/// write (a full disk) leaves the old file as it was and removes the temporary one; two runs writing one file each
/// rename a whole file, and the last rename wins. A target that exists and is not a regular file (a device such as
/// /dev/stdout, a named pipe) is written in place, as renaming over it would replace it.
/// </summary>
internal static class AtomicFile
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Writes <paramref name="text"/> to <paramref name="path"/> in UTF-8 (no byte-order mark).</summary>
    public static void WriteAllText(string path, string text)
    {
        var full = Path.GetFullPath(path);
        if (File.Exists(full) && FileKind.Of(full) is not (FileKindValue.Regular or FileKindValue.Unknown))
        {
            File.WriteAllText(full, text, Utf8NoBom);
            return;
        }

        var folder = Path.GetDirectoryName(full) ?? ".";
        var temporary = Path.Combine(folder, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 65_536))
            {
                var bytes = Utf8NoBom.GetBytes(text);
                stream.Write(bytes);
                stream.Flush(flushToDisk: true);
            }

            File.Move(temporary, full, overwrite: true);
        }
        catch
        {
            TryDelete(temporary);
            throw;
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
        }
    }
}
