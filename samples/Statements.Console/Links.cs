namespace Statements.ConsoleApp;

/// <summary>Resolves symbolic links the way the operating system does, to keep a batch inside its folder.</summary>
internal static class Links
{
    private const int MaxLinks = 40;

    /// <summary>
    /// The real location of <paramref name="path"/> when it lies outside <paramref name="folder"/> once every
    /// symbolic link in either path is resolved, or null when it stays inside.
    /// </summary>
    public static string? Outside(string path, string folder)
    {
        var real = RealPath(path);
        var root = RealPath(folder);
        var prefix = root.EndsWith(Path.DirectorySeparatorChar) ? root : root + Path.DirectorySeparatorChar;
        var comparison = OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        return real.StartsWith(prefix, comparison) ? null : real;
    }

    /// <summary>The absolute path with every symbolic link in it resolved (components that do not exist are kept).</summary>
    public static string RealPath(string path)
    {
        var links = 0;
        return Resolve(Path.GetFullPath(path), ref links);
    }

    private static string Resolve(string full, ref int links)
    {
        var root = Path.GetPathRoot(full) ?? "";
        var current = root;
        foreach (var part in full[root.Length..].Split([Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar], StringSplitOptions.RemoveEmptyEntries))
        {
            var next = Path.Combine(current, part);
            var info = new FileInfo(next);
            if (info.LinkTarget is { } target)
            {
                if (++links > MaxLinks)
                {
                    throw new IOException($"{full}: too many levels of symbolic links");
                }

                next = Resolve(Path.GetFullPath(target, current), ref links);
            }

            current = next;
        }

        return current;
    }
}
