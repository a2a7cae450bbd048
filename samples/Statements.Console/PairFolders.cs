namespace Statements.ConsoleApp;

/// <summary>A pair folder found by <see cref="PairFolders.Find"/>: its name and its two readout files.</summary>
/// <param name="Name">The folder's name, which names the report (<c>OUT/NAME.EXT</c>).</param>
/// <param name="First">The readout file that comes first in ordinal name order.</param>
/// <param name="Second">The other readout file.</param>
internal sealed record PairFolder(string Name, string First, string Second);

/// <summary>A folder under the batch folder that is not a pair, and why.</summary>
/// <param name="Name">The folder's name.</param>
/// <param name="Reason">Why it is skipped, e.g. "1 readout file".</param>
/// <param name="Failed">The folder could not be listed (so it may be a pair): the batch counts it as failed.</param>
internal sealed record SkippedFolder(string Name, string Reason, bool Failed = false);

/// <summary>
/// The rule for <c>batch DIR</c>: every folder directly under DIR that holds exactly two readout files is a pair.
/// A readout file is a <c>*.txt</c> file directly in the folder whose name does not start with "gold" or ".";
/// anything else (gold annotations such as gold.json, notes, subfolders) is ignored. Folders with fewer or more
/// readout files are skipped and listed (in the index too); a folder that cannot be listed counts as a failed pair. Left and right: when exactly one of the two readouts is the United States
/// side it goes on the right (as in the sample and the gold files: counterpart left, White House right); otherwise
/// the files go in ordinal name order.
/// </summary>
internal static class PairFolders
{
    /// <summary>Whether a file name is a readout file under the rule.</summary>
    public static bool IsReadoutFile(string fileName) =>
        fileName.EndsWith(".txt", StringComparison.OrdinalIgnoreCase)
        && !fileName.StartsWith("gold", StringComparison.OrdinalIgnoreCase)
        && !fileName.StartsWith('.');

    /// <summary>The pair folders directly under <paramref name="root"/> in ordinal name order, and the folders skipped.</summary>
    public static (IReadOnlyList<PairFolder> Pairs, IReadOnlyList<SkippedFolder> Skipped) Find(string root)
    {
        var pairs = new List<PairFolder>();
        var skipped = new List<SkippedFolder>();
        foreach (var dir in Directory.GetDirectories(root).Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(dir);
            List<string> files;
            try
            {
                files = Directory.GetFiles(dir).Where(f => IsReadoutFile(Path.GetFileName(f))).Order(StringComparer.Ordinal).ToList();
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                skipped.Add(new SkippedFolder(name, $"{Path.GetFullPath(dir)}: cannot be read ({ReadoutLoader.OneLine(e.Message)})", Failed: true));
                continue;
            }

            if (files.Count == 2)
            {
                pairs.Add(new PairFolder(name, files[0], files[1]));
            }
            else
            {
                skipped.Add(new SkippedFolder(name, files.Count == 1 ? "1 readout file, not 2" : $"{files.Count} readout files, not 2"));
            }
        }

        return (pairs, skipped);
    }

    /// <summary>Puts two loaded readouts of a pair in left/right order under the rule.</summary>
    public static (Readout Left, Readout Right) Order(Readout first, Readout second)
    {
        const string us = "United States";
        return first.Side == us && second.Side != us ? (second, first) : (first, second);
    }
}
