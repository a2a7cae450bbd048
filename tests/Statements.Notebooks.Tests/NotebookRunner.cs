using System.Net;
using System.Text.RegularExpressions;
using Microsoft.DotNet.Interactive;
using Microsoft.DotNet.Interactive.Commands;
using Microsoft.DotNet.Interactive.CSharp;
using Microsoft.DotNet.Interactive.Documents;
using Microsoft.DotNet.Interactive.Events;
using Microsoft.DotNet.Interactive.Formatting;
using Microsoft.DotNet.Interactive.PackageManagement;

namespace Statements.Notebooks.Tests;

/// <summary>What one code cell of a notebook did.</summary>
internal sealed record CellRun(int Index, string Code, IReadOnlyList<FormattedValue> Outputs, IReadOnlyList<string> Errors);

/// <summary>Runs every C# cell of a notebook in a fresh kernel, as a notebook client would, and keeps what each cell displayed.</summary>
internal static partial class NotebookRunner
{
    /// <summary>The repository root: the folder holding Statements.sln, found upwards from the test assembly.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>Every notebook shipped in samples/notebooks.</summary>
    public static IReadOnlyList<string> Notebooks { get; } =
        Directory.GetFiles(Path.Combine(Root, "samples", "notebooks"), "*.ipynb").Order(StringComparer.Ordinal).ToArray();

    /// <summary>
    /// Loads <paramref name="path"/> and submits its C# cells one by one in a new kernel, with the notebook's folder
    /// as the working directory (so relative #r paths resolve as they do in a notebook client). The formatter's
    /// process-wide registrations are reset before and after, so notebooks cannot see each other's.
    /// </summary>
    public static async Task<IReadOnlyList<CellRun>> RunAsync(string path)
    {
        var kernelInfos = new KernelInfoCollection { new Microsoft.DotNet.Interactive.Documents.KernelInfo("csharp", "C#", ["c#", "C#"]) };
        kernelInfos.DefaultKernelName = "csharp";
        var document = await InteractiveDocument.LoadAsync(new FileInfo(path), kernelInfos);
        var previous = Directory.GetCurrentDirectory();
        Formatter.ResetToDefault();
        Directory.SetCurrentDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        try
        {
            using var kernel = new CompositeKernel
            {
                new CSharpKernel()
                    .UseNugetDirective((k, references) =>
                    {
                        k.AddAssemblyReferences(references.SelectMany(r => r.AssemblyPaths));
                        return Task.CompletedTask;
                    })
                    .UseKernelHelpers()
                    .UseValueSharing(),
            };
            kernel.DefaultKernelName = "csharp";
            var runs = new List<CellRun>();
            var index = 0;
            foreach (var element in document.Elements)
            {
                index++;
                if (!string.Equals(element.KernelName, "csharp", StringComparison.OrdinalIgnoreCase))
                {
                    continue;
                }

                var result = await kernel.SendAsync(new SubmitCode(element.Contents, "csharp"));
                var outputs = result.Events.OfType<DisplayEvent>().SelectMany(e => e.FormattedValues).ToList();
                var errors = result.Events.OfType<CommandFailed>().Select(e => e.Message).ToList();
                runs.Add(new CellRun(index, element.Contents, outputs, errors));
            }

            return runs;
        }
        finally
        {
            Directory.SetCurrentDirectory(previous);
            Formatter.ResetToDefault();
        }
    }

    /// <summary>The readable text of an HTML fragment: tags and style blocks dropped, entities decoded, white space collapsed.</summary>
    public static string TextOf(string html)
    {
        var withoutStyle = StyleBlock().Replace(html, " ");
        var withoutTags = Tag().Replace(withoutStyle, " ");
        return Space().Replace(WebUtility.HtmlDecode(withoutTags), " ").Trim();
    }

    /// <summary>Text with its white space collapsed, to look for in <see cref="TextOf"/>.</summary>
    public static string Collapse(string text) => Space().Replace(text, " ").Trim();

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Statements.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Statements.sln not found above " + AppContext.BaseDirectory);
    }

    [GeneratedRegex(@"<style[^>]*>.*?</style>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex StyleBlock();

    [GeneratedRegex(@"<[^>]*>")]
    private static partial Regex Tag();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Space();
}
