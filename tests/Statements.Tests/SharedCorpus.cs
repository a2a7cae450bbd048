namespace Statements.Tests;

/// <summary>
/// Finds <c>../shared</c> beside the checkout (real readouts, gold annotations, the JSON schema). Tests that
/// need it call <see cref="Require"/>, which skips them with a message where it is absent.
/// </summary>
internal static class SharedCorpus
{
    private static readonly Lazy<string?> Root = new(FindRoot);

    public static string? Path => Root.Value;

    /// <summary>The shared folder, or a skip with a message when it is absent.</summary>
    public static string Require()
    {
        Skip.If(Root.Value is null, "../shared is not beside this checkout: corpus tests skipped.");
        return Root.Value!;
    }

    /// <summary>Every pair folder under corpus/pairs with its two readout files (article folders excluded).</summary>
    public static IEnumerable<(string Name, string Left, string Right)> Pairs(string root)
    {
        foreach (var dir in Directory.GetDirectories(System.IO.Path.Combine(root, "corpus", "pairs")).Order(StringComparer.Ordinal))
        {
            var files = Directory.GetFiles(dir, "*.txt").Select(System.IO.Path.GetFileName).ToList();
            var us = files.FirstOrDefault(f => f == "us.txt");
            var other = files.FirstOrDefault(f => f != "us.txt");
            if (files.Count == 2)
            {
                // Left is the counterpart (cn, ru, other-*), right the United States, as the gold files have it.
                yield return (System.IO.Path.GetFileName(dir), System.IO.Path.Combine(dir, us is null ? files[0]! : other!), System.IO.Path.Combine(dir, us ?? files[1]!));
            }
        }
    }

    private static string? FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "Statements.sln")))
            {
                var shared = System.IO.Path.Combine(dir.Parent?.FullName ?? dir.FullName, "shared");
                return Directory.Exists(System.IO.Path.Combine(shared, "corpus")) ? shared : null;
            }

            dir = dir.Parent;
        }

        return null;
    }
}
