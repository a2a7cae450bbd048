namespace Statements.Tests.Properties;

/// <summary>
/// The library has no regular expressions; should one appear, it must not be able to backtrack without bound on
/// hostile input: it must use <c>RegexOptions.NonBacktracking</c> or a match timeout.
/// </summary>
public class RegexGuardTests
{
    [SkippableFact]
    public void Every_regex_in_the_library_is_non_backtracking_or_has_a_timeout()
    {
        var source = FindSource();
        Skip.If(source is null, "the library's source is not beside this build");
        var offenders = new List<string>();
        foreach (var file in Directory.EnumerateFiles(source!, "*.cs", SearchOption.AllDirectories).Where(f => !f.Contains("/obj/", StringComparison.Ordinal) && !f.Contains("/bin/", StringComparison.Ordinal)))
        {
            var lines = File.ReadAllLines(file);
            for (var i = 0; i < lines.Length; i++)
            {
                var line = lines[i];
                var usesRegex = line.Contains("new Regex(", StringComparison.Ordinal) || line.Contains("Regex.", StringComparison.Ordinal)
                    || line.Contains("GeneratedRegex", StringComparison.Ordinal) || line.Contains("new(@\"", StringComparison.Ordinal) && line.Contains("Regex", StringComparison.Ordinal);
                if (!usesRegex || line.TrimStart().StartsWith("//", StringComparison.Ordinal) || line.TrimStart().StartsWith("///", StringComparison.Ordinal))
                {
                    continue;
                }

                // The options or the timeout may sit on the next lines of the same call.
                var call = string.Join(" ", lines.Skip(i).Take(4));
                if (!call.Contains("NonBacktracking", StringComparison.Ordinal) && !call.Contains("TimeSpan", StringComparison.Ordinal) && !call.Contains("matchTimeout", StringComparison.Ordinal))
                {
                    offenders.Add($"{Path.GetRelativePath(source!, file)}:{i + 1}: {line.Trim()}");
                }
            }
        }

        offenders.Should().BeEmpty("a regex on readout text must use RegexOptions.NonBacktracking or a match timeout");
    }

    private static string? FindSource()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Statements.sln")))
        {
            dir = dir.Parent;
        }

        var src = dir is null ? null : Path.Combine(dir.FullName, "src");
        return src is not null && Directory.Exists(src) ? src : null;
    }
}
