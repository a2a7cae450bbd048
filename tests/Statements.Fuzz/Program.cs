using System.Text;
using Statements;
using Statements.Articles;
using Statements.Serialization;
using SharpFuzz;

namespace Statements.Fuzz;

/// <summary>
/// The fuzz target: any bytes, read as UTF-8 text (invalid sequences become U+FFFD, NUL stays), go through
/// <see cref="Readout.Parse"/>, a comparison against the sample readout, <see cref="ComparisonJson.Deserialize"/>
/// (a document that reads must render and write back) and <see cref="ArticleSplitter.Split"/>.
/// The documented exceptions (<see cref="ReadoutFormatException"/>, and <see cref="ArgumentException"/> naming a
/// public parameter) are expected; any other exception, or a broken span invariant, is a crash.
/// </summary>
/// <remarks>
/// Modes: no argument runs under afl-fuzz (SharpFuzz out-of-process); <c>--libfuzzer</c> runs under
/// libFuzzer; <c>--replay FILE|DIR ...</c> runs the target once per file without a fuzzer and prints any crash
/// (for reproducing findings and checking a seed corpus).
/// </remarks>
internal static class Program
{
    private static readonly Readout Sample = Readouts.SampleUnitedStates;

    private static readonly HashSet<string> PublicParameters = new(StringComparer.Ordinal) { "content", "text", "left", "right", "readout", "name", "side" };

    private static int Main(string[] args)
    {
        if (args.Length > 0 && args[0] == "--replay")
        {
            return Replay(args.Skip(1));
        }

        if (args.Length > 0 && args[0] == "--libfuzzer")
        {
            Fuzzer.LibFuzzer.Run(span => Target(span.ToArray()));
            return 0;
        }

        Fuzzer.OutOfProcess.Run(stream =>
        {
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            Target(buffer.ToArray());
        });
        return 0;
    }

    /// <summary>Runs the target on one input; throws on a crash.</summary>
    public static void Target(byte[] bytes)
    {
        var text = Encoding.UTF8.GetString(bytes);
        try
        {
            var readout = Readout.Parse(text, name: "fuzz");
            var comparison = ReadoutComparer.Default.Compare(readout, Sample);
            CheckSpans(comparison.Left);
            var backward = ReadoutComparer.Default.Compare(Sample, readout);
            CheckSpans(backward.Right);
            _ = ComparisonJson.Serialize(comparison, indented: false);
        }
        catch (ReadoutFormatException)
        {
        }
        catch (ArgumentException e) when (e.GetType() == typeof(ArgumentException) && e.ParamName is not null && PublicParameters.Contains(e.ParamName))
        {
        }

        // The JSON reader: any input is a statements.comparison/2 document or a FormatException; a document that
        // reads renders in every format and writes back to a document that reads.
        try
        {
            var read = ComparisonJson.Deserialize(text);
            _ = Statements.Rendering.MarkdownRenderer.Render(read);
            _ = Statements.Rendering.HtmlRenderer.Render(read);
            _ = Statements.Rendering.CsvRenderer.Render(read, guardFormulas: true);
            _ = Statements.Rendering.TextRenderer.Render(read);
            _ = ComparisonJson.Deserialize(ComparisonJson.Serialize(read));
        }
        catch (FormatException)
        {
        }

        try
        {
            var split = ArticleSplitter.Default.Split(text, "fuzz");
            foreach (var (span, _) in split.Attribution)
            {
                Require(span.Start >= 0 && span.End <= text.Length, "attribution span outside the text");
            }
        }
        catch (ArgumentException e) when (e.GetType() == typeof(ArgumentException) && e.ParamName is not null && PublicParameters.Contains(e.ParamName))
        {
        }
    }

    /// <summary>The span invariants the library documents: sentences in order, disjoint, covering every non-space character once; claims and tone hits inside their sentence with their own text.</summary>
    private static void CheckSpans(ReadoutAnalysis analysis)
    {
        var text = analysis.Readout.Text;
        var covered = new bool[text.Length];
        var previousEnd = 0;
        foreach (var sentence in analysis.Sentences)
        {
            Require(sentence.Span.Start >= previousEnd && sentence.Span.Length > 0 && sentence.Span.End <= text.Length, $"sentence {sentence.Index} {sentence.Span} out of order or outside the text");
            Require(sentence.Span.Of(text) == sentence.Text, $"sentence {sentence.Index} text differs from its span");
            for (var i = sentence.Span.Start; i < sentence.Span.End; i++)
            {
                covered[i] = true;
            }

            previousEnd = sentence.Span.End;
        }

        // White space as the library reads it: the normaliser reads controls, zero-width and format characters
        // and unpaired surrogates as a space too.
        var normalized = ReadoutAnalyzer.Default.Normalizer.Normalize(text);
        for (var i = 0; i < text.Length; i++)
        {
            Require(covered[i] || char.IsWhiteSpace(normalized[i]), $"character {i} (U+{(int)text[i]:X4}) is in no sentence");
        }

        foreach (var claim in analysis.Claims)
        {
            Require(claim.SentenceIndex >= 0 && claim.SentenceIndex < analysis.Sentences.Length, $"claim {claim.Id} names no sentence");
            Require(analysis.Sentences[claim.SentenceIndex].Span.Contains(claim.Span), $"claim {claim.Id} {claim.Span} outside its sentence");
            Require(claim.Span.Of(text) == claim.Text, $"claim {claim.Id} text differs from its span");
        }

        foreach (var hit in analysis.ToneHits)
        {
            Require(hit.Span.End <= text.Length && hit.Span.Start >= 0 && hit.Span.Of(text) == hit.Text, $"tone hit {hit.Key} text differs from its span");
            Require(analysis.Sentences.Any(s => s.Span.Contains(hit.Span)), $"tone hit {hit.Key} {hit.Span} lies in no sentence");
        }
    }

    private static void Require(bool condition, string message)
    {
        if (!condition)
        {
            throw new InvalidOperationException("Invariant broken: " + message);
        }
    }

    private static int Replay(IEnumerable<string> paths)
    {
        var files = paths.SelectMany(p => Directory.Exists(p) ? Directory.EnumerateFiles(p, "*", SearchOption.AllDirectories) : [p]).Order(StringComparer.Ordinal).ToList();
        var failures = 0;
        foreach (var file in files)
        {
            var watch = System.Diagnostics.Stopwatch.StartNew();
            try
            {
                Target(File.ReadAllBytes(file));
            }
#pragma warning disable CA1031 // replay reports every crash and goes on
            catch (Exception e)
#pragma warning restore CA1031
            {
                failures++;
                Console.WriteLine($"CRASH {file}: {e.GetType().Name}: {e.Message}");
                Console.WriteLine(e.StackTrace);
            }

            if (watch.Elapsed > TimeSpan.FromSeconds(2))
            {
                Console.WriteLine($"SLOW {file}: {watch.Elapsed.TotalSeconds:F1} s");
            }
        }

        Console.WriteLine($"replayed {files.Count} inputs, {failures} crashed");
        return failures == 0 ? 0 : 1;
    }
}
