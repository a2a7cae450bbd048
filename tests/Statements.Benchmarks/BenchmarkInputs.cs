using System.Globalization;
using System.Text;

namespace Statements.Benchmarks;

/// <summary>
/// The inputs of the BenchmarkDotNet benchmarks: real files from <c>../shared/corpus</c> beside the checkout when it is
/// there (or from the folder named by the environment variable <c>STATEMENTS_SHARED</c>), the built-in sample otherwise.
/// </summary>
public static class BenchmarkInputs
{
    /// <summary>The readout sizes of the analysis benchmarks.</summary>
    public static readonly string[] Sizes = ["short", "typical", "long"];

    /// <summary>The pair folder the pair benchmarks use.</summary>
    public const string PairFolder = "2024-04-02_us-cn_biden-xi-call";

    /// <summary>The article folder the split benchmark uses.</summary>
    public const string ArticleFolder = "2024-04-02_seed-article";

    private static readonly Lazy<string?> SharedRoot = new(FindShared);

    /// <summary>The <c>shared</c> folder (holding <c>corpus</c>), or null when it is absent.</summary>
    public static string? Shared => SharedRoot.Value;

    /// <summary>
    /// A readout of the given size: from <c>corpus/wh-readouts</c>, by body length, the file at the 10th percentile
    /// (short), the median (typical) and the longest (long). Without the corpus: the shorter sample, the longer
    /// sample, and both sample bodies run together.
    /// </summary>
    public static Readout Readout(string size)
    {
        var folder = Shared is null ? null : Path.Combine(Shared, "corpus", "wh-readouts");
        if (folder is not null && Directory.Exists(folder))
        {
            var files = Directory.GetFiles(folder, "*.txt")
                .Select(f => (File: f, Length: new FileInfo(f).Length))
                .OrderBy(f => f.Length).ThenBy(f => f.File, StringComparer.Ordinal)
                .ToList();
            if (files.Count > 0)
            {
                var index = size switch
                {
                    "short" => files.Count / 10,
                    "typical" => files.Count / 2,
                    "long" => files.Count - 1,
                    _ => throw new ArgumentOutOfRangeException(nameof(size), size, "short, typical or long"),
                };
                return Statements.Readout.Load(files[index].File);
            }
        }

        var samples = new[] { Readouts.SampleChina, Readouts.SampleUnitedStates }.OrderBy(r => r.Text.Length).ToArray();
        return size switch
        {
            "short" => samples[0],
            "typical" => samples[1],
            "long" => samples[1] with { Text = samples[1].Text + "\n\n" + samples[0].Text, Name = "sample-cn+us" },
            _ => throw new ArgumentOutOfRangeException(nameof(size), size, "short, typical or long"),
        };
    }

    /// <summary>The pair of <see cref="PairFolder"/> (counterpart left, United States right), or the built-in sample.</summary>
    public static (Readout Left, Readout Right) Pair()
    {
        var folder = Shared is null ? null : Path.Combine(Shared, "corpus", "pairs", PairFolder);
        if (folder is not null && File.Exists(Path.Combine(folder, "us.txt")) && File.Exists(Path.Combine(folder, "cn.txt")))
        {
            return (Statements.Readout.Load(Path.Combine(folder, "cn.txt")), Statements.Readout.Load(Path.Combine(folder, "us.txt")));
        }

        return Readouts.Sample;
    }

    /// <summary>The body of the seed article, or, without the corpus, an article made of the two sample readouts.</summary>
    public static (string Name, string Text) Article()
    {
        var file = Shared is null ? null : Path.Combine(Shared, "corpus", "pairs", ArticleFolder, "article.txt");
        if (file is not null && File.Exists(file))
        {
            return (ArticleFolder + "/article.txt", Statements.Readout.Load(file).Text);
        }

        var (cn, us) = Readouts.Sample;
        return ("sample article", "According to Xinhua, " + cn.Text.Trim() + "\n\nOn the US side, the White House said that " + us.Text.Trim() + "\n");
    }

    /// <summary>One line per input, naming the file and its size, for the console before a run.</summary>
    public static string Describe()
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"inputs from {(Shared is null ? "the built-in sample (../shared not found)" : Shared)}");
        foreach (var size in Sizes)
        {
            var r = Readout(size);
            text.AppendLine(CultureInfo.InvariantCulture, $"  analyse {size,-8} {r.Name} ({r.Text.Length} chars, {Baselines.CountWords(r.Text)} words)");
        }

        var (left, right) = Pair();
        text.AppendLine(CultureInfo.InvariantCulture, $"  pair             {(Shared is null ? "built-in sample" : PairFolder)}: {left.Name} + {right.Name} ({left.Text.Length} + {right.Text.Length} chars, {Baselines.CountWords(left.Text) + Baselines.CountWords(right.Text)} words)");
        var (name, article) = Article();
        text.AppendLine(CultureInfo.InvariantCulture, $"  article          {name} ({article.Length} chars, {Baselines.CountWords(article)} words)");
        return text.ToString();
    }

    private static string? FindShared()
    {
        var overridden = Environment.GetEnvironmentVariable("STATEMENTS_SHARED");
        if (!string.IsNullOrEmpty(overridden))
        {
            return Directory.Exists(Path.Combine(overridden, "corpus")) ? Path.GetFullPath(overridden) : null;
        }

        foreach (var start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Statements.sln")))
                {
                    var shared = Path.Combine(dir.Parent?.FullName ?? dir.FullName, "shared");
                    if (Directory.Exists(Path.Combine(shared, "corpus")))
                    {
                        return shared;
                    }

                    break;
                }
            }
        }

        return null;
    }
}
