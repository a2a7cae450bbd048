using Statements.Rendering;
using Statements.Serialization;

namespace Statements.ConsoleApp;

/// <summary>
/// The command line: <c>compare LEFT RIGHT [--format text|json|markdown]</c>, <c>article FILE</c>, or no arguments to compare the
/// built-in sample. Exit codes: 0 success, 1 usage error, 2 unreadable input.
/// </summary>
internal static class Cli
{
    public const int Ok = 0;
    public const int Usage = 1;
    public const int BadInput = 2;

    private const string Help = """
        Statements: compare the official readouts of one diplomatic engagement.

        Usage:
          Statements.Console                                  compare the built-in sample (Biden-Xi call, 2 April 2024)
          Statements.Console compare LEFT RIGHT [--format F]  compare two readout files
          Statements.Console article FILE [--format F]        split a news article that reports both sides, and compare them
          Statements.Console --help                           show this help

        Formats: text (default), json (the statements.comparison/1 contract), markdown.
        A readout file is UTF-8 text, optionally preceded by 'key: value' header lines
        (side, publisher, title, date, source, language) and a line '---'.
        """;

    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        var format = "text";
        var positional = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "-h" or "--help" or "help":
                    output.WriteLine(Help);
                    return Ok;
                case "-f" or "--format":
                    if (i + 1 >= args.Length)
                    {
                        error.WriteLine("error: --format needs a value: text, json or markdown");
                        return Usage;
                    }

                    format = args[++i].ToLowerInvariant();
                    break;
                default:
                    if (args[i].StartsWith("--format=", StringComparison.Ordinal))
                    {
                        format = args[i]["--format=".Length..].ToLowerInvariant();
                    }
                    else if (args[i].StartsWith('-') && args[i].Length > 1)
                    {
                        error.WriteLine($"error: unknown option '{args[i]}' (see --help)");
                        return Usage;
                    }
                    else
                    {
                        positional.Add(args[i]);
                    }

                    break;
            }
        }

        if (format is not ("text" or "json" or "markdown" or "md"))
        {
            error.WriteLine($"error: unknown format '{format}': use text, json or markdown");
            return Usage;
        }

        Readout left, right;
        if (positional.Count == 0)
        {
            (left, right) = Readouts.Sample;
        }
        else if (positional.Count == 3 && positional[0] == "compare")
        {
            if (!TryLoad(positional[1], error, out left!) || !TryLoad(positional[2], error, out right!))
            {
                return BadInput;
            }
        }
        else if (positional.Count == 2 && positional[0] == "article")
        {
            if (!TryLoad(positional[1], error, out var article))
            {
                return BadInput;
            }

            var split = Articles.ArticleSplitter.Default.Split(article!.Text, article.Name);
            (left, right) = (split.Left, split.Right);
        }
        else
        {
            error.WriteLine("error: expected 'compare LEFT RIGHT', 'article FILE' or no arguments (see --help)");
            return Usage;
        }

        var comparison = ReadoutComparer.Default.Compare(left, right);
        output.Write(format switch
        {
            "json" => ComparisonJson.Serialize(comparison) + Environment.NewLine,
            "markdown" or "md" => MarkdownRenderer.Render(comparison),
            _ => TextRenderer.Render(comparison, ConsoleWidth()),
        });
        return Ok;
    }

    /// <summary>Loads a readout, or writes a one-line error naming the file and the problem.</summary>
    private static bool TryLoad(string path, TextWriter error, out Readout? readout)
    {
        readout = null;
        try
        {
            if (Directory.Exists(path))
            {
                error.WriteLine($"error: {path}: is a folder, not a readout file");
                return false;
            }

            if (!File.Exists(path))
            {
                error.WriteLine($"error: {path}: file not found");
                return false;
            }

            var loaded = Readout.Load(path);
            if (loaded.Text.Length > ReadoutComparer.Default.MaxReadoutLength) throw new ReadoutTooLargeException(path, loaded.Text.Length, ReadoutComparer.Default.MaxReadoutLength);
            if (loaded.IsEmpty)
            {
                error.WriteLine(loaded.Headers.IsEmpty
                    ? $"error: {path}: the readout is empty"
                    : $"error: {path}: the header has no body text after it");
                return false;
            }

            readout = loaded;
            return true;
        }
        catch (ReadoutFormatException e)
        {
            error.WriteLine($"error: {e.Message}");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"error: {path}: cannot be read ({e.Message})");
        }

        return false;
    }

    private static int ConsoleWidth()
    {
        try
        {
            return Console.IsOutputRedirected ? 120 : Math.Clamp(Console.WindowWidth, 60, 200);
        }
        catch (IOException)
        {
            return 120;
        }
    }
}
