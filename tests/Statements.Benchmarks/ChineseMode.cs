using System.Diagnostics;
using System.Globalization;
using Statements.Language;

namespace Statements.Benchmarks;

/// <summary>
/// <c>chinese DIR</c>: the time of Chinese analysis against the segmenter's own time on the same texts (issue 19's
/// target: analysis within 3x the segmenter). DIR holds folders with a <c>cn-zh.txt</c> (../shared/corpus/zh); without
/// one, the built-in Chinese lines below. Each text is segmented by jieba.NET alone (the segmenter under the language's
/// own words), then analysed whole (normalise, sentences, participants, claims with their segmentation, topics, tone),
/// warm, <c>runs</c> times (default 200); the mean per pass over all texts is printed for both, with their ratio.
/// </summary>
internal static class ChineseMode
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public static int Run(string[] args, TextWriter output)
    {
        var texts = Texts(args.Length > 0 ? args[0] : null);
        var runs = args.Length > 1 ? int.Parse(args[1], Inv) : 200;
        var segmenter = Text.JiebaWordSegmenter.Instance;
        var comparer = ReadoutComparer.Default;
        var characters = texts.Sum(t => t.Text.Length);
        for (var i = 0; i < 10; i++)
        {
            Pass(texts, segmenter, comparer);
        }

        var segmentTicks = 0L;
        var analyseTicks = 0L;
        for (var i = 0; i < runs; i++)
        {
            var (s, a) = Pass(texts, segmenter, comparer);
            segmentTicks += s;
            analyseTicks += a;
        }

        var segmentMs = Stopwatch.GetElapsedTime(0, segmentTicks).TotalMilliseconds / runs;
        var analyseMs = Stopwatch.GetElapsedTime(0, analyseTicks).TotalMilliseconds / runs;
        output.WriteLine($"Chinese: {texts.Count} texts, {characters:N0} characters, {runs} passes after 10 warm-up passes ({Environment.ProcessorCount} cores)");
        output.WriteLine(string.Create(Inv, $"  jieba.NET alone         {segmentMs,8:F3} ms a pass  ({characters / segmentMs / 1000:F2} M characters/s)"));
        output.WriteLine(string.Create(Inv, $"  whole Chinese analysis  {analyseMs,8:F3} ms a pass  ({characters / analyseMs / 1000:F2} M characters/s)"));
        output.WriteLine(string.Create(Inv, $"  ratio                   {analyseMs / segmentMs,8:F2} x  (target: at most 3)"));
        return 0;
    }

    private static (long Segment, long Analyse) Pass(List<Readout> texts, Text.JiebaWordSegmenter segmenter, ReadoutComparer comparer)
    {
        var start = Stopwatch.GetTimestamp();
        foreach (var readout in texts)
        {
            _ = segmenter.Segment(readout.Text, new Span(0, readout.Text.Length));
        }

        var middle = Stopwatch.GetTimestamp();
        foreach (var readout in texts)
        {
            _ = comparer.Analyze(readout);
        }

        return (middle - start, Stopwatch.GetTimestamp() - middle);
    }

    private static List<Readout> Texts(string? folder)
    {
        if (folder is not null && Directory.Exists(folder))
        {
            return [.. Directory.GetDirectories(folder).Order(StringComparer.Ordinal)
                .Select(d => Path.Combine(d, "cn-zh.txt")).Where(File.Exists).Select(f => Readout.Load(f))];
        }

        return [new Readout("习近平指出,中美关系正处于重要关口。拜登表示,美方愿同中方加强沟通,管控分歧。两国元首就乌克兰局势交换了意见。", "China") { Language = ReadoutLanguage.Chinese.Tag }];
    }
}
